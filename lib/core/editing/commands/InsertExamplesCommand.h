// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Fts::Core {

/** Inserts examples (new, duplicated, pasted or imported) before row @p row, in one undo step. */
class InsertExamplesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertExamplesCommand)
public:
    InsertExamplesCommand(DatasetDocument *document, int row, const QList<QByteArray> &lines,
                          const QString &text = QString(), const QList<DatasetSplit> &splits = {},
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DatasetDocument *const m_document;
    int m_lineIndex = 0;
    QList<DatasetDocument::Line> m_lines;
    QList<DatasetSplit> m_splits;
};

} // namespace Fts::Core
