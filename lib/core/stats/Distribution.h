// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Fts::Core {

class JsonNode;

/**
 * Summary of a list of values as OpenAI's data-preparation cookbook prints it: min, max, mean, median and the
 * 10th and 90th percentiles (numpy's default linear interpolation, so the figures match the notebook's).
 */
struct Distribution
{
    qint64 count = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double median = 0;
    double p10 = 0;
    double p90 = 0;

    /** Summarises @p values (sorted in place). All zero for an empty list. */
    static Distribution of(std::vector<double> &values);
    /** numpy.quantile(values, q) with linear interpolation; @p sortedValues ascending and not empty. */
    static double quantile(const std::vector<double> &sortedValues, double q);

    /** {"min", "max", "mean", "median", "p10", "p90"}, in that order. */
    JsonNode toJson() const;
    bool operator==(const Distribution &) const = default;
};

} // namespace Fts::Core
