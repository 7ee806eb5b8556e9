// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace Fts::Core {

class DatasetDocument;

/** Assigns splits to examples (by hand or by the split dialog) in one undo step. */
class SetSplitsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSplitsCommand)
public:
    struct Assignment
    {
        int row;
        DatasetSplit split;
    };

    SetSplitsCommand(DatasetDocument *document, const QList<Assignment> &assignments,
                     const QString &text = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct StoredAssignment
    {
        int row;
        DatasetSplit oldSplit;
        DatasetSplit newSplit;
    };
    DatasetDocument *const m_document;
    QList<StoredAssignment> m_assignments;
};

} // namespace Fts::Core
