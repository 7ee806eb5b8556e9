// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset/ChatMessage.h"
#include "core/dataset/DatasetFormat.h"
#include "core/dataset/JsonNode.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Fts::Core {

/**
 * One training example (one JSONL line) in editable, lossless form: the parsed JSON object with typed access
 * to the chat format (messages, tools, parallel_tool_calls, legacy functions) and the preference/DPO format
 * (input.messages, preferred_output, non_preferred_output). Unknown keys and key order survive edits.
 * Message indexes are 0-based; messages() of a preference example are its input messages.
 */
class ChatExample
{
    Q_DECLARE_TR_FUNCTIONS(ChatExample)
public:
    ChatExample();
    explicit ChatExample(const JsonNode &json);

    /** Parses one line; std::nullopt with a plain @p error ("column 12: …") if it is not JSON. */
    static std::optional<ChatExample> fromJson(QByteArrayView line, QString *error = nullptr);
    /** Compact JSON on one line, ready for JsonlDocument::replaceLine(). */
    QByteArray toJson() const { return m_json.toJson(); }

    const JsonNode &json() const { return m_json; }
    JsonNode &json() { return m_json; }
    DatasetFormat format() const { return DatasetFormats::detect(m_json); }

    /** The chat messages ("messages", or "input.messages" for a preference example). */
    QList<ChatMessage> messages() const;
    int messageCount() const;
    ChatMessage message(int index) const;
    void setMessage(int index, const ChatMessage &message);
    void insertMessage(int index, const ChatMessage &message);
    void appendMessage(const ChatMessage &message) { insertMessage(messageCount(), message); }
    void removeMessage(int index);
    void moveMessage(int from, int to);
    void setMessages(const QList<ChatMessage> &messages);

    JsonNode tools() const;
    void setTools(const JsonNode &tools);
    /** The example's parallel_tool_calls, if given. */
    std::optional<bool> parallelToolCalls() const;
    JsonNode functions() const { return m_json.value(QStringLiteral("functions")); }

    // Preference (DPO) examples: each output is a list of exactly one assistant message.
    std::optional<ChatMessage> preferredOutput() const;
    std::optional<ChatMessage> nonPreferredOutput() const;
    void setPreferredOutput(const ChatMessage &message);
    void setNonPreferredOutput(const ChatMessage &message);

    bool operator==(const ChatExample &other) const { return m_json == other.m_json; }

private:
    const JsonNode *messagesNode() const;
    JsonNode *messagesNode(bool create);
    JsonNode *toolsOwner();
    const JsonNode *toolsOwner() const;
    std::optional<ChatMessage> output(const QString &key) const;
    void setOutput(const QString &key, const ChatMessage &message);

    JsonNode m_json;
};

} // namespace Fts::Core
