// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/NiceNumbers.h"

#include <cmath>

namespace Fts {

double NiceNumbers::roundUp(double raw, std::initializer_list<double> factors)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : factors) {
        if (raw <= factor * magnitude * 1.0000001)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

int NiceNumbers::decimalsNeeded(double value, int minimum, int maximum)
{
    int decimals = minimum;
    while (decimals < maximum
           && std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

} // namespace Fts
