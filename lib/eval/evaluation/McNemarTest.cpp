// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/McNemarTest.h"

#include <algorithm>
#include <cmath>

namespace Fts::Eval {

double McNemarTest::exactPValue(int regressions, int wins)
{
    const int flips = regressions + wins;
    if (flips <= 0 || regressions < 0 || wins < 0)
        return 1.0;
    const int smaller = std::min(regressions, wins);
    // Sum the tail in log space: C(n, i) / 2^n underflows long before n reaches a large test set.
    const double logHalfPower = flips * std::log(0.5);
    const double logNFactorial = std::lgamma(flips + 1.0);
    double maxLog = -INFINITY;
    // Two passes: find the largest term, then sum scaled terms.
    for (int i = 0; i <= smaller; ++i)
        maxLog = std::max(maxLog, logNFactorial - std::lgamma(i + 1.0) - std::lgamma(flips - i + 1.0) + logHalfPower);
    double scaledSum = 0;
    for (int i = 0; i <= smaller; ++i)
        scaledSum += std::exp(logNFactorial - std::lgamma(i + 1.0) - std::lgamma(flips - i + 1.0) + logHalfPower - maxLog);
    const double tail = std::exp(maxLog) * scaledSum;
    return std::min(1.0, 2.0 * tail);
}

} // namespace Fts::Eval
