// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>
#include <vector>

namespace Fts::Core {

class DatasetDocument;

/**
 * A read-only copy of a document's examples (bytes, line numbers, splits, validation statuses) that bulk
 * planning reads from worker threads while the user keeps typing. Taken once per document revision: the
 * document may change (a reload from disk) while a plan runs, and its lines are only safe to read while
 * nobody edits them.
 */
class BulkSnapshot
{
public:
    /**
     * Copies @p document's examples; @p statuses are ExampleListModel::Status values by row (empty: unknown).
     */
    static std::shared_ptr<const BulkSnapshot> capture(const DatasetDocument &document,
                                                       const QList<quint8> &statuses = {});

    quint64 revision() const { return m_revision; }
    int exampleCount() const { return int(m_lineNumbers.size()); }
    QByteArrayView line(int row) const
    {
        const auto begin = m_offsets[size_t(row)];
        return QByteArrayView(m_bytes.constData() + begin, m_offsets[size_t(row) + 1] - begin);
    }
    int lineNumber(int row) const { return m_lineNumbers[size_t(row)]; }
    DatasetSplit split(int row) const { return DatasetSplit(m_splits[size_t(row)]); }
    /** ExampleListModel::Status as a number; 0 (unknown) when no statuses were given. */
    quint8 status(int row) const { return m_statuses.empty() ? 0 : m_statuses[size_t(row)]; }
    /** Whether edited lines are written with ", " and ": " (the document's style). */
    bool spacedSeparators() const { return m_spaced; }

private:
    QByteArray m_bytes;
    std::vector<qsizetype> m_offsets;
    std::vector<int> m_lineNumbers;
    std::vector<quint8> m_splits;
    std::vector<quint8> m_statuses;
    quint64 m_revision = 0;
    bool m_spaced = false;
};

} // namespace Fts::Core
