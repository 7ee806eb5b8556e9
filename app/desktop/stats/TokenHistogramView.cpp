// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stats/TokenHistogramView.h"

#include "desktop/NiceNumbers.h"
#include "desktop/ChartPalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Fts {

namespace {

/** A width of 1, 2 or 5 × 10^k giving about @p bins bins over [0, maximum]. */
qint64 roundBinWidth(qint64 maximum, int bins)
{
    const double width = NiceNumbers::roundUp(std::max(1.0, double(maximum) / bins), {1.0, 2.0, 5.0});
    return std::max<qint64>(1, std::llround(width));
}

} // namespace

TokenHistogramView::TokenHistogramView(QWidget *parent)
    : QChartView(parent)
    , m_upper(new QLineSeries(this))
    , m_area(new QAreaSeries(m_upper))
    , m_limitLine(new QLineSeries(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
{
    auto *chart = new QChart();
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setTitle(tr("Tokens per example"));

    m_area->setName(tr("Examples"));
    m_area->setColor(QColor(0x3b, 0x82, 0xc4, 170));
    m_area->setBorderColor(QColor(0x1f, 0x5f, 0x99));
    QPen limitPen(QColor(0xc6, 0x28, 0x28));
    limitPen.setWidthF(2);
    limitPen.setStyle(Qt::DashLine);
    m_limitLine->setPen(limitPen);
    m_limitLine->setName(tr("Limit per example"));

    chart->addSeries(m_area);
    chart->addSeries(m_limitLine);
    m_axisX->setTitleText(tr("Tokens per example"));
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("Examples"));
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_area), static_cast<QAbstractSeries *>(m_limitLine)}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    ChartPalette::apply(chart, palette());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    clear();
}

void TokenHistogramView::clear()
{
    m_binCounts.clear();
    m_binWidth = 0;
    m_upper->clear();
    m_limitLine->clear();
    m_axisX->setRange(0, 100);
    m_axisY->setRange(0, 1);
}

void TokenHistogramView::setData(const std::vector<qint64> &tokensPerExample, qint64 limit)
{
    if (tokensPerExample.empty()) {
        clear();
        return;
    }
    const qint64 largest = *std::max_element(tokensPerExample.begin(), tokensPerExample.end());
    // Show the limit when it is near the data; a limit 50 times beyond the longest example would flatten it.
    const bool showLimit = limit > 0 && limit <= largest * 2;
    const qint64 range = std::max(largest, showLimit ? limit : 0) + 1;
    m_binWidth = roundBinWidth(range, 30);
    const auto binCount = std::size_t((range + m_binWidth - 1) / m_binWidth);
    m_binCounts.assign(binCount, 0);
    for (qint64 tokens : tokensPerExample)
        ++m_binCounts[std::min(binCount - 1, std::size_t(std::max<qint64>(0, tokens) / m_binWidth))];

    QList<QPointF> steps;
    steps.reserve(qsizetype(binCount) * 2 + 2);
    qint64 highest = 0;
    for (std::size_t bin = 0; bin < binCount; ++bin) {
        const double left = double(bin) * double(m_binWidth);
        const auto height = double(m_binCounts[bin]);
        steps.append(QPointF(left, height));
        steps.append(QPointF(left + double(m_binWidth), height));
        highest = std::max(highest, m_binCounts[bin]);
    }
    m_upper->replace(steps);

    const double right = double(binCount) * double(m_binWidth);
    const double top = std::max<double>(1, double(highest) * 1.1);
    m_axisX->setRange(0, right);
    m_axisX->applyNiceNumbers();
    m_axisY->setRange(0, top);
    m_axisY->applyNiceNumbers();
    m_limitLine->clear();
    if (showLimit)
        m_limitLine->replace({QPointF(double(limit), 0), QPointF(double(limit), m_axisY->max())});
}

} // namespace Fts
