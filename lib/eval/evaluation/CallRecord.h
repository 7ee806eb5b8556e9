// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Fts::Eval {

/** One model's answer to one example, with what it cost; stored so that no answer is ever asked for twice. */
struct CallRecord
{
    enum class State { Pending, Running, Answered, Failed };

    State state = State::Pending;
    QString answer;
    QString finishReason;
    int promptTokens = 0;
    int completionTokens = 0;
    qint64 latencyMs = 0;
    std::optional<double> costUsd; ///< unknown for models without a price
    QString requestId;
    QString error;          ///< the user-facing message when state is Failed
    bool fromStore = false; ///< answered by an earlier run: no request was sent this time

    std::optional<bool> passed; ///< the scorer's verdict once known
    QString judgeReason;        ///< the judge model's sentence, for the LLM judge

    bool isAnswered() const { return state == State::Answered; }
};

} // namespace Fts::Eval
