// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Fts::Core {

/** Version and license facts shown by `--version`, the About dialog and the packaging. */
class BuildInfo
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)
public:
    static QString applicationName();
    static QString version();
    static QString applicationId();
    /** Plain-text notices of everything we ship that is not ours (tokenizer ranks, libraries). */
    static QString thirdPartyNotices();
};

} // namespace Fts::Core
