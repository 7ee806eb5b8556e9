// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include <vector>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace Fts {

/**
 * A histogram of tokens per example (QtCharts), with the model's per-example limit drawn as a red line so
 * that the examples about to be truncated stand out. Bins adapt to the data: about 30 of equal, round width.
 */
class TokenHistogramView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenHistogramView)
public:
    explicit TokenHistogramView(QWidget *parent = nullptr);

    /** Shows the distribution of @p tokensPerExample and the @p limit line (none when 0). */
    void setData(const std::vector<qint64> &tokensPerExample, qint64 limit);
    void clear();

    /** The counts per bin and the bin width of the last setData(), for tests and tooltips. */
    const std::vector<qint64> &binCounts() const { return m_binCounts; }
    qint64 binWidth() const { return m_binWidth; }

private:
    QLineSeries *m_upper;
    QAreaSeries *m_area;
    QLineSeries *m_limitLine;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    std::vector<qint64> m_binCounts;
    qint64 m_binWidth = 0;
};

} // namespace Fts
