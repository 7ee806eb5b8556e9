// SPDX-License-Identifier: GPL-3.0-or-later
// One chart refresh of a 100k-step run: decimate what is visible to two points per pixel column and
// replace() the series (docs/PERFORMANCE.md, "Loss chart"). Run with QT_QPA_PLATFORM=offscreen.
#include "desktop/jobs/LossChartView.h"
#include "eval/metrics/EmaSmoother.h"
#include "eval/metrics/MetricDecimator.h"

#include <QApplication>
#include <QChart>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cmath>

using Kind = Fts::Eval::MetricPoint::Kind;

namespace {

Fts::Eval::MetricHistory makeRun(int steps)
{
    Fts::Eval::MetricHistory history;
    history.setTotalSteps(steps);
    history.setEpochCount(4);
    for (int step = 1; step <= steps; ++step) {
        Fts::Eval::MetricPoint point(step);
        const double hash = std::sin(step * 12.9898) * 43758.5453;
        const double noise = 0.3 * (hash - std::floor(hash) - 0.5);
        point.setValue(Kind::TrainLoss, 2 * std::exp(-step / 30000.0) + 0.1 + noise);
        point.setValue(Kind::TrainAccuracy, 0.9 - 0.4 * std::exp(-step / 30000.0) + noise / 5);
        point.setValue(Kind::ValidLoss, 2 * std::exp(-step / 30000.0) + 0.4 + noise);
        if (step % (steps / 4) == 0)
            point.setValue(Kind::FullValidLoss, 2 * std::exp(-step / 30000.0) + 0.4);
        history.merge(point);
    }
    return history;
}

struct ChartFixture
{
    Fts::Eval::MetricHistory history = makeRun(100000);
    Fts::LossChartView view;
    explicit ChartFixture(double smoothing, int pixelsPerBucket = 2)
    {
        view.setPixelsPerBucket(pixelsPerBucket);
        view.resize(1200, 600);
        view.setSmoothing(smoothing);
        view.setHistory(&history);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("The chart window was not exposed");
        view.refreshNow();
    }
};

/** Decimation alone: one 100k-point column to 1000 buckets. */
void BM_DecimateMinMax100k(benchmark::State &state)
{
    const auto history = makeRun(100000);
    for (auto _ : state) {
        auto points = Fts::Eval::MetricDecimator::minMax(history.steps(), history.column(Kind::TrainLoss), 0, 100000, 1000);
        benchmark::DoNotOptimize(points);
    }
}
BENCHMARK(BM_DecimateMinMax100k)->Unit(benchmark::kMillisecond);

/** EMA of one 100k-point column (recomputed only when the data or the slider changes). */
void BM_Ema100k(benchmark::State &state)
{
    const auto history = makeRun(100000);
    for (auto _ : state) {
        auto smoothed = Fts::Eval::EmaSmoother::smooth(history.column(Kind::TrainLoss), 0.6);
        benchmark::DoNotOptimize(smoothed);
    }
}
BENCHMARK(BM_Ema100k)->Unit(benchmark::kMillisecond);

/** A live refresh: a new step arrived, so EMA caches are stale; decimate 5 series and replace() them. */
void BM_ChartRefreshNewStep100k(benchmark::State &state)
{
    ChartFixture fixture(0.6);
    int step = 100000;
    for (auto _ : state) {
        Fts::Eval::MetricPoint point(++step);
        point.setValue(Kind::TrainLoss, 0.2);
        point.setValue(Kind::ValidLoss, 0.5);
        fixture.history.merge(point);
        fixture.view.refreshNow();
    }
}
BENCHMARK(BM_ChartRefreshNewStep100k)->Unit(benchmark::kMillisecond);

/** The same with one min/max bucket per pixel column (up to two points per pixel), for comparison. */
void BM_ChartRefreshNewStep100kOnePixelBuckets(benchmark::State &state)
{
    ChartFixture fixture(0.6, 1);
    int step = 100000;
    for (auto _ : state) {
        Fts::Eval::MetricPoint point(++step);
        point.setValue(Kind::TrainLoss, 0.2);
        point.setValue(Kind::ValidLoss, 0.5);
        fixture.history.merge(point);
        fixture.view.refreshNow();
    }
}
BENCHMARK(BM_ChartRefreshNewStep100kOnePixelBuckets)->Unit(benchmark::kMillisecond);

/** A zoom or pan: data unchanged, so only decimation and replace(). */
void BM_ChartRefreshZoom100k(benchmark::State &state)
{
    ChartFixture fixture(0.6);
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        fixture.view.zoomToSteps(flip ? 10000 : 20000, 90000);
    }
}
BENCHMARK(BM_ChartRefreshZoom100k)->Unit(benchmark::kMillisecond);

/** Refresh plus the repaint the user sees (raster, offscreen). */
void BM_ChartRefreshAndPaint100k(benchmark::State &state)
{
    ChartFixture fixture(0.6);
    int step = 100000;
    QImage target(fixture.view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        Fts::Eval::MetricPoint point(++step);
        point.setValue(Kind::TrainLoss, 0.2);
        fixture.history.merge(point);
        fixture.view.refreshNow();
        fixture.view.render(&target);
    }
}
BENCHMARK(BM_ChartRefreshAndPaint100k)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
