// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace Fts::Eval {

/** What the judge model said about one answer. */
struct JudgeVerdict
{
    bool passed = false;
    QString reason;
};

/**
 * The LLM-as-judge scorer's two halves: the request that asks the judge model, built from an editable rubric
 * with {prompt}, {expected} and {answer} placeholders, and the parser for its reply. The judge is asked for a
 * first line of PASS or FAIL followed by a one-sentence reason, which keeps parsing honest: anything else is
 * reported as an unreadable verdict, never silently counted.
 */
class LlmJudge
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Eval::LlmJudge)
public:
    static QString defaultRubric();
    static QJsonArray buildMessages(const QString &rubric, const QString &promptText, const QString &expected,
                                    const QString &answer);
    static std::optional<JudgeVerdict> parseVerdict(const QString &judgeReply);
    /** Flattens a prompt conversation into "role: text" lines for the judge to read. */
    static QString conversationText(const QJsonArray &prompt);
};

} // namespace Fts::Eval
