// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fts::Core {

class DatasetDocument;

/** Random split assignment with a seed (reproducible) and export of one JSONL file per split. */
class SplitAssigner
{
    Q_DECLARE_TR_FUNCTIONS(SplitAssigner)
public:
    /**
     * Shuffles @p count examples with @p seed and cuts them by the proportions (any positive scale, e.g.
     * 80/10/10); rounding gives the remainder to the training split. Same seed, same result, on every machine.
     */
    static QList<DatasetSplit> assign(int count, quint64 seed, double train, double validation, double test);
    /**
     * Writes "<base>-train.jsonl", "-validation.jsonl", "-test.jsonl" (only splits with examples; unassigned
     * examples go to train), each line byte-identical to the dataset's. Returns the files written.
     */
    static QStringList exportSplits(const DatasetDocument &document, const QString &basePath,
                                    QString *errorMessage = nullptr);
    /**
     * The lines of @p split (unassigned examples count as training), byte-identical to the dataset's and each
     * ended with its default line ending; nullopt takes every example. @p lineNumbers, when given, receives
     * the dataset's 1-based line number of each line taken, so findings in the extract can name the source.
     */
    static QByteArray splitBytes(const DatasetDocument &document, std::optional<DatasetSplit> split,
                                 QList<int> *lineNumbers = nullptr);
    /** How many examples splitBytes() would take. */
    static int splitCount(const DatasetDocument &document, std::optional<DatasetSplit> split);
};

} // namespace Fts::Core
