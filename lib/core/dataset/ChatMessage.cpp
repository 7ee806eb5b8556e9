// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/ChatMessage.h"

namespace Fts::Core {

ChatMessage::ChatMessage()
    : m_json(JsonNode::object())
{
}

ChatMessage::ChatMessage(const QString &role, const QString &text)
    : m_json(JsonNode::object())
{
    m_json.set(QStringLiteral("role"), JsonNode(role));
    m_json.set(QStringLiteral("content"), JsonNode(text));
}

ChatMessage::ChatMessage(const JsonNode &json)
    : m_json(json)
{
}

QString ChatMessage::role() const
{
    const JsonNode *role = m_json.find(QStringLiteral("role"));
    return role ? role->toString() : QString();
}

void ChatMessage::setRole(const QString &role)
{
    m_json.set(QStringLiteral("role"), JsonNode(role));
}

ChatMessage::ContentKind ChatMessage::contentKind() const
{
    const JsonNode *value = content();
    if (!value)
        return ContentKind::Absent;
    switch (value->type()) {
    case JsonNode::Type::Null: return ContentKind::Null;
    case JsonNode::Type::String: return ContentKind::Text;
    case JsonNode::Type::Array: return ContentKind::Parts;
    default: return ContentKind::Invalid;
    }
}

void ChatMessage::setContent(const JsonNode &content)
{
    m_json.set(QStringLiteral("content"), content);
}

QString ChatMessage::text() const
{
    const JsonNode *value = content();
    if (!value)
        return {};
    if (value->isString())
        return value->toString();
    QStringList texts;
    if (value->isArray()) {
        for (int i = 0; i < value->size(); ++i) {
            const JsonNode &part = value->at(i);
            if (part.value(QStringLiteral("type")).toString() == QLatin1String("text"))
                texts.append(part.value(QStringLiteral("text")).toString());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

void ChatMessage::setText(const QString &text)
{
    setContent(JsonNode(text));
}

int ChatMessage::imageCount() const
{
    const JsonNode *value = content();
    int count = 0;
    if (value && value->isArray()) {
        for (int i = 0; i < value->size(); ++i) {
            if (value->at(i).value(QStringLiteral("type")).toString() == QLatin1String("image_url"))
                ++count;
        }
    }
    return count;
}

QString ChatMessage::name() const
{
    return m_json.value(QStringLiteral("name")).toString();
}

void ChatMessage::setName(const QString &name)
{
    if (name.isEmpty())
        m_json.remove(QStringLiteral("name"));
    else
        m_json.set(QStringLiteral("name"), JsonNode(name));
}

std::optional<int> ChatMessage::weight() const
{
    const JsonNode *value = m_json.find(QStringLiteral("weight"));
    if (!value || !value->isNumber())
        return std::nullopt;
    const double number = value->toDouble();
    if (number == 0.0)
        return 0;
    if (number == 1.0)
        return 1;
    return std::nullopt;
}

void ChatMessage::setWeight(std::optional<int> weight)
{
    if (weight)
        m_json.set(QStringLiteral("weight"), JsonNode(*weight));
    else
        m_json.remove(QStringLiteral("weight"));
}

bool ChatMessage::isTrained() const
{
    return role() == QLatin1String("assistant") && weight().value_or(1) != 0;
}

bool ChatMessage::hasToolCalls() const
{
    const JsonNode *value = m_json.find(QStringLiteral("tool_calls"));
    return value && value->isArray() && value->size() > 0;
}

void ChatMessage::setToolCalls(const JsonNode &toolCalls)
{
    if (toolCalls.isNull())
        m_json.remove(QStringLiteral("tool_calls"));
    else
        m_json.set(QStringLiteral("tool_calls"), toolCalls);
}

QString ChatMessage::toolCallId() const
{
    return m_json.value(QStringLiteral("tool_call_id")).toString();
}

void ChatMessage::setToolCallId(const QString &id)
{
    m_json.set(QStringLiteral("tool_call_id"), JsonNode(id));
}

} // namespace Fts::Core
