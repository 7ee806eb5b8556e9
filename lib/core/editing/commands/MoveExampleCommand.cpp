// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/commands/MoveExampleCommand.h"

#include "core/editing/DatasetDocument.h"

namespace Fts::Core {

MoveExampleCommand::MoveExampleCommand(DatasetDocument *document, int from, int to, QUndoCommand *parent)
    : QUndoCommand(tr("Move example %1 to position %2").arg(from + 1).arg(to + 1), parent)
    , m_document(document)
{
    // Remember lines, not rows, so that undo puts the line back between the same blank lines.
    m_fromLine = document->lineIndexOfExample(from);
    m_destinationLine = document->lineIndexOfExample(to);
    if (from == to)
        setObsolete(true);
}

void MoveExampleCommand::redo()
{
    m_document->moveLine(m_fromLine, m_destinationLine);
}

void MoveExampleCommand::undo()
{
    m_document->moveLine(m_destinationLine, m_fromLine);
}

} // namespace Fts::Core
