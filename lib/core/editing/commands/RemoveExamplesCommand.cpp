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
        if (m_runs.isEmpty() || m_runs.last().firstLine + m_runs.last().lines.size() != lineIndex)
            m_runs.append(Run{lineIndex, {}, {}});
        m_runs.last().lines.append(document->lines().line(lineIndex));
        m_runs.last().splits.append(document->split(row));
    }
    if (m_runs.isEmpty())
        setObsolete(true);
}

void RemoveExamplesCommand::redo()
{
    // From the end, so that the line indexes of the earlier runs stay valid.
    for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run)
        m_document->removeLines(run->firstLine, int(run->lines.size()));
}

void RemoveExamplesCommand::undo()
{
    for (const Run &run : std::as_const(m_runs))
        m_document->insertLines(run.firstLine, run.lines, run.splits);
}

} // namespace Fts::Core
