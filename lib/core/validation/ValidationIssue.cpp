// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ValidationIssue.h"

namespace Fts::Core {

QString ValidationIssue::fullMessage() const
{
    if (line <= 0)
        return message;
    return tr("line %1, %2").arg(line).arg(message);
}

QString ValidationIssue::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString ValidationIssue::severityDisplayName(Severity severity)
{
    return severity == Severity::Error ? tr("error") : tr("warning");
}

} // namespace Fts::Core
