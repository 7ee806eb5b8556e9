// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Fts::Core {

class DatasetDocument;

/** Moves one example so that it ends up at row @p to (QList::move semantics). */
class MoveExampleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveExampleCommand)
public:
    MoveExampleCommand(DatasetDocument *document, int from, int to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DatasetDocument *const m_document;
    int m_fromLine = 0;
    int m_destinationLine = 0;
};

} // namespace Fts::Core
