// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Fts::Core {

/** Why one row, line or item of an import source was not imported; @p line is 1-based (0: the whole source). */
struct ImportProblem
{
    int line = 0;
    QString message;

    bool operator==(const ImportProblem &) const = default;
};

} // namespace Fts::Core
