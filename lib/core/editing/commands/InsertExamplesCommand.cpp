// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/commands/InsertExamplesCommand.h"

namespace Fts::Core {

InsertExamplesCommand::InsertExamplesCommand(DatasetDocument *document, int row, const QList<QByteArray> &lines,
                                             const QString &text, const QList<DatasetSplit> &splits,
                                             QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Insert %n example(s)", nullptr, int(lines.size())) : text, parent)
    , m_document(document)
    , m_lineIndex(row < document->exampleCount() ? document->lineIndexOfExample(row)
                                                 : document->lines().lineCount())
    , m_splits(splits)
{
    m_lines.reserve(lines.size());
    for (const QByteArray &line : lines)
        m_lines.append(document->makeLine(line));
    if (m_lines.isEmpty())
        setObsolete(true);
}

void InsertExamplesCommand::redo()
{
    m_document->insertLines(m_lineIndex, m_lines, m_splits);
}

void InsertExamplesCommand::undo()
{
    m_document->removeLines(m_lineIndex, int(m_lines.size()));
}

} // namespace Fts::Core
