// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"

#include <QCoreApplication>
#include <QString>

namespace Fts::Core {

/** Names of the splits for people (translated) and for files (stable). */
class DatasetSplitNames
{
    Q_DECLARE_TR_FUNCTIONS(DatasetSplitNames)
public:
    static QString displayName(DatasetSplit split);
    static QString key(DatasetSplit split);
    static DatasetSplit fromKey(QStringView key);
};

} // namespace Fts::Core
