// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

namespace Fts::Eval {

/** The 95% Wilson score interval of a proportion: honest for small samples and for 0% or 100%. */
class WilsonInterval
{
public:
    static std::pair<double, double> compute(int successes, int trials, double z = 1.959963984540054);
};

} // namespace Fts::Eval
