// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

namespace Fts::Eval {

/**
 * One held-out example as the evaluation sees it: the conversation up to (not including) its last assistant
 * message is the prompt, and that message's text is the expected answer, exactly as in the walkthrough.
 */
struct EvalExample
{
    int position = 0;   ///< 0-based index in the test set
    int lineNumber = 0; ///< 1-based line in the JSONL file, for messages that name the line
    QJsonArray prompt;  ///< messages sent to the model
    QString expected;   ///< the reference answer
    QString key;        ///< content hash of prompt + expected: stable across files and reorderings

    /** The last user message of the prompt: what a table column shows. */
    QString lastUserText() const;
    /** The prompt as compact JSON, for storage and export. */
    QByteArray promptJson() const;
};

} // namespace Fts::Eval
