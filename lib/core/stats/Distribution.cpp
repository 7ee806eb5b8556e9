// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/Distribution.h"

#include "core/dataset/JsonNode.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Fts::Core {

double Distribution::quantile(const std::vector<double> &sortedValues, double q)
{
    const double position = q * double(sortedValues.size() - 1);
    const auto lower = std::size_t(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sortedValues.size() - 1);
    const double fraction = position - double(lower);
    return sortedValues[lower] + fraction * (sortedValues[upper] - sortedValues[lower]);
}

Distribution Distribution::of(std::vector<double> &values)
{
    Distribution distribution;
    if (values.empty())
        return distribution;
    std::sort(values.begin(), values.end());
    distribution.count = qint64(values.size());
    distribution.min = values.front();
    distribution.max = values.back();
    distribution.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    distribution.median = quantile(values, 0.5);
    distribution.p10 = quantile(values, 0.1);
    distribution.p90 = quantile(values, 0.9);
    return distribution;
}

JsonNode Distribution::toJson() const
{
    // Whole numbers stay integers in the JSON (min 3, not 3.0); the others keep their fraction.
    auto number = [](double value) {
        if (value == std::floor(value) && std::abs(value) < 9.0e15)
            return JsonNode(qint64(value));
        return JsonNode(value);
    };
    JsonNode object = JsonNode::object();
    object.set(QStringLiteral("min"), number(min));
    object.set(QStringLiteral("max"), number(max));
    object.set(QStringLiteral("mean"), number(mean));
    object.set(QStringLiteral("median"), number(median));
    object.set(QStringLiteral("p10"), number(p10));
    object.set(QStringLiteral("p90"), number(p90));
    return object;
}

} // namespace Fts::Core
