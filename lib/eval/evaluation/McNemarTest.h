// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Fts::Eval {

/**
 * The exact McNemar test on paired right/wrong outcomes: only the flips carry information, and under "no
 * difference" each flip is a fair coin. The two-sided p-value is the exact binomial tail, doubled and capped at 1,
 * which stays honest for the handful of flips a small test set produces (the chi-square version does not).
 */
class McNemarTest
{
public:
    /** @p regressions: A right and B wrong; @p wins: A wrong and B right. Returns 1 when there are no flips. */
    static double exactPValue(int regressions, int wins);
};

} // namespace Fts::Eval
