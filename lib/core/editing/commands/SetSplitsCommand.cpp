// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/commands/SetSplitsCommand.h"

#include "core/editing/DatasetDocument.h"

namespace Fts::Core {

SetSplitsCommand::SetSplitsCommand(DatasetDocument *document, const QList<Assignment> &assignments,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Assign split to %n example(s)", nullptr, int(assignments.size())) : text,
                   parent)
    , m_document(document)
{
    for (const Assignment &assignment : assignments) {
        const DatasetSplit oldSplit = document->split(assignment.row);
        if (oldSplit != assignment.split)
            m_assignments.append(StoredAssignment{assignment.row, oldSplit, assignment.split});
    }
    if (m_assignments.isEmpty())
        setObsolete(true);
}

void SetSplitsCommand::redo()
{
    for (const StoredAssignment &assignment : std::as_const(m_assignments))
        m_document->setSplit(assignment.row, assignment.newSplit);
}

void SetSplitsCommand::undo()
{
    for (const StoredAssignment &assignment : std::as_const(m_assignments))
        m_document->setSplit(assignment.row, assignment.oldSplit);
}

} // namespace Fts::Core
