// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/WordDiff.h"

#include <QRegularExpression>

#include <vector>

namespace Fts::Eval {

namespace {

struct Token
{
    QString text;
    QString leadingSpace;
};

QList<Token> tokenize(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+|[^\\w\\s]"), QRegularExpression::UseUnicodePropertiesOption);
    QList<Token> tokens;
    qsizetype previousEnd = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        tokens.append({match.captured(), text.mid(previousEnd, match.capturedStart() - previousEnd)});
        previousEnd = match.capturedEnd();
    }
    return tokens;
}

void append(QList<WordDiffSegment> &segments, WordDiffSegment::Kind kind, const QString &text)
{
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

// Beyond this many DP cells the middle is shown as replaced wholesale: still correct, just coarser.
constexpr qsizetype s_maxCells = 4'000'000;

} // namespace

QList<WordDiffSegment> WordDiff::compute(const QString &expected, const QString &answer)
{
    const QList<Token> e = tokenize(expected);
    const QList<Token> a = tokenize(answer);
    QList<WordDiffSegment> segments;

    // Common prefix and suffix first: typical answers differ in a few words, which keeps the table tiny.
    qsizetype prefix = 0;
    while (prefix < e.size() && prefix < a.size() && e[prefix].text == a[prefix].text)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < e.size() - prefix && suffix < a.size() - prefix
           && e[e.size() - 1 - suffix].text == a[a.size() - 1 - suffix].text)
        ++suffix;

    for (qsizetype i = 0; i < prefix; ++i)
        append(segments, WordDiffSegment::Kind::Same, a[i].leadingSpace + a[i].text);

    const qsizetype n = e.size() - prefix - suffix;
    const qsizetype m = a.size() - prefix - suffix;
    if (n * m <= s_maxCells) {
        // lcs[i][j]: longest common subsequence of e[prefix+i..] and a[prefix+j..]
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = e[prefix + i].text == a[prefix + j].text ? at(i + 1, j + 1) + 1
                                                                    : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && e[prefix + i].text == a[prefix + j].text) {
                append(segments, WordDiffSegment::Kind::Same, a[prefix + j].leadingSpace + a[prefix + j].text);
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
                append(segments, WordDiffSegment::Kind::Extra, a[prefix + j].leadingSpace + a[prefix + j].text);
                ++j;
            } else {
                append(segments, WordDiffSegment::Kind::Missing, e[prefix + i].leadingSpace + e[prefix + i].text);
                ++i;
            }
        }
    } else {
        for (qsizetype j = 0; j < m; ++j)
            append(segments, WordDiffSegment::Kind::Extra, a[prefix + j].leadingSpace + a[prefix + j].text);
        for (qsizetype i = 0; i < n; ++i)
            append(segments, WordDiffSegment::Kind::Missing, e[prefix + i].leadingSpace + e[prefix + i].text);
    }

    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        append(segments, WordDiffSegment::Kind::Same, a[k].leadingSpace + a[k].text);
    return segments;
}

QString WordDiff::toHtml(const QList<WordDiffSegment> &segments)
{
    QString html;
    for (const WordDiffSegment &segment : segments) {
        // Whitespace stays outside the highlight so that a marked word does not drag a coloured gap along.
        const QString trimmed = segment.text.trimmed();
        const qsizetype lead = segment.text.indexOf(trimmed);
        const QString before = segment.text.left(lead).toHtmlEscaped();
        const QString body = trimmed.toHtmlEscaped();
        switch (segment.kind) {
        case WordDiffSegment::Kind::Same:
            html += segment.text.toHtmlEscaped();
            break;
        case WordDiffSegment::Kind::Extra:
            html += before + QStringLiteral("<span style=\"background-color:#ffd7d5;color:#82071e;text-decoration:line-through\">")
                    + body + QStringLiteral("</span>");
            break;
        case WordDiffSegment::Kind::Missing:
            html += (before.isEmpty() ? QString() : QStringLiteral(" "))
                    + QStringLiteral("<span style=\"background-color:#ccffd8;color:#116329\">") + body
                    + QStringLiteral("</span>");
            break;
        }
    }
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

double WordDiff::overlap(const QList<WordDiffSegment> &segments)
{
    static const QRegularExpression word(QStringLiteral("\\w+|[^\\w\\s]"), QRegularExpression::UseUnicodePropertiesOption);
    qsizetype same = 0, missing = 0;
    for (const WordDiffSegment &segment : segments) {
        if (segment.kind == WordDiffSegment::Kind::Extra)
            continue;
        qsizetype count = 0;
        for (auto it = word.globalMatch(segment.text); it.hasNext(); it.next())
            ++count;
        (segment.kind == WordDiffSegment::Kind::Same ? same : missing) += count;
    }
    return same + missing ? double(same) / double(same + missing) : 1.0;
}

} // namespace Fts::Eval
