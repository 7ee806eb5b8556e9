// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

namespace Fts {

/** Round numbers for people: axis steps, histogram bins and the decimals a figure needs. */
class NiceNumbers
{
public:
    /** The smallest of @p factors × 10^k that is at least @p raw (1 for a range that is not positive). */
    static double roundUp(double raw, std::initializer_list<double> factors);
    /** The decimals @p value needs to be written exactly, between @p minimum and @p maximum. */
    static int decimalsNeeded(double value, int minimum, int maximum = 6);
};

} // namespace Fts
