// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/commands/ReplaceExamplesCommand.h"

#include "core/editing/DatasetDocument.h"

namespace Fts::Core {

ReplaceExamplesCommand::ReplaceExamplesCommand(DatasetDocument *document, QList<Change> changes,
                                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    m_changes.reserve(changes.size());
    for (Change &change : changes) {
        QByteArray oldLine = document->exampleLine(change.row);
        if (oldLine != change.newLine)
            m_changes.append(StoredChange{change.row, std::move(oldLine), std::move(change.newLine)});
    }
    if (m_changes.isEmpty())
        setObsolete(true);
}

void ReplaceExamplesCommand::redo()
{
    for (const StoredChange &change : std::as_const(m_changes))
        m_document->setExampleLine(change.row, change.newLine);
}

void ReplaceExamplesCommand::undo()
{
    for (auto change = m_changes.crbegin(); change != m_changes.crend(); ++change)
        m_document->setExampleLine(change->row, change->oldLine);
}

} // namespace Fts::Core
