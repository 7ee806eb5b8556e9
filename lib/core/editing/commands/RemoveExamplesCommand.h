// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Fts::Core {

/** Deletes any set of examples in one undo step; undo puts every byte and split back where it was. */
class RemoveExamplesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveExamplesCommand)
public:
    RemoveExamplesCommand(DatasetDocument *document, QList<int> rows, const QString &text = QString(),
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DatasetDocument *const m_document;
    // Ranges of adjacent lines (so that deleting 50k adjacent rows sends a handful of model signals), and the
    // lines and splits of all of them in order.
    QList<DatasetDocument::Range> m_ranges;
    QList<DatasetDocument::Line> m_lines;
    QList<DatasetSplit> m_splits;
};

} // namespace Fts::Core
