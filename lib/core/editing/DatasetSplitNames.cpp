// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetSplitNames.h"

namespace Fts::Core {

QString DatasetSplitNames::displayName(DatasetSplit split)
{
    switch (split) {
    case DatasetSplit::Train:
        return tr("Train");
    case DatasetSplit::Validation:
        return tr("Validation");
    case DatasetSplit::Test:
        return tr("Test");
    case DatasetSplit::Unassigned:
        break;
    }
    return tr("Unassigned");
}

QString DatasetSplitNames::key(DatasetSplit split)
{
    switch (split) {
    case DatasetSplit::Train:
        return QStringLiteral("train");
    case DatasetSplit::Validation:
        return QStringLiteral("validation");
    case DatasetSplit::Test:
        return QStringLiteral("test");
    case DatasetSplit::Unassigned:
        break;
    }
    return QStringLiteral("unassigned");
}

DatasetSplit DatasetSplitNames::fromKey(QStringView key)
{
    if (key == u"train")
        return DatasetSplit::Train;
    if (key == u"validation")
        return DatasetSplit::Validation;
    if (key == u"test")
        return DatasetSplit::Test;
    return DatasetSplit::Unassigned;
}

} // namespace Fts::Core
