// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Fts::Core {

class DatasetDocument;

/**
 * The splits of a dataset, kept next to it in "<file>.splits.json" so the user's lines are never rewritten.
 *
 * The sidecar lists one split per example in file order, plus a fingerprint of each example line; when the
 * dataset was changed by another program, examples whose fingerprint no longer matches stay unassigned.
 */
class SplitSidecar
{
    Q_DECLARE_TR_FUNCTIONS(SplitSidecar)
public:
    static QString pathFor(const QString &datasetPath);
    /** Writes the sidecar atomically; removes it when no example has a split. */
    static bool save(const DatasetDocument &document, const QString &datasetPath, QString *errorMessage = nullptr);
    /**
     * Reads the sidecar of @p datasetPath for @p document; an absent sidecar gives all Unassigned.
     * @p unmatched counts assignments dropped because their example changed.
     */
    static QList<DatasetSplit> load(const DatasetDocument &document, const QString &datasetPath,
                                    int *unmatched = nullptr, QString *errorMessage = nullptr);
    static QString fingerprint(QByteArrayView line);
};

} // namespace Fts::Core
