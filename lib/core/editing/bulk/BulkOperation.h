// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"
#include "core/editing/ExampleFilterModel.h"

#include <QList>
#include <QString>

namespace Fts::Core {

/**
 * What a bulk edit should do, as the user chose it in the bulk edit dialog; BulkPlanner turns it into the
 * exact list of changes (a BulkPlan) without touching the document.
 */
struct BulkOperation
{
    enum class Kind { SetSystemPrompt, FindReplace, DeleteMatching, MoveToSplit, RemoveDuplicates };
    /** Message roles a find and replace may touch; "developer" counts as System, "function" as Tool. */
    enum Role { SystemRole = 0x1, UserRole = 0x2, AssistantRole = 0x4, ToolRole = 0x8, AllRoles = 0xf };

    Kind kind = Kind::FindReplace;
    /** Only these rows (the list's selection or the rows its filter shows), ascending; all rows when false. */
    bool restrictToRows = false;
    QList<int> rows;

    // SetSystemPrompt
    QString systemPrompt;
    /** Leave examples without a system message alone instead of inserting one. */
    bool onlyReplaceExisting = false;

    // FindReplace
    QString find;
    QString replacement;
    /** QRegularExpression syntax; the replacement may use \1, $1, ${name} and $& (the whole match). */
    bool regularExpression = false;
    bool caseSensitive = false;
    bool wholeWord = false;
    int roles = AllRoles;

    // DeleteMatching and MoveToSplit: the example list's filter semantics (ExampleFilterModel).
    QString matchText;
    /** -1 for any split, else a DatasetSplit value. */
    int matchSplit = -1;
    ExampleFilterModel::StatusFilter matchStatus = ExampleFilterModel::StatusFilter::All;
    DatasetSplit targetSplit = DatasetSplit::Train;

    // RemoveDuplicates
    /** Compare only the conversation ("messages"), not tools or other keys. */
    bool compareMessagesOnly = false;
};

} // namespace Fts::Core
