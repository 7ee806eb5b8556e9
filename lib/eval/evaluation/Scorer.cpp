// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/Scorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>

namespace Fts::Eval {

namespace {

// Models like to wrap JSON in a Markdown fence even when told not to; the content is what counts.
QByteArray withoutCodeFence(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("```"))) {
        const qsizetype firstNewline = trimmed.indexOf(QLatin1Char('\n'));
        const qsizetype closing = trimmed.lastIndexOf(QLatin1String("```"));
        if (firstNewline > 0 && closing > firstNewline)
            trimmed = trimmed.mid(firstNewline + 1, closing - firstNewline - 1);
    }
    return trimmed.toUtf8();
}

std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    // Wrapping in an array lets scalars ("42", "\"yes\"") parse too, which QJsonDocument alone refuses.
    const QByteArray wrapped = "[" + withoutCodeFence(text) + "]";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

} // namespace

Scorer::Scorer(Kind kind, const QString &parameter)
    : m_kind(kind)
    , m_parameter(parameter)
{
    if (m_kind == Kind::Regex)
        m_regex = QRegularExpression(parameter, QRegularExpression::UseUnicodePropertiesOption);
}

std::optional<Scorer> Scorer::fromSpec(const QString &spec, QString *error)
{
    const QString name = spec.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    const QString parameter = spec.section(QLatin1Char(':'), 1);
    if (name == QLatin1String("exact"))
        return Scorer(Kind::Exact);
    if (name == QLatin1String("normalized") || name == QLatin1String("normalised"))
        return Scorer(Kind::Normalized);
    if (name == QLatin1String("lines") || name == QLatin1String("line-set"))
        return Scorer(Kind::LineSet);
    if (name == QLatin1String("contains"))
        return Scorer(Kind::Contains);
    if (name == QLatin1String("json"))
        return Scorer(Kind::Json);
    if (name == QLatin1String("judge"))
        return Scorer(Kind::Judge, parameter);
    if (name == QLatin1String("regex")) {
        Scorer scorer(Kind::Regex, parameter);
        if (parameter.isEmpty() || !scorer.m_regex.isValid()) {
            if (error)
                *error = parameter.isEmpty() ? tr("The regex scorer needs a pattern: regex:PATTERN.")
                                             : tr("The pattern \"%1\" is not a valid regular expression: %2.")
                                                   .arg(parameter, scorer.m_regex.errorString());
            return std::nullopt;
        }
        return scorer;
    }
    if (error)
        *error = tr("Unknown scorer \"%1\". Use exact, normalized, lines, contains, json or regex:PATTERN.").arg(spec);
    return std::nullopt;
}

QString Scorer::spec() const
{
    switch (m_kind) {
    case Kind::Exact: return QStringLiteral("exact");
    case Kind::Normalized: return QStringLiteral("normalized");
    case Kind::LineSet: return QStringLiteral("lines");
    case Kind::Contains: return QStringLiteral("contains");
    case Kind::Json: return QStringLiteral("json");
    case Kind::Regex: return QStringLiteral("regex:") + m_parameter;
    case Kind::Judge: return QStringLiteral("judge");
    }
    return {};
}

QString Scorer::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Exact: return tr("Exact match");
    case Kind::Normalized: return tr("Normalized match (case, spaces, punctuation)");
    case Kind::LineSet: return tr("Same lines in any order");
    case Kind::Contains: return tr("Answer contains expected");
    case Kind::Regex: return tr("Regular expression");
    case Kind::Json: return tr("Equal JSON");
    case Kind::Judge: return tr("LLM judge");
    }
    return {};
}

QString Scorer::displayName() const
{
    return displayName(m_kind);
}

bool Scorer::isValid() const
{
    return m_kind != Kind::Regex || (!m_parameter.isEmpty() && m_regex.isValid());
}

QString Scorer::normalize(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isSpace() || c.isPunct()) {
            // Punctuation separates words like a space does: "E11.9" and "e11 9" are the same codes.
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        result.append(c);
    }
    return result;
}

QStringList Scorer::lineSet(const QString &text)
{
    static const QRegularExpression bullet(QStringLiteral("^(?:[-*\\x{2022}]|\\d+[.)])\\s+"));
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        line.remove(bullet);
        line = line.trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

bool Scorer::matches(const QString &answer, const QString &expected) const
{
    switch (m_kind) {
    case Kind::Exact:
        return answer.trimmed() == expected.trimmed();
    case Kind::Normalized:
        return normalize(answer) == normalize(expected);
    case Kind::LineSet:
        return lineSet(answer) == lineSet(expected);
    case Kind::Contains:
        return answer.contains(expected.trimmed(), Qt::CaseInsensitive);
    case Kind::Regex: {
        const QRegularExpressionMatch match = m_regex.match(answer);
        if (!match.hasMatch())
            return false;
        if (m_regex.captureCount() >= 1)
            return match.captured(1).trimmed() == expected.trimmed();
        return true;
    }
    case Kind::Json: {
        const std::optional<QJsonValue> a = parseJsonValue(answer);
        const std::optional<QJsonValue> e = parseJsonValue(expected);
        return a && e && *a == *e;
    }
    case Kind::Judge:
        return false;
    }
    return false;
}

} // namespace Fts::Eval
