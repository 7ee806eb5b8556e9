// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"
#include "core/import/ImportProblem.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Fts::Core {

/**
 * What a conversion produced: example lines ready for InsertExamplesCommand (one JSON object each, no line
 * terminator), the source line of each, their splits (empty when the source assigns none), the rows that
 * were not imported and why, and notes on what was changed on the way (e.g. stripped legacy markers).
 */
struct ImportResult
{
    QList<QByteArray> lines;
    QList<int> sourceLines;
    QList<DatasetSplit> splits;
    QList<ImportProblem> problems;
    QStringList notes;
    /** Rows, lines or items read from the source (imported or not). */
    int itemsRead = 0;
    /** The source could not be read at all (file missing, unclosed quote, …); translated. */
    QString fatalError;
    bool cancelled = false;

    int exampleCount() const { return int(lines.size()); }
    bool hasSplits() const { return !splits.isEmpty(); }
};

} // namespace Fts::Core
