// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/bulk/BulkPlan.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/DatasetSplitNames.h"
#include "core/editing/commands/RemoveExamplesCommand.h"

#include <QUndoCommand>

namespace Fts::Core {

QString BulkPlan::summary() const
{
    if (!errorMessage.isEmpty())
        return errorMessage;
    switch (operation.kind) {
    case BulkOperation::Kind::SetSystemPrompt:
    case BulkOperation::Kind::FindReplace:
        if (changeCount == 0)
            return tr("No changes");
        return tr("%1 in %2").arg(tr("%n change(s)", nullptr, changeCount), tr("%n example(s)", nullptr, exampleCount));
    case BulkOperation::Kind::DeleteMatching:
        return tr("%n example(s) will be deleted", nullptr, exampleCount);
    case BulkOperation::Kind::MoveToSplit:
        return tr("%n example(s) will move to %1", nullptr, exampleCount)
            .arg(DatasetSplitNames::displayName(operation.targetSplit));
    case BulkOperation::Kind::RemoveDuplicates:
        return tr("%n duplicate(s) will be removed", nullptr, exampleCount);
    }
    return QString();
}

QString BulkPlan::undoText() const
{
    switch (operation.kind) {
    case BulkOperation::Kind::SetSystemPrompt:
        return tr("Set system prompt in %n example(s)", nullptr, exampleCount);
    case BulkOperation::Kind::FindReplace: {
        QString find = operation.find.simplified();
        if (find.size() > 32)
            find = find.left(31) + QChar(0x2026);
        return tr("Replace “%1” in %n example(s)", nullptr, exampleCount).arg(find);
    }
    case BulkOperation::Kind::DeleteMatching:
        return tr("Delete %n matching example(s)", nullptr, exampleCount);
    case BulkOperation::Kind::MoveToSplit:
        return tr("Move %n example(s) to %1", nullptr, exampleCount)
            .arg(DatasetSplitNames::displayName(operation.targetSplit));
    case BulkOperation::Kind::RemoveDuplicates:
        return tr("Remove %n duplicate(s)", nullptr, exampleCount);
    }
    return QString();
}

QUndoCommand *BulkPlan::createCommand(DatasetDocument *document) const
{
    if (isEmpty() || cancelled || !errorMessage.isEmpty() || revision != document->revision())
        return nullptr;
    // A parent without behaviour of its own: its children (the ordinary example commands) are the one step.
    auto *command = new QUndoCommand(undoText());
    if (!lineChanges.isEmpty())
        new ReplaceExamplesCommand(document, lineChanges, undoText(), command);
    if (!splitAssignments.isEmpty())
        new SetSplitsCommand(document, splitAssignments, undoText(), command);
    if (!removedRows.isEmpty())
        new RemoveExamplesCommand(document, removedRows, undoText(), command);
    return command;
}

} // namespace Fts::Core
