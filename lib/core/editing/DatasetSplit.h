// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Fts::Core {

/** Which part of the work an example is for. Unassigned examples are exported with the training split. */
enum class DatasetSplit : quint8 { Unassigned = 0, Train, Validation, Test };

} // namespace Fts::Core
