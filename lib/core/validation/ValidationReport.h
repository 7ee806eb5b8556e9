// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset/DatasetFormat.h"
#include "core/validation/ValidationIssue.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Fts::Core {

/** Everything a validation run found, in line order, with the counts `ftstudio check` prints. */
struct ValidationReport
{
    /** "openai" or "cookbook". */
    QString ruleSet;
    /** The file's majority format. */
    DatasetFormat format = DatasetFormat::Unknown;
    int lines = 0;
    int examples = 0;
    /** Examples without any error. */
    int validExamples = 0;
    /** Sorted by line; within a line in the order found. */
    QList<ValidationIssue> issues;
    /** Occurrences per kind, as the cookbook counts them (per message for message checks). */
    QMap<QString, int> errorCounts;
    QMap<QString, int> warningCounts;
    bool cancelled = false;

    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return !errorCounts.isEmpty(); }
    /** The issues of one 1-based line (binary search; issues must be sorted). */
    QList<ValidationIssue> issuesForLine(int line) const;
    /** Recomputes the counts and validExamples-independent data from issues. */
    void recount();
};

} // namespace Fts::Core

Q_DECLARE_METATYPE(Fts::Core::ValidationReport)
