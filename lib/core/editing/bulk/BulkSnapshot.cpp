// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/bulk/BulkSnapshot.h"

#include "core/editing/DatasetDocument.h"


namespace Fts::Core {

std::shared_ptr<const BulkSnapshot> BulkSnapshot::capture(const DatasetDocument &document,
                                                          const QList<quint8> &statuses)
{
    auto snapshot = std::make_shared<BulkSnapshot>();
    const int count = document.exampleCount();
    qsizetype total = 0;
    for (int row = 0; row < count; ++row)
        total += document.exampleLineView(row).size();
    snapshot->m_bytes.reserve(total);
    snapshot->m_offsets.reserve(size_t(count) + 1);
    snapshot->m_lineNumbers.reserve(size_t(count));
    snapshot->m_splits.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        snapshot->m_offsets.push_back(snapshot->m_bytes.size());
        snapshot->m_bytes.append(document.exampleLineView(row));
        snapshot->m_lineNumbers.push_back(document.lineNumber(row));
        snapshot->m_splits.push_back(quint8(document.split(row)));
    }
    snapshot->m_offsets.push_back(snapshot->m_bytes.size());
    if (statuses.size() == count)
        snapshot->m_statuses.assign(statuses.cbegin(), statuses.cend());
    snapshot->m_revision = document.revision();
    // The document keeps its style private; one tiny serialisation tells it.
    snapshot->m_spaced = document.spacedSeparators();
    return snapshot;
}

} // namespace Fts::Core
