// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/ChatExample.h"

namespace Fts::Core {

ChatExample::ChatExample()
    : m_json(JsonNode::object())
{
    m_json.set(QStringLiteral("messages"), JsonNode::array());
}

ChatExample::ChatExample(const JsonNode &json)
    : m_json(json)
{
}

std::optional<ChatExample> ChatExample::fromJson(QByteArrayView line, QString *error)
{
    JsonParseError parseError;
    std::optional<JsonNode> json = JsonNode::parse(line, &parseError);
    if (!json) {
        if (error)
            *error = tr("column %1: %2").arg(parseError.offset + 1).arg(parseError.message);
        return std::nullopt;
    }
    return ChatExample(*json);
}

const JsonNode *ChatExample::messagesNode() const
{
    if (format() == DatasetFormat::Preference) {
        const JsonNode *input = m_json.find(QStringLiteral("input"));
        return input ? input->find(QStringLiteral("messages")) : nullptr;
    }
    return m_json.find(QStringLiteral("messages"));
}

JsonNode *ChatExample::messagesNode(bool create)
{
    if (!m_json.isObject())
        m_json = JsonNode::object();
    JsonNode *owner = &m_json;
    if (format() == DatasetFormat::Preference) {
        owner = m_json.find(QStringLiteral("input"));
        if (!owner || !owner->isObject()) {
            if (!create)
                return nullptr;
            m_json.set(QStringLiteral("input"), JsonNode::object());
            owner = m_json.find(QStringLiteral("input"));
        }
    }
    JsonNode *messages = owner->find(QStringLiteral("messages"));
    if ((!messages || !messages->isArray()) && create) {
        owner->set(QStringLiteral("messages"), JsonNode::array());
        messages = owner->find(QStringLiteral("messages"));
    }
    return messages && messages->isArray() ? messages : nullptr;
}

QList<ChatMessage> ChatExample::messages() const
{
    QList<ChatMessage> result;
    const JsonNode *node = messagesNode();
    if (!node || !node->isArray())
        return result;
    result.reserve(node->size());
    for (int i = 0; i < node->size(); ++i)
        result.append(ChatMessage(node->at(i)));
    return result;
}

int ChatExample::messageCount() const
{
    const JsonNode *node = messagesNode();
    return node && node->isArray() ? node->size() : 0;
}

ChatMessage ChatExample::message(int index) const
{
    const JsonNode *node = messagesNode();
    if (!node || !node->isArray() || index < 0 || index >= node->size())
        return ChatMessage();
    return ChatMessage(node->at(index));
}

void ChatExample::setMessage(int index, const ChatMessage &message)
{
    JsonNode *node = messagesNode(true);
    if (index >= 0 && index < node->size())
        (*node)[index] = message.json();
}

void ChatExample::insertMessage(int index, const ChatMessage &message)
{
    messagesNode(true)->insert(index, message.json());
}

void ChatExample::removeMessage(int index)
{
    if (JsonNode *node = messagesNode(false))
        node->removeAt(index);
}

void ChatExample::moveMessage(int from, int to)
{
    JsonNode *node = messagesNode(false);
    if (!node || from < 0 || from >= node->size() || to < 0 || to >= node->size() || from == to)
        return;
    const JsonNode moved = node->at(from);
    node->removeAt(from);
    node->insert(to, moved);
}

void ChatExample::setMessages(const QList<ChatMessage> &messages)
{
    JsonNode array = JsonNode::array();
    for (const ChatMessage &message : messages)
        array.append(message.json());
    *messagesNode(true) = array;
}

const JsonNode *ChatExample::toolsOwner() const
{
    if (format() == DatasetFormat::Preference)
        return m_json.find(QStringLiteral("input"));
    return &m_json;
}

JsonNode *ChatExample::toolsOwner()
{
    return const_cast<JsonNode *>(std::as_const(*this).toolsOwner());
}

JsonNode ChatExample::tools() const
{
    const JsonNode *owner = toolsOwner();
    return owner ? owner->value(QStringLiteral("tools")) : JsonNode();
}

void ChatExample::setTools(const JsonNode &tools)
{
    JsonNode *owner = toolsOwner();
    if (!owner || !owner->isObject())
        return;
    if (tools.isNull())
        owner->remove(QStringLiteral("tools"));
    else
        owner->set(QStringLiteral("tools"), tools);
}

std::optional<bool> ChatExample::parallelToolCalls() const
{
    const JsonNode *owner = toolsOwner();
    const JsonNode *value = owner ? owner->find(QStringLiteral("parallel_tool_calls")) : nullptr;
    if (!value || !value->isBool())
        return std::nullopt;
    return value->toBool();
}

std::optional<ChatMessage> ChatExample::output(const QString &key) const
{
    const JsonNode *value = m_json.find(key);
    if (!value || !value->isArray() || value->size() < 1)
        return std::nullopt;
    return ChatMessage(value->at(0));
}

void ChatExample::setOutput(const QString &key, const ChatMessage &message)
{
    if (!m_json.isObject())
        m_json = JsonNode::object();
    JsonNode array = JsonNode::array();
    array.append(message.json());
    m_json.set(key, array);
}

std::optional<ChatMessage> ChatExample::preferredOutput() const
{
    return output(QStringLiteral("preferred_output"));
}

std::optional<ChatMessage> ChatExample::nonPreferredOutput() const
{
    return output(QStringLiteral("non_preferred_output"));
}

void ChatExample::setPreferredOutput(const ChatMessage &message)
{
    setOutput(QStringLiteral("preferred_output"), message);
}

void ChatExample::setNonPreferredOutput(const ChatMessage &message)
{
    setOutput(QStringLiteral("non_preferred_output"), message);
}

} // namespace Fts::Core
