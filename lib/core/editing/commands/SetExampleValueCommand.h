// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QUndoCommand>

namespace Fts::Core {

class DatasetDocument;

/**
 * Sets one value of one example, addressed by a JSON pointer ("/messages/1/content").
 *
 * Consecutive edits of the same field merge into one undo step, so typing a paragraph is undone at once;
 * when the merged edits end where they started (the same value) the step disappears and the line is left
 * byte for byte as it was.
 */
class SetExampleValueCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetExampleValueCommand)
public:
    SetExampleValueCommand(DatasetDocument *document, int row, const QString &pointer, const QJsonValue &value,
                           const QString &text = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    int row() const { return m_row; }
    QString pointer() const { return m_pointer; }

private:
    DatasetDocument *const m_document;
    const int m_row;
    const QString m_pointer;
    QByteArray m_oldLine;
    QByteArray m_newLine;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
};

} // namespace Fts::Core
