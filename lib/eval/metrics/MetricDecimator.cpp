// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/MetricDecimator.h"

#include <algorithm>
#include <cmath>

namespace Fts::Eval {

QList<QPointF> MetricDecimator::minMax(const std::vector<int> &steps, const std::vector<double> &values,
                                       double fromStep, double toStep, int bucketCount, double xScale)
{
    QList<QPointF> out;
    const int n = static_cast<int>(std::min(steps.size(), values.size()));
    if (n == 0 || bucketCount <= 0 || !(toStep >= fromStep))
        return out;

    int begin = static_cast<int>(std::lower_bound(steps.begin(), steps.begin() + n, fromStep) - steps.begin());
    int end = static_cast<int>(std::upper_bound(steps.begin(), steps.begin() + n, toStep) - steps.begin());

    // One present point beyond each edge keeps the line from stopping short of the plot border when zoomed.
    int before = begin - 1;
    while (before >= 0 && std::isnan(values[before]))
        --before;
    int after = end;
    while (after < n && std::isnan(values[after]))
        ++after;

    out.reserve(std::min(end - begin, bucketCount * 2) + 2);
    if (before >= 0)
        out.append(QPointF(steps[before] * xScale, values[before]));

    if (end - begin <= bucketCount * 2) {
        for (int i = begin; i < end; ++i)
            if (!std::isnan(values[i]))
                out.append(QPointF(steps[i] * xScale, values[i]));
    } else {
        const double span = std::max(1e-9, toStep - fromStep);
        const double stepsPerBucket = span / bucketCount;
        int i = begin;
        for (int bucket = 0; bucket < bucketCount && i < end; ++bucket) {
            // Comparing integer steps against the bucket's upper edge is all the inner loop does.
            const double edge = bucket == bucketCount - 1 ? toStep : fromStep + (bucket + 1) * stepsPerBucket;
            int minIndex = -1;
            int maxIndex = -1;
            double minValue = 0;
            double maxValue = 0;
            for (; i < end && (steps[i] < edge || bucket == bucketCount - 1); ++i) {
                const double v = values[i];
                if (std::isnan(v))
                    continue;
                if (minIndex < 0) {
                    minIndex = maxIndex = i;
                    minValue = maxValue = v;
                    continue;
                }
                if (v < minValue) {
                    minValue = v;
                    minIndex = i;
                } else if (v > maxValue) {
                    maxValue = v;
                    maxIndex = i;
                }
            }
            if (minIndex < 0)
                continue;
            const int first = std::min(minIndex, maxIndex);
            const int second = std::max(minIndex, maxIndex);
            out.append(QPointF(steps[first] * xScale, values[first]));
            if (second != first)
                out.append(QPointF(steps[second] * xScale, values[second]));
        }
        // The first and the last reported step always appear, so the curve spans the whole run.
        int firstPresent = begin;
        while (firstPresent < end && std::isnan(values[firstPresent]))
            ++firstPresent;
        int lastPresent = end - 1;
        while (lastPresent >= begin && std::isnan(values[lastPresent]))
            --lastPresent;
        const int offset = before >= 0 ? 1 : 0;
        if (firstPresent < end && (out.size() <= offset || out[offset].x() != steps[firstPresent] * xScale))
            out.insert(offset, QPointF(steps[firstPresent] * xScale, values[firstPresent]));
        if (lastPresent >= begin && out.last().x() != steps[lastPresent] * xScale)
            out.append(QPointF(steps[lastPresent] * xScale, values[lastPresent]));
    }

    if (after < n)
        out.append(QPointF(steps[after] * xScale, values[after]));
    return out;
}

QList<QPointF> MetricDecimator::present(const std::vector<int> &steps, const std::vector<double> &values, double xScale)
{
    QList<QPointF> out;
    const size_t n = std::min(steps.size(), values.size());
    for (size_t i = 0; i < n; ++i)
        if (!std::isnan(values[i]))
            out.append(QPointF(steps[i] * xScale, values[i]));
    return out;
}

} // namespace Fts::Eval
