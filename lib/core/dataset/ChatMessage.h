// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset/JsonNode.h"

#include <QString>

#include <optional>

namespace Fts::Core {

/**
 * One chat message of an example, as an editable view over its JSON object: typed getters and setters for
 * the known fields, while unknown keys, key order and number spellings stay as they were parsed.
 * A setter changes the value in place (new keys go last), so re-serializing an unedited message gives
 * the same JSON as the source, modulo string escapes and whitespace.
 */
class ChatMessage
{
public:
    /** How the "content" field looks. */
    enum class ContentKind { Absent, Null, Text, Parts, Invalid };

    ChatMessage();
    /** A message with the given role and text content. */
    ChatMessage(const QString &role, const QString &text);
    /** Wraps a parsed message object (kept as is, even if it is not an object). */
    explicit ChatMessage(const JsonNode &json);

    const JsonNode &json() const { return m_json; }
    JsonNode &json() { return m_json; }

    QString role() const;
    void setRole(const QString &role);

    ContentKind contentKind() const;
    const JsonNode *content() const { return m_json.find(QStringLiteral("content")); }
    void setContent(const JsonNode &content);
    /** String content, or the text parts joined by newlines; images are left out. */
    QString text() const;
    /** Sets string content (replacing parts, if any). */
    void setText(const QString &text);
    /** Number of image_url parts. */
    int imageCount() const;

    QString name() const;
    bool hasName() const { return m_json.contains(QStringLiteral("name")); }
    /** An empty @p name removes the key. */
    void setName(const QString &name);

    /** The weight, when present and 0 or 1. */
    std::optional<int> weight() const;
    /** std::nullopt removes the key. */
    void setWeight(std::optional<int> weight);
    /** False for assistant messages with weight 0: they are not trained on. */
    bool isTrained() const;

    bool hasToolCalls() const;
    JsonNode toolCalls() const { return m_json.value(QStringLiteral("tool_calls")); }
    void setToolCalls(const JsonNode &toolCalls);
    QString toolCallId() const;
    void setToolCallId(const QString &id);
    JsonNode functionCall() const { return m_json.value(QStringLiteral("function_call")); }

    QByteArray toJson() const { return m_json.toJson(); }
    bool operator==(const ChatMessage &other) const { return m_json == other.m_json; }

private:
    JsonNode m_json;
};

} // namespace Fts::Core
