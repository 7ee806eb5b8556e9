// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace Fts::Eval {

/**
 * Reduces a long series to what a chart can show: the visible step range is cut into buckets (about two
 * per pixel column) and each bucket keeps its minimum and maximum in step order, so a one-step loss spike
 * survives while 100k points become a few thousand. Missing values (NaN) are skipped, not drawn as zero.
 */
class MetricDecimator
{
public:
    /**
     * @p steps must be ascending. Points in [fromStep, toStep] are bucketed into @p bucketCount buckets;
     * the nearest point on each side outside the range is kept so the line runs to the plot edges.
     * The x of each output point is step * @p xScale (step → epoch); the y is the value.
     */
    static QList<QPointF> minMax(const std::vector<int> &steps, const std::vector<double> &values,
                                 double fromStep, double toStep, int bucketCount, double xScale = 1.0);

    /** Every present value in range, undecimated, for sparse series such as full validation loss. */
    static QList<QPointF> present(const std::vector<int> &steps, const std::vector<double> &values,
                                  double xScale = 1.0);
};

} // namespace Fts::Eval
