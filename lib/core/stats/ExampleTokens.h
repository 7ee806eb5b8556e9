// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Fts::Core {

/** The token figures of one training example, as ChatTokenCounter measures them. */
struct ExampleTokens
{
    /** Why a line could not be counted; Counted when the figures below are meaningful. */
    enum class Status : quint8 {
        Counted,
        InvalidJson,   ///< not JSON, or not valid UTF-8
        NotAnObject,   ///< valid JSON but not an object
        NoMessages,    ///< neither "messages" (chat) nor "input.messages" (preference) with at least one message
    };

    Status status = Status::Counted;
    /** Chat-formula tokens: 3 per message, every string field, 1 per name, 3 for reply priming. */
    qint64 totalTokens = 0;
    /** Tokens the assistant messages produce: content (text), tool call and function call names and arguments. */
    qint64 assistantTokens = 0;
    /** assistantTokens of the messages that are trained on (no "weight": 0). */
    qint64 trainedAssistantTokens = 0;
    int messageCount = 0;
    bool hasSystemMessage = false;
    bool hasUserMessage = false;

    bool isCounted() const { return status == Status::Counted; }
    bool operator==(const ExampleTokens &) const = default;
};

} // namespace Fts::Core
