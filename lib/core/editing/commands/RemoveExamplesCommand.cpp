// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/commands/RemoveExamplesCommand.h"

#include <algorithm>

namespace Fts::Core {

RemoveExamplesCommand::RemoveExamplesCommand(DatasetDocument *document, QList<int> rows, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (text.isEmpty())
        setText(tr("Delete %n example(s)", nullptr, int(rows.size())));
    for (int row : std::as_const(rows)) {
        const int lineIndex = document->lineIndexOfExample(row);
        if (m_ranges.isEmpty() || m_ranges.last().first + m_ranges.last().count != lineIndex)
            m_ranges.append(DatasetDocument::Range{lineIndex, 0});
        ++m_ranges.last().count;
        m_lines.append(document->lines().line(lineIndex));
        m_splits.append(document->split(row));
    }
    if (m_ranges.isEmpty())
        setObsolete(true);
}

void RemoveExamplesCommand::redo()
{
    m_document->removeLineRanges(m_ranges);
}

void RemoveExamplesCommand::undo()
{
    // Each range goes back to the line indexes it had: removing and reinserting are exact inverses.
    m_document->insertLineRanges(m_ranges, m_lines, m_splits);
}

} // namespace Fts::Core
