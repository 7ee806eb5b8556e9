// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/bulk/BulkOperation.h"
#include "core/editing/bulk/BulkTextReplacer.h"
#include "core/editing/commands/ReplaceExamplesCommand.h"
#include "core/editing/commands/SetSplitsCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QUndoCommand;

namespace Fts::Core {

class DatasetDocument;

/** One row of a bulk edit's preview: what changes where, with the changed text marked. */
struct BulkPreviewItem
{
    int row = 0;
    int lineNumber = 0;
    /** "message 3 · assistant", "whole example", "split"… */
    QString field;
    /** JSON pointer of the changed value ("/messages/2/content"); empty for whole examples. */
    QString pointer;
    QString before;
    QString after;
    QList<TextSpan> beforeMarks;
    QList<TextSpan> afterMarks;
    /** Matches replaced in this field (1 for other operations). */
    int changes = 1;
};

/**
 * The exact changes of one bulk operation, planned against a snapshot of the document and applied with
 * createCommand() as one undo step. Rows refer to the document at revision(); a plan of an older revision
 * must be planned again.
 */
class BulkPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlan)
public:
    /** The preview keeps this many rows at most; the counts are always exact. */
    static constexpr int MaxPreviewItems = 10000;

    BulkOperation operation;
    quint64 revision = 0;
    bool cancelled = false;
    /** Why nothing can be planned (an invalid regular expression); empty otherwise. */
    QString errorMessage;

    QList<ReplaceExamplesCommand::Change> lineChanges;
    /** Rows to delete (DeleteMatching, RemoveDuplicates), ascending. */
    QList<int> removedRows;
    QList<SetSplitsCommand::Assignment> splitAssignments;
    QList<BulkPreviewItem> previewItems;

    /** Individual changes: replaced matches, prompts set, examples deleted or moved. */
    int changeCount = 0;
    /** Examples that change. */
    int exampleCount = 0;
    /** Examples looked at (the scope). */
    int consideredCount = 0;
    /** Lines that are not JSON objects: left exactly as they are. */
    int skippedInvalidCount = 0;
    QList<int> skippedInvalidLines;

    bool isEmpty() const { return exampleCount == 0; }
    /** "12 changes in 5 examples", "Deletes 3 examples"… */
    QString summary() const;
    /** The name of the undo step: "Replace “foo” in 312 examples". */
    QString undoText() const;
    /** One undo step doing the whole plan (children: the existing example commands); nullptr when empty. */
    QUndoCommand *createCommand(DatasetDocument *document) const;
};

} // namespace Fts::Core

Q_DECLARE_METATYPE(Fts::Core::BulkPlan)
