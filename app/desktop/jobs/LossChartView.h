// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/metrics/MetricHistory.h"

#include <QColor>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <vector>

class QAbstractAxis;
class QCheckBox;
class QComboBox;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QSlider;
class QToolButton;
class QChart;
class QLineSeries;
class QScatterSeries;
class QXYSeries;

namespace Fts {

class LossChartCanvas;

/**
 * Training curves done right: training and validation loss per step, full validation loss per epoch, or
 * token accuracy; an EMA smoothing slider drawn over the faded raw curve; log-scale y; step or epoch x;
 * zoom (drag, wheel, keys), pan, reset; a hover readout of the exact values; epoch and checkpoint markers;
 * the whole run visible by default; the overfitting hint; PNG and CSV export. Several runs can be
 * overlaid, each in its own colour.
 *
 * The view never copies the history into QtCharts: every refresh decimates what is visible to two points
 * per pixel column (min/max per bucket) and pushes it with replace(). Refreshes are coalesced.
 */
class LossChartView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LossChartView)
public:
    enum class Metric { Loss, Accuracy };
    enum class XAxis { Step, Epoch };

    /** One run on the chart; the history must outlive the view or be removed with setRuns() first. */
    struct Run
    {
        QString name;
        const Eval::MetricHistory *history = nullptr;
        QColor color;
    };

    explicit LossChartView(QWidget *parent = nullptr);
    ~LossChartView() override;

    /** Shows one run (metric colours); an empty name keeps the legend to the metric names. */
    void setHistory(const Eval::MetricHistory *history, const QString &runName = {});
    /** Overlays several runs (one colour per run, metric by line style). */
    void setRuns(const QList<Run> &runs);
    QList<Run> runs() const { return m_runs; }

    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    void setXAxis(XAxis axis);
    XAxis xAxis() const { return m_xAxis; }
    void setLogScale(bool on);
    bool logScale() const { return m_logScale; }
    /** 0 draws the raw curves only; up to 0.99. */
    void setSmoothing(double weight);
    double smoothing() const { return m_smoothing; }

    /** Zooms to steps [fromStep, toStep]; the view stays there while new points arrive. */
    void zoomToSteps(double fromStep, double toStep);
    void resetZoom();
    bool isZoomed() const { return m_zoomed; }
    /** The visible step range. */
    QPair<double, double> visibleSteps() const { return {m_viewFrom, m_viewTo}; }

    /** Asks for a redraw soon; many calls in a burst draw once. */
    void scheduleRefresh();
    /** Redraws now: decimate visible data and replace() the series. */
    void refreshNow();

    /** The readout for the step nearest to @p step, as shown when hovering there. */
    void showReadoutAtStep(double step);
    QString readoutText() const;
    QString overfittingHint() const;

    bool exportPng(const QString &path) const;
    /** Our CSV of the first run: every step, every metric, the epoch. */
    bool exportCsv(const QString &path) const;

    QChart *chart() const { return m_chart; }
    LossChartCanvas *canvas() const { return m_canvas; }
    /** The series drawn for @p kind of run @p runIndex (raw or smoothed), for tests and benchmarks. */
    QXYSeries *series(Eval::MetricPoint::Kind kind, bool smoothed = false, int runIndex = 0) const;

    static QColor runColor(int index);
    /** Pixel columns per min/max bucket of a raw curve (2 by default); benchmarks compare settings. */
    void setPixelsPerBucket(int pixels) { m_pixelsPerBucket = std::max(1, pixels); }

Q_SIGNALS:
    void readoutChanged(const QString &text);
    void viewChanged();

private:
    struct SeriesSlot
    {
        int run = 0;
        Eval::MetricPoint::Kind kind;
        bool smoothed = false;
        bool sparse = false;
        QXYSeries *series = nullptr;
    };
    struct SmoothCache
    {
        quint64 revision = ~0ull;
        double weight = -1;
        std::vector<double> values;
    };

    void buildControls();
    void rebuildSeries();
    void updateMarkers();
    void updateHint();
    void clearMarkers();
    double xScale(int run = 0) const;
    double runEndStep() const;
    double runStartStep() const;
    void applyZoom(double fromStep, double toStep);
    const std::vector<double> &smoothedColumn(int run, Eval::MetricPoint::Kind kind);
    QList<Eval::MetricPoint::Kind> kindsForMetric() const;
    void updateCursor(double step);
    void hideCursor();

    QChart *m_chart = nullptr;
    LossChartCanvas *m_canvas = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_axisBox = nullptr;
    QCheckBox *m_logBox = nullptr;
    QSlider *m_smoothingSlider = nullptr;
    QLabel *m_smoothingLabel = nullptr;
    QToolButton *m_resetButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_readout = nullptr;
    QLabel *m_hint = nullptr;

    QList<Run> m_runs;
    QList<SeriesSlot> m_slots;
    QList<QGraphicsLineItem *> m_markerLines;
    QList<QGraphicsSimpleTextItem *> m_markerLabels;
    QGraphicsLineItem *m_cursorLine = nullptr;
    QAbstractAxis *m_axisX = nullptr;
    QAbstractAxis *m_axisY = nullptr;
    std::vector<std::vector<SmoothCache>> m_smoothCache;

    Metric m_metric = Metric::Loss;
    XAxis m_xAxis = XAxis::Step;
    bool m_logScale = false;
    double m_smoothing = 0.6;
    bool m_zoomed = false;
    double m_viewFrom = 0;
    double m_viewTo = 1;
    double m_cursorStep = -1;
    int m_pixelsPerBucket = 2;
    quint64 m_hintRevision = ~0ull;
    QElapsedTimer m_hintClock;
    QString m_readoutText;
    QString m_hintText;
    QTimer m_refreshTimer;
};

} // namespace Fts
