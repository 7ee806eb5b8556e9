// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/EmaSmoother.h"

#include <algorithm>
#include <cmath>

namespace Fts::Eval {

std::vector<double> EmaSmoother::smooth(const std::vector<double> &values, double weight)
{
    std::vector<double> out;
    smoothInto(values, weight, out);
    return out;
}

void EmaSmoother::smoothInto(const std::vector<double> &values, double weight, std::vector<double> &out)
{
    weight = std::clamp(weight, 0.0, 0.999);
    out.resize(values.size());
    double average = 0;
    double correction = 1;
    for (size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v)) {
            out[i] = v;
            continue;
        }
        average = average * weight + (1 - weight) * v;
        correction *= weight;
        out[i] = correction < 1 ? average / (1 - correction) : v;
    }
}

} // namespace Fts::Eval
