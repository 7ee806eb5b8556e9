// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace Fts::Core {

class DatasetDocument;

/**
 * Replaces the lines of one or many examples in one undo step: a structural edit of one example
 * (a message inserted, removed or moved, a role changed) or a bulk operation over the whole dataset.
 */
class ReplaceExamplesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceExamplesCommand)
public:
    struct Change
    {
        int row;
        QByteArray newLine;
    };

    ReplaceExamplesCommand(DatasetDocument *document, QList<Change> changes, const QString &text,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int changeCount() const { return int(m_changes.size()); }

private:
    struct StoredChange
    {
        int row;
        QByteArray oldLine;
        QByteArray newLine;
    };
    DatasetDocument *const m_document;
    QList<StoredChange> m_changes;
};

} // namespace Fts::Core
