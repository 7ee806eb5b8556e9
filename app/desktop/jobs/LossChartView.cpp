// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/LossChartView.h"

#include "desktop/NiceNumbers.h"
#include "desktop/ChartPalette.h"

#include "desktop/jobs/LossChartCanvas.h"
#include "eval/metrics/EmaSmoother.h"
#include "eval/metrics/MetricCsv.h"
#include "eval/metrics/MetricDecimator.h"
#include "eval/metrics/OverfitDetector.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QTextDocument>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Fts {

using Kind = Eval::MetricPoint::Kind;

namespace {

/** A step of 1, 2, 2.5 or 5 times a power of ten giving about @p ticks intervals over @p range. */
double niceTickStep(double range, int ticks)
{
    return NiceNumbers::roundUp(range / std::max(1, ticks), {1.0, 2.0, 2.5, 5.0});
}

/** Ticks at whole multiples of @p step, labelled with just the decimals the step needs. */
void applyTicks(QValueAxis *axis, double step)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(NiceNumbers::decimalsNeeded(step, 0)));
}


QColor metricColor(Kind kind)
{
    switch (kind) {
    case Kind::TrainLoss:
    case Kind::TrainAccuracy: return QColor(0x1f, 0x6f, 0xc5);
    case Kind::ValidLoss:
    case Kind::ValidAccuracy: return QColor(0xe8, 0x71, 0x0a);
    case Kind::FullValidLoss:
    case Kind::FullValidAccuracy: return QColor(0x2a, 0x9d, 0x3f);
    }
    return Qt::black;
}

bool isFull(Kind kind)
{
    return kind == Kind::FullValidLoss || kind == Kind::FullValidAccuracy;
}

Qt::PenStyle overlayStyle(Kind kind)
{
    if (kind == Kind::ValidLoss || kind == Kind::ValidAccuracy)
        return Qt::DashLine;
    if (isFull(kind))
        return Qt::DotLine;
    return Qt::SolidLine;
}

QString formatValue(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', 4);
}

} // namespace

LossChartView::LossChartView(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_chart->setBackgroundRoundness(0);
    m_canvas = new LossChartCanvas(m_chart, this);
    m_canvas->setObjectName(QStringLiteral("lossChartCanvas"));
    m_canvas->setMinimumSize(320, 220);

    m_refreshTimer.setSingleShot(true);
    // About eight redraws a second at most, however fast events arrive.
    m_refreshTimer.setInterval(120);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LossChartView::refreshNow);

    buildControls();

    connect(m_canvas, &LossChartCanvas::zoomRequested, this, [this](double from, double to) {
        if (to - from > 1e-9)
            applyZoom(from, to);
    });
    connect(m_canvas, &LossChartCanvas::wheelZoomRequested, this, [this](double centre, double factor) {
        const double from = centre - (centre - m_viewFrom) * factor;
        const double to = centre + (m_viewTo - centre) * factor;
        applyZoom(from, to);
    });
    connect(m_canvas, &LossChartCanvas::panRequested, this, [this](double delta) {
        applyZoom(m_viewFrom + delta, m_viewTo + delta);
    });
    connect(m_canvas, &LossChartCanvas::resetRequested, this, &LossChartView::resetZoom);
    connect(m_canvas, &LossChartCanvas::hovered, this, [this](QPointF value) {
        if (!m_runs.isEmpty())
            showReadoutAtStep(value.x() / xScale(0));
    });
    connect(m_canvas, &LossChartCanvas::hoverLeft, this, &LossChartView::hideCursor);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateMarkers();
        scheduleRefresh();
    });

    rebuildSeries();
}

LossChartView::~LossChartView() = default;

void LossChartView::buildControls()
{
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("chartMetric"));
    m_metricBox->addItem(tr("Loss"));
    m_metricBox->addItem(tr("Token accuracy"));
    m_metricBox->setToolTip(tr("What the chart shows: how wrong the model is (loss, lower is better) or how many "
                               "tokens it predicts exactly (accuracy, higher is better)."));
    connect(m_metricBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMetric(index == 1 ? Metric::Accuracy : Metric::Loss); });

    m_axisBox = new QComboBox(this);
    m_axisBox->setObjectName(QStringLiteral("chartXAxis"));
    m_axisBox->addItem(tr("By step"));
    m_axisBox->addItem(tr("By epoch"));
    m_axisBox->setToolTip(tr("An epoch is one pass over all training examples."));
    connect(m_axisBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setXAxis(index == 1 ? XAxis::Epoch : XAxis::Step); });

    m_logBox = new QCheckBox(tr("Log scale"), this);
    m_logBox->setObjectName(QStringLiteral("chartLogScale"));
    connect(m_logBox, &QCheckBox::toggled, this, &LossChartView::setLogScale);

    auto *smoothingCaption = new QLabel(tr("Smoothing"), this);
    m_smoothingSlider = new QSlider(Qt::Horizontal, this);
    m_smoothingSlider->setObjectName(QStringLiteral("chartSmoothing"));
    m_smoothingSlider->setRange(0, 99);
    m_smoothingSlider->setValue(int(std::lround(m_smoothing * 100)));
    m_smoothingSlider->setMaximumWidth(160);
    m_smoothingSlider->setToolTip(tr("Exponential moving average drawn over the faded raw curve; 0 shows the raw values only."));
    smoothingCaption->setBuddy(m_smoothingSlider);
    m_smoothingLabel = new QLabel(this);
    m_smoothingLabel->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0.00")) + 4);
    connect(m_smoothingSlider, &QSlider::valueChanged, this, [this](int value) { setSmoothing(value / 100.0); });

    m_resetButton = new QToolButton(this);
    m_resetButton->setObjectName(QStringLiteral("chartResetZoom"));
    m_resetButton->setText(tr("Whole run"));
    m_resetButton->setToolTip(tr("Show the whole run again (double click or Home on the chart). "
                                 "Drag across the chart to zoom into steps, use the wheel to zoom, "
                                 "right-drag or Shift+drag to pan."));
    connect(m_resetButton, &QToolButton::clicked, this, &LossChartView::resetZoom);

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("chartExport"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("Chart as PNG image…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("loss-chart.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });
    menu->addAction(tr("Series as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export series"), QStringLiteral("metrics.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export series"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });
    m_exportButton->setMenu(menu);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_metricBox);
    controls->addWidget(m_axisBox);
    controls->addWidget(m_logBox);
    controls->addSpacing(12);
    controls->addWidget(smoothingCaption);
    controls->addWidget(m_smoothingSlider);
    controls->addWidget(m_smoothingLabel);
    controls->addStretch();
    controls->addWidget(m_resetButton);
    controls->addWidget(m_exportButton);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("overfittingHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4300; border: 1px solid #e0c36a; "
                                         "border-radius: 4px; padding: 6px; }"));
    m_hint->hide();

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setMinimumHeight(QFontMetrics(font()).height() * 2);
    m_readout->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_hint);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_readout);
    m_smoothingLabel->setText(QLocale().toString(m_smoothing, 'f', 2));
}

QColor LossChartView::runColor(int index)
{
    static const QColor palette[] = {QColor(0x1f, 0x6f, 0xc5), QColor(0xd6, 0x3a, 0x2f), QColor(0x2a, 0x9d, 0x3f),
                                     QColor(0x8e, 0x44, 0xad), QColor(0xe8, 0x71, 0x0a), QColor(0x17, 0xa2, 0xb8),
                                     QColor(0x6d, 0x4c, 0x41), QColor(0xc2, 0x18, 0x5b)};
    return palette[index % (sizeof(palette) / sizeof(palette[0]))];
}

void LossChartView::setHistory(const Eval::MetricHistory *history, const QString &runName)
{
    if (!history) {
        setRuns({});
        return;
    }
    setRuns({Run{runName, history, QColor()}});
}

void LossChartView::setRuns(const QList<Run> &runs)
{
    m_runs = runs;
    for (int i = 0; i < m_runs.size(); ++i)
        if (!m_runs[i].color.isValid())
            m_runs[i].color = runColor(i);
    m_smoothCache.assign(m_runs.size(), std::vector<SmoothCache>(Eval::MetricPoint::KindCount));
    // An overlay reads one line per run: keep room for all of them so none is cut off.
    m_readout->setMinimumHeight(QFontMetrics(font()).height() * (m_runs.size() > 1 ? int(m_runs.size()) + 1 : 2));
    m_zoomed = false;
    m_hintRevision = ~0ull;
    m_cursorStep = -1;
    rebuildSeries();
    refreshNow();
}

void LossChartView::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    const QSignalBlocker blocker(m_metricBox);
    m_metricBox->setCurrentIndex(metric == Metric::Accuracy ? 1 : 0);
    rebuildSeries();
    refreshNow();
}

void LossChartView::setXAxis(XAxis axis)
{
    if (axis == m_xAxis)
        return;
    // Keep the same steps in view: convert the visible range to the other unit.
    const double oldScale = xScale(0);
    m_xAxis = axis;
    const double newScale = xScale(0);
    m_viewFrom = m_viewFrom / oldScale * newScale;
    m_viewTo = m_viewTo / oldScale * newScale;
    const QSignalBlocker blocker(m_axisBox);
    m_axisBox->setCurrentIndex(axis == XAxis::Epoch ? 1 : 0);
    rebuildSeries();
    refreshNow();
}

void LossChartView::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    const QSignalBlocker blocker(m_logBox);
    m_logBox->setChecked(on);
    rebuildSeries();
    refreshNow();
}

void LossChartView::setSmoothing(double weight)
{
    weight = std::clamp(weight, 0.0, 0.99);
    if (std::abs(weight - m_smoothing) < 1e-9)
        return;
    const bool structural = (weight == 0) != (m_smoothing == 0);
    m_smoothing = weight;
    {
        const QSignalBlocker blocker(m_smoothingSlider);
        m_smoothingSlider->setValue(int(std::lround(weight * 100)));
    }
    m_smoothingLabel->setText(QLocale().toString(weight, 'f', 2));
    if (structural)
        rebuildSeries();
    refreshNow();
}

double LossChartView::xScale(int run) const
{
    if (m_xAxis == XAxis::Step || run >= m_runs.size() || !m_runs[run].history)
        return 1.0;
    const double perEpoch = m_runs[run].history->stepsPerEpoch();
    return perEpoch > 0 ? 1.0 / perEpoch : 1.0;
}

double LossChartView::runStartStep() const
{
    return 0;
}

double LossChartView::runEndStep() const
{
    // In x-axis units: the planned end of the longest run, so a running job shows how far it has come.
    double end = 0;
    for (int i = 0; i < m_runs.size(); ++i) {
        const Eval::MetricHistory *history = m_runs[i].history;
        if (!history)
            continue;
        end = std::max(end, std::max(history->lastStep(), history->totalSteps()) * xScale(i));
    }
    return end > 0 ? end : 1;
}

void LossChartView::applyZoom(double from, double to)
{
    const double fullFrom = runStartStep();
    const double fullTo = runEndStep();
    const double minimumWidth = m_xAxis == XAxis::Epoch ? 0.01 : 4;
    if (to - from < minimumWidth) {
        const double centre = (from + to) / 2;
        from = centre - minimumWidth / 2;
        to = centre + minimumWidth / 2;
    }
    // Never pan beyond the run: shift the window back inside it.
    const double width = std::min(to - from, fullTo - fullFrom);
    from = std::clamp(from, fullFrom, fullTo - width);
    to = from + width;
    m_zoomed = !(from <= fullFrom + 1e-9 && to >= fullTo - 1e-9);
    m_viewFrom = from;
    m_viewTo = to;
    refreshNow();
}

void LossChartView::zoomToSteps(double fromStep, double toStep)
{
    applyZoom(fromStep * xScale(0), toStep * xScale(0));
}

void LossChartView::resetZoom()
{
    m_zoomed = false;
    refreshNow();
}

void LossChartView::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QList<Kind> LossChartView::kindsForMetric() const
{
    if (m_metric == Metric::Accuracy)
        return {Kind::TrainAccuracy, Kind::ValidAccuracy, Kind::FullValidAccuracy};
    return {Kind::TrainLoss, Kind::ValidLoss, Kind::FullValidLoss};
}

void LossChartView::clearMarkers()
{
    qDeleteAll(m_markerLines);
    qDeleteAll(m_markerLabels);
    m_markerLines.clear();
    m_markerLabels.clear();
}

void LossChartView::rebuildSeries()
{
    clearMarkers();
    delete m_cursorLine;
    m_cursorLine = nullptr;
    m_slots.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    auto *axisX = new QValueAxis;
    axisX->setTitleText(m_xAxis == XAxis::Epoch ? tr("Epoch") : tr("Step"));
    axisX->setLabelFormat(m_xAxis == XAxis::Epoch ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axisX->setTickCount(9);
    m_axisX = axisX;
    const QString yTitle = m_metric == Metric::Loss ? tr("Loss") : tr("Token accuracy");
    if (m_logScale) {
        auto *axisY = new QLogValueAxis;
        axisY->setBase(10);
        axisY->setLabelFormat(QStringLiteral("%g"));
        axisY->setMinorTickCount(8);
        axisY->setTitleText(yTitle + tr(" (log)"));
        m_axisY = axisY;
    } else {
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%.2f"));
        axisY->setTickCount(7);
        axisY->setTitleText(yTitle);
        m_axisY = axisY;
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    ChartPalette::apply(m_chart, palette());

    const bool overlay = m_runs.size() > 1;
    for (int r = 0; r < m_runs.size(); ++r) {
        const Eval::MetricHistory *history = m_runs[r].history;
        if (!history)
            continue;
        for (Kind kind : kindsForMetric()) {
            // A metric the provider never reported for this run gets no legend entry.
            if (history->countOf(kind) == 0)
                continue;
            const QColor base = overlay ? m_runs[r].color : metricColor(kind);
            const QString name = overlay ? m_runs[r].name + QStringLiteral(" · ") + Eval::MetricPoint::displayName(kind)
                                         : Eval::MetricPoint::displayName(kind);
            if (isFull(kind)) {
                auto *series = new QLineSeries;
                series->setName(name);
                QPen pen(base, 2, overlay ? Qt::DotLine : Qt::SolidLine);
                series->setPen(pen);
                series->setPointsVisible(true);
                series->setMarkerSize(8);
                m_chart->addSeries(series);
                series->attachAxis(m_axisX);
                series->attachAxis(m_axisY);
                m_slots.append(SeriesSlot{r, kind, false, true, series});
                continue;
            }
            const bool smoothing = m_smoothing > 0;
            auto *raw = new QLineSeries;
            raw->setName(name);
            QColor rawColor = base;
            if (smoothing)
                rawColor.setAlpha(overlay ? 45 : 70);
            raw->setPen(QPen(rawColor, smoothing ? 1 : 1.5, overlay ? overlayStyle(kind) : Qt::SolidLine));
            m_chart->addSeries(raw);
            raw->attachAxis(m_axisX);
            raw->attachAxis(m_axisY);
            m_slots.append(SeriesSlot{r, kind, false, false, raw});
            if (smoothing) {
                auto *smooth = new QLineSeries;
                smooth->setName(name);
                smooth->setPen(QPen(base, 2, overlay ? overlayStyle(kind) : Qt::SolidLine));
                m_chart->addSeries(smooth);
                smooth->attachAxis(m_axisX);
                smooth->attachAxis(m_axisY);
                m_slots.append(SeriesSlot{r, kind, true, false, smooth});
                // One legend entry per metric: the smoothed line stands for both.
                const auto markers = m_chart->legend()->markers(raw);
                for (QLegendMarker *marker : markers)
                    marker->setVisible(false);
            }
        }
    }

    m_cursorLine = new QGraphicsLineItem(m_chart);
    m_cursorLine->setPen(QPen(QColor(0x44, 0x44, 0x44, 160), 1, Qt::DashLine));
    m_cursorLine->setZValue(20);
    m_cursorLine->hide();
    Q_EMIT viewChanged();
}

const std::vector<double> &LossChartView::smoothedColumn(int run, Kind kind)
{
    SmoothCache &cache = m_smoothCache[run][static_cast<size_t>(kind)];
    const Eval::MetricHistory *history = m_runs[run].history;
    if (cache.revision != history->revision() || cache.weight != m_smoothing) {
        Eval::EmaSmoother::smoothInto(history->column(kind), m_smoothing, cache.values);
        cache.revision = history->revision();
        cache.weight = m_smoothing;
    }
    return cache.values;
}

void LossChartView::refreshNow()
{
    m_refreshTimer.stop();
    // A metric that appears for the first time (validation loss after the first eval) needs its series.
    bool missing = false;
    for (int r = 0; r < m_runs.size() && !missing; ++r) {
        if (!m_runs[r].history)
            continue;
        for (Kind kind : kindsForMetric()) {
            const bool hasSlot = std::any_of(m_slots.begin(), m_slots.end(),
                                             [&](const SeriesSlot &s) { return s.run == r && s.kind == kind; });
            if (!hasSlot && m_runs[r].history->countOf(kind) > 0) {
                missing = true;
                break;
            }
        }
    }
    if (missing)
        rebuildSeries();

    if (!m_zoomed) {
        m_viewFrom = runStartStep();
        m_viewTo = runEndStep();
    }
    const QRectF plot = m_chart->plotArea();
    const int pixels = plot.width() > 10 ? int(plot.width()) : 800;
    // QtCharts strokes every line into a hit-test shape on replace(), so points cost time even off screen.
    // Raw curves get one min/max bucket per pixel pair, which keeps every spike at screen resolution; a
    // smoothed curve has no spikes to keep, so a bucket per four pixels draws it just as faithfully.
    const int rawBuckets = std::max(50, pixels / m_pixelsPerBucket);
    const int smoothBuckets = std::max(50, pixels / 4);

    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();
    for (const SeriesSlot &slot : std::as_const(m_slots)) {
        const Eval::MetricHistory *history = m_runs[slot.run].history;
        const double scale = xScale(slot.run);
        const std::vector<double> &values = slot.smoothed ? smoothedColumn(slot.run, slot.kind) : history->column(slot.kind);
        QList<QPointF> points = slot.sparse ? Eval::MetricDecimator::present(history->steps(), values, scale)
                                            : Eval::MetricDecimator::minMax(history->steps(), values, m_viewFrom / scale,
                                                                            m_viewTo / scale,
                                                                            slot.smoothed ? smoothBuckets : rawBuckets, scale);
        if (m_logScale)
            points.removeIf([](const QPointF &p) { return p.y() <= 0; });
        for (const QPointF &p : std::as_const(points)) {
            if (p.x() < m_viewFrom || p.x() > m_viewTo)
                continue;
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        slot.series->replace(points);
    }

    m_axisX->setRange(m_viewFrom, m_viewTo);
    if (!std::isfinite(yMin)) {
        yMin = m_metric == Metric::Loss ? 0.1 : 0;
        yMax = 1;
    }
    if (m_logScale) {
        m_axisY->setRange(yMin / 1.15, yMax * 1.15);
    } else {
        double pad = (yMax - yMin) * 0.06;
        if (pad <= 0)
            pad = std::max(0.05, std::abs(yMax) * 0.1);
        double low = yMin - pad;
        double high = yMax + pad;
        // Loss and accuracy are never negative; accuracy never exceeds 1.
        low = std::max(0.0, low);
        if (m_metric == Metric::Accuracy && yMax <= 1.0)
            high = std::min(1.0, high);
        // Round ticks (0.25, 0.50…) read better than 0.42, 0.84: widen the range to whole steps.
        const double step = niceTickStep(high - low, 6);
        low = std::floor(low / step + 1e-9) * step;
        high = std::ceil(high / step - 1e-9) * step;
        applyTicks(static_cast<QValueAxis *>(m_axisY), step);
        m_axisY->setRange(low, high);
    }
    applyTicks(static_cast<QValueAxis *>(m_axisX),
               std::max(m_xAxis == XAxis::Epoch ? 0.1 : 1.0, niceTickStep(m_viewTo - m_viewFrom, 8)));
    m_resetButton->setEnabled(m_zoomed);
    updateMarkers();
    updateHint();
    if (m_cursorStep >= 0)
        showReadoutAtStep(m_cursorStep);
    else if (m_runs.isEmpty() || !m_runs.first().history || m_runs.first().history->isEmpty())
        m_readout->setText(tr("Waiting for the first training step…"));
    else if (m_readoutText.isEmpty())
        m_readout->setText(tr("Hover over the chart to read exact values."));
}

void LossChartView::updateMarkers()
{
    clearMarkers();
    if (m_runs.size() != 1 || !m_runs.first().history || m_slots.isEmpty())
        return;
    const Eval::MetricHistory &history = *m_runs.first().history;
    const QRectF plot = m_chart->plotArea();
    if (plot.width() < 10)
        return;
    const double scale = xScale(0);
    QXYSeries *anchor = m_slots.first().series;
    const double yAny = m_logScale ? static_cast<QLogValueAxis *>(m_axisY)->min() : static_cast<QValueAxis *>(m_axisY)->min();
    const auto xPixel = [&](double step) { return m_chart->mapToPosition(QPointF(step * scale, yAny), anchor).x(); };

    const QList<int> epochEnds = history.epochEndSteps();
    const double pxPerEpoch = epochEnds.size() >= 2 ? xPixel(epochEnds[1]) - xPixel(epochEnds[0]) : plot.width();
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    int epoch = 0;
    for (int end : epochEnds) {
        ++epoch;
        const double x = xPixel(end);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
            continue;
        auto *line = new QGraphicsLineItem(x, plot.top(), x, plot.bottom(), m_chart);
        line->setPen(QPen(QColor(0x88, 0x88, 0x88, 150), 1, Qt::DashLine));
        line->setZValue(5);
        m_markerLines.append(line);
        if (pxPerEpoch >= 60) {
            auto *label = new QGraphicsSimpleTextItem(tr("Epoch %1").arg(epoch), m_chart);
            label->setFont(labelFont);
            label->setBrush(QColor(0x66, 0x66, 0x66));
            label->setPos(x - label->boundingRect().width() - 3, plot.top() + 2);
            label->setZValue(6);
            m_markerLabels.append(label);
        }
    }
    for (const Eval::CheckpointRecord &checkpoint : history.checkpoints()) {
        const double x = xPixel(checkpoint.step);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
            continue;
        auto *line = new QGraphicsLineItem(x, plot.top() + 16, x, plot.bottom(), m_chart);
        line->setPen(QPen(QColor(0x8e, 0x44, 0xad, 200), 1.5));
        line->setZValue(6);
        line->setToolTip(checkpoint.modelName);
        m_markerLines.append(line);
        auto *label = new QGraphicsSimpleTextItem(QStringLiteral("◆"), m_chart);
        label->setFont(labelFont);
        label->setBrush(QColor(0x8e, 0x44, 0xad));
        label->setPos(x - label->boundingRect().width() / 2, plot.top() + 2);
        label->setToolTip(tr("Checkpoint at step %1: %2").arg(checkpoint.step).arg(checkpoint.modelName));
        label->setZValue(7);
        m_markerLabels.append(label);
    }
}

void LossChartView::updateHint()
{
    if (m_runs.size() != 1 || !m_runs.first().history) {
        m_hintText.clear();
        m_hint->hide();
        return;
    }
    const Eval::MetricHistory &history = *m_runs.first().history;
    if (history.revision() == m_hintRevision)
        return;
    // A trend over hundreds of steps does not change at the chart's frame rate: judge it every two seconds.
    if (m_hintRevision != ~0ull && m_hintClock.isValid() && m_hintClock.elapsed() < 2000) {
        QTimer::singleShot(2000 - m_hintClock.elapsed(), this, &LossChartView::updateHint);
        return;
    }
    m_hintClock.start();
    m_hintRevision = history.revision();
    m_hintText = Eval::OverfitDetector::assess(history).message;
    m_hint->setText(m_hintText);
    m_hint->setVisible(!m_hintText.isEmpty());
}

QString LossChartView::overfittingHint() const
{
    return m_hintText;
}

void LossChartView::showReadoutAtStep(double step)
{
    if (m_runs.isEmpty() || !m_runs.first().history || m_runs.first().history->isEmpty()) {
        hideCursor();
        return;
    }
    const QLocale locale;
    QStringList parts;
    const Eval::MetricHistory &first = *m_runs.first().history;
    const int firstIndex = first.nearestIndex(step);
    const int shownStep = first.steps()[firstIndex];
    QString heading = tr("Step %1").arg(locale.toString(shownStep));
    if (first.stepsPerEpoch() > 0)
        heading += tr(" · epoch %1").arg(locale.toString(first.epochAtStep(shownStep), 'f', 2));
    parts.append(QStringLiteral("<b>%1</b>").arg(heading));

    const bool overlay = m_runs.size() > 1;
    for (int r = 0; r < m_runs.size(); ++r) {
        const Eval::MetricHistory *history = m_runs[r].history;
        if (!history || history->isEmpty())
            continue;
        // In an overlay every run is read at the same x, which is a different step per run on the epoch axis.
        const double runStep = step * xScale(0) / xScale(r);
        const int index = history->nearestIndex(runStep);
        QStringList values;
        for (Kind kind : kindsForMetric()) {
            if (history->countOf(kind) == 0)
                continue;
            const double raw = history->column(kind)[index];
            if (isFull(kind) && std::isnan(raw))
                continue;
            QString text = Eval::MetricPoint::displayName(kind) + QStringLiteral(" ") + formatValue(raw);
            if (m_smoothing > 0 && !isFull(kind) && !std::isnan(raw))
                text += tr(" (smoothed %1)").arg(formatValue(smoothedColumn(r, kind)[index]));
            values.append(text);
        }
        if (overlay)
            parts.append(QStringLiteral("<span style=\"color:%1\">■</span> %2 (step %3): %4")
                             .arg(m_runs[r].color.name(), m_runs[r].name.toHtmlEscaped(),
                                  locale.toString(history->steps()[index]), values.join(QStringLiteral(" · ")).toHtmlEscaped()));
        else
            parts.append(values.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    for (const Eval::CheckpointRecord &checkpoint : first.checkpoints())
        if (checkpoint.step == shownStep)
            parts.append(tr("Checkpoint: %1").arg(checkpoint.modelName).toHtmlEscaped());

    const QString html = parts.join(overlay ? QStringLiteral("<br>") : QStringLiteral(" — "));
    m_readout->setText(html);
    m_readoutText = m_readout->text();
    m_cursorStep = shownStep;
    updateCursor(shownStep);
    Q_EMIT readoutChanged(readoutText());
}

QString LossChartView::readoutText() const
{
    QTextDocument document;
    document.setHtml(m_readoutText);
    return document.toPlainText();
}

void LossChartView::updateCursor(double step)
{
    if (!m_cursorLine || m_slots.isEmpty())
        return;
    const QRectF plot = m_chart->plotArea();
    const double yAny = m_logScale ? static_cast<QLogValueAxis *>(m_axisY)->min() : static_cast<QValueAxis *>(m_axisY)->min();
    const double x = m_chart->mapToPosition(QPointF(step * xScale(0), yAny), m_slots.first().series).x();
    if (x < plot.left() || x > plot.right()) {
        m_cursorLine->hide();
        return;
    }
    m_cursorLine->setLine(x, plot.top(), x, plot.bottom());
    m_cursorLine->show();
}

void LossChartView::hideCursor()
{
    m_cursorStep = -1;
    if (m_cursorLine)
        m_cursorLine->hide();
}

QXYSeries *LossChartView::series(Kind kind, bool smoothed, int runIndex) const
{
    for (const SeriesSlot &slot : m_slots)
        if (slot.kind == kind && slot.smoothed == smoothed && slot.run == runIndex)
            return slot.series;
    return nullptr;
}

bool LossChartView::exportPng(const QString &path) const
{
    return m_canvas->grab().save(path, "PNG");
}

bool LossChartView::exportCsv(const QString &path) const
{
    if (m_runs.isEmpty() || !m_runs.first().history)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(Eval::MetricCsv::write(*m_runs.first().history)) >= 0 && file.flush();
}

} // namespace Fts
