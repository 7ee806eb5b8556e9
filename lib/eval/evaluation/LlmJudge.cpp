// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/LlmJudge.h"

#include "eval/evaluation/MessageText.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace Fts::Eval {

QString LlmJudge::defaultRubric()
{
    // Not translated: the rubric is sent to the judge model, whose instructions work best in English.
    return QStringLiteral(
        "You grade answers of an assistant against a reference answer written by a domain expert.\n"
        "The answer passes if it says the same thing as the reference: same facts, codes, numbers and "
        "conclusions. Wording, order and formatting do not matter. Missing or wrong facts fail.\n\n"
        "Conversation:\n{prompt}\n\nReference answer:\n{expected}\n\nAnswer to grade:\n{answer}\n\n"
        "Reply with PASS or FAIL on the first line, then one sentence explaining why.");
}

QJsonArray LlmJudge::buildMessages(const QString &rubric, const QString &promptText, const QString &expected,
                                   const QString &answer)
{
    QString text = rubric.isEmpty() ? defaultRubric() : rubric;
    // Placeholders are replaced in one pass so that an answer containing "{expected}" cannot inject the reference.
    static const QRegularExpression placeholder(QStringLiteral("\\{(prompt|expected|answer)\\}"));
    QString filled;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        filled += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        filled += name == QLatin1String("prompt") ? promptText : name == QLatin1String("expected") ? expected : answer;
        last = match.capturedEnd();
    }
    filled += text.mid(last);
    return QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), filled}}};
}

std::optional<JudgeVerdict> LlmJudge::parseVerdict(const QString &judgeReply)
{
    static const QRegularExpression verdict(QStringLiteral("^\\W*(PASS|FAIL)\\b\\W*(.*)$"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = verdict.match(judgeReply.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    JudgeVerdict result;
    result.passed = match.captured(1).compare(QLatin1String("PASS"), Qt::CaseInsensitive) == 0;
    result.reason = match.captured(2).trimmed();
    return result;
}

QString LlmJudge::conversationText(const QJsonArray &prompt)
{
    QStringList lines;
    for (const QJsonValue &value : prompt) {
        const QJsonObject message = value.toObject();
        lines << message.value(QLatin1String("role")).toString() + QStringLiteral(": ")
                     + MessageText::contentText(message.value(QLatin1String("content")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Fts::Eval
