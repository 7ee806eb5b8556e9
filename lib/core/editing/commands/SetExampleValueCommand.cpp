// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/commands/SetExampleValueCommand.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/commands/UndoCommandId.h"

namespace Fts::Core {

SetExampleValueCommand::SetExampleValueCommand(DatasetDocument *document, int row, const QString &pointer,
                                               const QJsonValue &value, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Edit example %1").arg(row + 1) : text, parent)
    , m_document(document)
    , m_row(row)
    , m_pointer(pointer)
    , m_oldLine(document->exampleLine(row))
    , m_newValue(value)
{
    const QJsonObject example = document->example(row);
    m_oldValue = ExampleJson::valueAt(example, pointer);
    // The same value again changes nothing, not even the escapes a new serialization would bring.
    if (m_newValue == m_oldValue) {
        m_newLine = m_oldLine;
        setObsolete(true);
        return;
    }
    // The new line is computed once, here, so redo after undo writes exactly the same bytes.
    m_newLine = document->serializeEdit(row, ExampleJson::withValueAt(example, pointer, value));
    if (m_newLine == m_oldLine)
        setObsolete(true);
}

void SetExampleValueCommand::redo()
{
    m_document->setExampleLine(m_row, m_newLine);
}

void SetExampleValueCommand::undo()
{
    m_document->setExampleLine(m_row, m_oldLine);
}

int SetExampleValueCommand::id() const
{
    return SetExampleValueCommandId;
}

bool SetExampleValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SetExampleValueCommand *>(other);
    if (edit->m_document != m_document || edit->m_row != m_row || edit->m_pointer != m_pointer)
        return false;
    m_newValue = edit->m_newValue;
    m_newLine = edit->m_newLine;
    if (m_newValue == m_oldValue && m_newLine != m_oldLine) {
        // Typed back to where it started: the stack drops this step without undoing it, so the line must be
        // exactly the original again, escapes such as \u00e9 included, not the same value written anew.
        m_newLine = m_oldLine;
        m_document->setExampleLine(m_row, m_oldLine);
    }
    setObsolete(m_newLine == m_oldLine);
    return true;
}

} // namespace Fts::Core
