// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Fts::Core {

/** A span of text, in UTF-16 code units. */
struct TextSpan
{
    int start = 0;
    int length = 0;
    bool operator==(const TextSpan &) const = default;
};

/**
 * The find and replace of one text: plain or regular expression, case sensitivity, whole words, and
 * capture references in the replacement (\1, $1, ${name}, $& for the whole match, \n and \t).
 *
 * Thread-safe once constructed: planning workers share one replacer.
 */
class BulkTextReplacer
{
    Q_DECLARE_TR_FUNCTIONS(BulkTextReplacer)
public:
    BulkTextReplacer(const QString &find, const QString &replacement, bool regularExpression, bool caseSensitive,
                     bool wholeWord);

    /** False for an empty search or an invalid pattern; errorMessage() says why for the latter. */
    bool isValid() const { return m_valid; }
    QString errorMessage() const { return m_error; }

    /**
     * Replaces every match in @p text, returning the number of matches (0: @p result untouched).
     * @p found gets the matches' spans in @p text, @p replaced the replacements' spans in @p result.
     */
    int replace(const QString &text, QString *result, QList<TextSpan> *found = nullptr,
                QList<TextSpan> *replaced = nullptr) const;

    /**
     * A cheap test on a raw JSON line: false only when no match can be in it, so the line need not be parsed.
     */
    bool mayMatchLine(QByteArrayView line) const;

    /** The replacement for one match, capture references expanded (plain mode: the text as typed). */
    QString expand(const QRegularExpressionMatch &match) const;

private:
    QRegularExpression m_expression;
    QString m_replacement;
    QByteArray m_needle; // UTF-8, lower-case when case-insensitive; empty when no raw prefilter is possible
    bool m_regular = false;
    bool m_caseSensitive = false;
    bool m_valid = false;
    QString m_error;
};

} // namespace Fts::Core
