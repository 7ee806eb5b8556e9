// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Fts::Eval {

/** A run of words in an answer compared with the expected text. */
struct WordDiffSegment
{
    enum class Kind {
        Same,    ///< in the answer and the expected text
        Extra,   ///< only in the answer
        Missing, ///< only in the expected text
    };
    Kind kind = Kind::Same;
    QString text; ///< includes the whitespace that precedes it, so concatenating Same+Extra rebuilds the answer

    bool operator==(const WordDiffSegment &other) const = default;
};

/**
 * Word-by-word difference between an expected answer and a model's answer, for highlighting: a longest common
 * subsequence over words and punctuation marks, so "E11.9" against "E11.8" marks just the "9" and "8".
 */
class WordDiff
{
public:
    static QList<WordDiffSegment> compute(const QString &expected, const QString &answer);
    /** The answer as HTML: extra words struck through in red, missing words inserted in green. */
    static QString toHtml(const QList<WordDiffSegment> &segments);
    /** Share of the expected words the answer reproduced, 0..1: a gentle "how close" hint next to pass/fail. */
    static double overlap(const QList<WordDiffSegment> &segments);
};

} // namespace Fts::Eval
