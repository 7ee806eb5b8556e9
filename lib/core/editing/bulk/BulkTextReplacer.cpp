// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/bulk/BulkTextReplacer.h"

#include "core/editing/ExampleFilterModel.h"

namespace Fts::Core {

BulkTextReplacer::BulkTextReplacer(const QString &find, const QString &replacement, bool regularExpression,
                                   bool caseSensitive, bool wholeWord)
    : m_replacement(replacement)
    , m_regular(regularExpression)
    , m_caseSensitive(caseSensitive)
{
    if (find.isEmpty())
        return;
    QString pattern = regularExpression ? find : QRegularExpression::escape(find);
    if (wholeWord)
        pattern = QStringLiteral("(?<!\\w)(?:") + pattern + QStringLiteral(")(?!\\w)");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_expression = QRegularExpression(pattern, options);
    if (!m_expression.isValid()) {
        // The offset is into our wrapped pattern; point at the user's own text.
        const int offset = int(m_expression.patternErrorOffset()) - (wholeWord ? 10 : 0);
        m_error = tr("The regular expression is not valid at character %1: %2")
                      .arg(qBound(1, offset + 1, int(find.size()) + 1))
                      .arg(m_expression.errorString());
        return;
    }
    m_expression.optimize();
    m_valid = true;

    // A plain needle that JSON writes as it is (no quote, backslash or control character) must appear in
    // the raw line unless the line escapes characters; ASCII-only when case does not matter.
    if (!regularExpression) {
        bool literal = true;
        for (QChar c : find) {
            if (c == u'"' || c == u'\\' || c.unicode() < 0x20 || (!caseSensitive && c.unicode() > 0x7f))
                literal = false;
        }
        if (literal)
            m_needle = caseSensitive ? find.toUtf8() : find.toLower().toUtf8();
    }
}

bool BulkTextReplacer::mayMatchLine(QByteArrayView line) const
{
    if (!m_valid)
        return false;
    if (m_needle.isEmpty())
        return true;
    const bool raw = m_caseSensitive ? line.contains(QByteArrayView(m_needle))
                                     : ExampleFilterModel::containsIgnoringAsciiCase(line, m_needle);
    return raw || line.contains('\\');
}

QString BulkTextReplacer::expand(const QRegularExpressionMatch &match) const
{
    if (!m_regular)
        return m_replacement;
    QString out;
    out.reserve(m_replacement.size());
    const QString &r = m_replacement;
    const auto capture = [&match](int number) { return number <= match.lastCapturedIndex() ? match.captured(number) : QString(); };
    for (qsizetype i = 0; i < r.size(); ++i) {
        const QChar c = r.at(i);
        const QChar next = i + 1 < r.size() ? r.at(i + 1) : QChar();
        if (c == u'\\' && next.isDigit()) {
            int number = next.digitValue();
            ++i;
            if (i + 1 < r.size() && r.at(i + 1).isDigit() && number * 10 + r.at(i + 1).digitValue() <= match.lastCapturedIndex())
                number = number * 10 + r.at(++i).digitValue();
            out += capture(number);
        } else if (c == u'\\' && next == u'n') {
            out += u'\n';
            ++i;
        } else if (c == u'\\' && next == u't') {
            out += u'\t';
            ++i;
        } else if (c == u'\\' && (next == u'\\' || next == u'$')) {
            out += next;
            ++i;
        } else if (c == u'$' && next.isDigit()) {
            int number = next.digitValue();
            ++i;
            if (i + 1 < r.size() && r.at(i + 1).isDigit() && number * 10 + r.at(i + 1).digitValue() <= match.lastCapturedIndex())
                number = number * 10 + r.at(++i).digitValue();
            out += capture(number);
        } else if (c == u'$' && next == u'&') {
            out += match.captured(0);
            ++i;
        } else if (c == u'$' && next == u'$') {
            out += u'$';
            ++i;
        } else if (c == u'$' && next == u'{') {
            const qsizetype close = r.indexOf(u'}', i + 2);
            if (close < 0) {
                out += c;
                continue;
            }
            const QString name = r.mid(i + 2, close - i - 2);
            bool isNumber = false;
            const int number = name.toInt(&isNumber);
            out += isNumber ? capture(number) : match.captured(name);
            i = close;
        } else {
            out += c;
        }
    }
    return out;
}

int BulkTextReplacer::replace(const QString &text, QString *result, QList<TextSpan> *found,
                              QList<TextSpan> *replaced) const
{
    if (!m_valid)
        return 0;
    int count = 0;
    qsizetype copied = 0;
    QString out;
    QRegularExpressionMatchIterator matches = m_expression.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (count == 0)
            out.reserve(text.size() + 16);
        ++count;
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        const QString replacement = expand(match);
        if (found)
            found->append(TextSpan{int(match.capturedStart()), int(match.capturedLength())});
        if (replaced)
            replaced->append(TextSpan{int(out.size()), int(replacement.size())});
        out += replacement;
        copied = match.capturedEnd();
    }
    if (count == 0)
        return 0;
    out += QStringView(text).mid(copied);
    *result = std::move(out);
    return count;
}

} // namespace Fts::Core
