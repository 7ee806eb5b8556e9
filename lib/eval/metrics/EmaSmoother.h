// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace Fts::Eval {

/**
 * Exponential moving average as TensorBoard draws it: debiased, so the smoothed curve starts on the
 * first value instead of rising from zero. Missing values (NaN) stay missing and do not break the average.
 */
class EmaSmoother
{
public:
    /** @p weight in [0, 1): 0 returns the values unchanged, 0.99 is very smooth. */
    static std::vector<double> smooth(const std::vector<double> &values, double weight);
    /** The same into @p out, reusing its memory: a live chart smooths 100k steps several times a second. */
    static void smoothInto(const std::vector<double> &values, double weight, std::vector<double> &out);
};

} // namespace Fts::Eval
