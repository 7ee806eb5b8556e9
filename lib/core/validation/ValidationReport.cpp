// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ValidationReport.h"

#include <algorithm>
#include <numeric>

namespace Fts::Core {

int ValidationReport::errorCount() const
{
    return std::accumulate(errorCounts.cbegin(), errorCounts.cend(), 0);
}

int ValidationReport::warningCount() const
{
    return std::accumulate(warningCounts.cbegin(), warningCounts.cend(), 0);
}

QList<ValidationIssue> ValidationReport::issuesForLine(int line) const
{
    auto lower = std::lower_bound(issues.cbegin(), issues.cend(), line,
                                  [](const ValidationIssue &issue, int value) { return issue.line < value; });
    QList<ValidationIssue> result;
    for (auto it = lower; it != issues.cend() && it->line == line; ++it)
        result.append(*it);
    return result;
}

void ValidationReport::recount()
{
    errorCounts.clear();
    warningCounts.clear();
    for (const ValidationIssue &issue : std::as_const(issues)) {
        if (issue.isError())
            ++errorCounts[issue.kind];
        else
            ++warningCounts[issue.kind];
    }
}

} // namespace Fts::Core
