// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/LossChartCanvas.h"
#include "desktop/jobs/LossChartView.h"

#include "support/Screenshots.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLogValueAxis>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

using namespace Fts;
using Kind = Eval::MetricPoint::Kind;

namespace {

/** A run whose values are easy to check by eye: train = 1 + step/10000, valid = 2 + step/10000. */
Eval::MetricHistory linearRun(int steps, int epochs = 4)
{
    Eval::MetricHistory history;
    history.setTotalSteps(steps);
    history.setEpochCount(epochs);
    for (int step = 1; step <= steps; ++step) {
        Eval::MetricPoint point(step);
        point.setValue(Kind::TrainLoss, 1 + step / 10000.0);
        point.setValue(Kind::TrainAccuracy, 0.5 + step / 100000.0);
        if (step % 5 == 0)
            point.setValue(Kind::ValidLoss, 2 + step / 10000.0);
        history.merge(point);
    }
    return history;
}

/** A realistic run: noisy decreasing loss, validation turning up after the second epoch. */
Eval::MetricHistory overfittingRun(int steps, int epochs)
{
    Eval::MetricHistory history;
    history.setTotalSteps(steps);
    history.setEpochCount(epochs);
    const int perEpoch = steps / epochs;
    for (int step = 1; step <= steps; ++step) {
        Eval::MetricPoint point(step);
        // Deterministic pseudo-random noise, like a real per-batch loss.
        const double hash = std::sin(step * 12.9898) * 43758.5453;
        const double noise = 0.3 * (hash - std::floor(hash) - 0.5);
        point.setValue(Kind::TrainLoss, 1.9 * std::exp(-step / (0.35 * steps)) + 0.12 + noise);
        point.setValue(Kind::TrainAccuracy, 0.92 - 0.4 * std::exp(-step / (0.3 * steps)) + noise / 6);
        const double turn = 0.35 * steps;
        const double valid = step < turn ? 1.9 * std::exp(-step / (0.35 * steps)) + 0.45
                                         : 1.9 * std::exp(-turn / (0.35 * steps)) + 0.45 + (step - turn) / steps * 0.5;
        if (step % 10 == 0) {
            point.setValue(Kind::ValidLoss, valid + noise * 1.3);
            point.setValue(Kind::ValidAccuracy, 0.85 - 0.35 * std::exp(-step / (0.3 * steps)) + noise / 5);
        }
        if (step % perEpoch == 0) {
            point.setValue(Kind::FullValidLoss, valid);
            point.setValue(Kind::FullValidAccuracy, 0.84 - 0.35 * std::exp(-step / (0.3 * steps)));
        }
        history.merge(point);
    }
    for (int epoch = 2; epoch <= epochs; ++epoch) {
        Eval::CheckpointRecord checkpoint;
        checkpoint.step = epoch * perEpoch;
        checkpoint.id = QStringLiteral("ftckpt_%1").arg(checkpoint.step);
        checkpoint.modelName = QStringLiteral("ft:gpt-4o-mini-2024-07-18:clinic:triage:Bx7:ckpt-step-%1").arg(checkpoint.step);
        checkpoint.metrics = Eval::MetricPoint(checkpoint.step);
        history.mergeCheckpoint(checkpoint);
    }
    return history;
}

QPoint viewportPosition(LossChartView &view, double x, double y, QXYSeries *series)
{
    const QPointF chartPos = view.chart()->mapToPosition(QPointF(x, y), series);
    return view.canvas()->mapFromScene(view.chart()->mapToScene(chartPos));
}

} // namespace

class TestLossChartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hoverReadoutShowsExactValuesOfNearestStep();
    void hoverReadoutIncludesSmoothedValue();
    void decimatesHundredThousandStepsAndKeepsSpike();
    void wholeRunIsVisibleWhileRunning();
    void zoomPanAndResetRedecimateFromHistory();
    void dragSelectsRangeToZoom();
    void logScaleUsesLogAxisAndDropsNonPositive();
    void epochAxisConvertsSteps();
    void accuracyMetricShowsAccuracySeries();
    void liveUpdatesAreCoalescedAndReachSeries();
    void overfittingHintNamesBestCheckpoint();
    void exportsPngAndCsv();
    void overlaysSeveralRuns();
    void ticksFallOnRoundNumbers();
};

void TestLossChartView::hoverReadoutShowsExactValuesOfNearestStep()
{
    const Eval::MetricHistory history = linearRun(200);
    LossChartView view;
    view.resize(900, 520);
    view.setSmoothing(0);
    view.setHistory(&history);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refreshNow();
    QXYSeries *train = view.series(Kind::TrainLoss);
    QVERIFY(train);
    // Four pixels per step: the pointer lands on exactly one step.
    const QPoint pos = viewportPosition(view, 50, 1.005, train);
    QTest::mouseMove(view.canvas()->viewport(), pos);
    QTRY_VERIFY2(view.readoutText().contains(QStringLiteral("Step 50")), qPrintable(view.readoutText() + QStringLiteral(" at %1,%2").arg(pos.x()).arg(pos.y())));
    const QString text = view.readoutText();
    QVERIFY2(text.contains(QStringLiteral("Training loss 1.0050")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Validation loss 2.0050")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("epoch 1.00")), qPrintable(text));
    // Between steps with validation loss, the readout says it is missing instead of inventing a value.
    view.showReadoutAtStep(51);
    QVERIFY2(view.readoutText().contains(QStringLiteral("Validation loss –")), qPrintable(view.readoutText()));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("chartReadout"))->text().contains(QStringLiteral("Step 51")));
}

void TestLossChartView::hoverReadoutIncludesSmoothedValue()
{
    Eval::MetricHistory history;
    for (int step = 1; step <= 3; ++step) {
        Eval::MetricPoint point(step);
        point.setValue(Kind::TrainLoss, step == 2 ? 4.0 : 2.0);
        history.merge(point);
    }
    LossChartView view;
    view.setSmoothing(0.5);
    view.setHistory(&history);
    view.showReadoutAtStep(2);
    // Debiased EMA at step 2: (0.25*2 + 0.5*4) / 0.75 = 3.3333
    QVERIFY2(view.readoutText().contains(QStringLiteral("Training loss 4.0000 (smoothed 3.3333)")), qPrintable(view.readoutText()));
    QVERIFY(view.series(Kind::TrainLoss, true));
}

void TestLossChartView::decimatesHundredThousandStepsAndKeepsSpike()
{
    Eval::MetricHistory history = linearRun(100000);
    Eval::MetricPoint spike(54321);
    spike.setValue(Kind::TrainLoss, 25.0);
    history.merge(spike);
    LossChartView view;
    view.resize(1000, 500);
    view.setSmoothing(0);
    view.setHistory(&history);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refreshNow();
    QXYSeries *train = view.series(Kind::TrainLoss);
    const int width = int(view.chart()->plotArea().width());
    QVERIFY(width > 500);
    // A min/max pair per two pixel columns, plus both ends of the run.
    QVERIFY2(train->count() <= width + 4, qPrintable(QString::number(train->count())));
    QVERIFY(train->count() > width / 2);
    bool spikeKept = false;
    for (const QPointF &p : train->points())
        spikeKept = spikeKept || (p.x() == 54321 && p.y() == 25.0);
    QVERIFY(spikeKept);
    auto *axisY = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).first());
    QVERIFY(axisY->max() > 25.0);  // the spike is inside the plot, not clipped
}

void TestLossChartView::wholeRunIsVisibleWhileRunning()
{
    Eval::MetricHistory history = linearRun(300);
    history.setTotalSteps(1200);  // a quarter done
    LossChartView view;
    view.setHistory(&history);
    auto *axisX = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axisX->min(), 0.0);
    QCOMPARE(axisX->max(), 1200.0);
    QCOMPARE(view.series(Kind::TrainLoss)->points().first().x(), 1.0);  // from the very first step
}

void TestLossChartView::ticksFallOnRoundNumbers()
{
    Eval::MetricHistory history = linearRun(160);
    history.setTotalSteps(300);
    LossChartView view;
    view.setHistory(&history);
    auto isRound = [](double step) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
        const double factor = step / magnitude;
        return std::abs(factor - 1) < 1e-9 || std::abs(factor - 2) < 1e-9 || std::abs(factor - 2.5) < 1e-9
               || std::abs(factor - 5) < 1e-9;
    };
    auto *axisX = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axisX->tickType(), QValueAxis::TicksDynamic);
    QVERIFY(isRound(axisX->tickInterval()));
    QCOMPARE(axisX->tickInterval(), 50.0); // 0, 50, …, 300 rather than 0, 38, 75, 113…
    QCOMPARE(axisX->labelFormat(), QStringLiteral("%.0f"));
    auto *axisY = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).first());
    QCOMPARE(axisY->tickType(), QValueAxis::TicksDynamic);
    const double step = axisY->tickInterval();
    QVERIFY2(isRound(step), qPrintable(QString::number(step)));
    const double intervals = (axisY->max() - axisY->min()) / step;
    QVERIFY(intervals >= 3 && intervals <= 12);
    QVERIFY(std::abs(intervals - std::round(intervals)) < 1e-6); // the range ends on ticks
    QVERIFY(std::abs(axisY->min() / step - std::round(axisY->min() / step)) < 1e-6);
    for (const QPointF &point : view.series(Kind::TrainLoss)->points())
        QVERIFY(point.y() >= axisY->min() && point.y() <= axisY->max());
}

void TestLossChartView::zoomPanAndResetRedecimateFromHistory()
{
    const Eval::MetricHistory history = linearRun(100000);
    LossChartView view;
    view.resize(900, 500);
    view.setSmoothing(0);
    view.setHistory(&history);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.zoomToSteps(1000, 1100);
    QVERIFY(view.isZoomed());
    auto *axisX = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axisX->min(), 1000.0);
    QCOMPARE(axisX->max(), 1100.0);
    // Zoomed in far enough, every single step is drawn (plus one neighbour beyond each edge).
    QCOMPARE(view.series(Kind::TrainLoss)->count(), 101 + 2);
    view.canvas()->setFocus();
    QTest::keyClick(view.canvas(), Qt::Key_Right);
    QVERIFY(std::abs(axisX->min() - 1010.0) < 0.01);
    QTest::keyClick(view.canvas(), Qt::Key_Home);
    QVERIFY(!view.isZoomed());
    QCOMPARE(axisX->max(), 100000.0);
    // Panning never leaves the run.
    view.zoomToSteps(99000, 99900);
    QTest::keyClick(view.canvas(), Qt::Key_Right);
    QTest::keyClick(view.canvas(), Qt::Key_Right);
    QCOMPARE(axisX->max(), 100000.0);
}

void TestLossChartView::dragSelectsRangeToZoom()
{
    const Eval::MetricHistory history = linearRun(1000);
    LossChartView view;
    view.resize(900, 520);
    view.setHistory(&history);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refreshNow();
    QXYSeries *train = view.series(Kind::TrainLoss);
    const QPoint from = viewportPosition(view, 200, 1.05, train);
    const QPoint to = viewportPosition(view, 400, 1.05, train);
    QTest::mousePress(view.canvas()->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.canvas()->viewport(), to);
    QTest::mouseRelease(view.canvas()->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(view.isZoomed());
    const auto range = view.visibleSteps();
    QVERIFY2(std::abs(range.first - 200) < 3 && std::abs(range.second - 400) < 3,
             qPrintable(QStringLiteral("%1..%2").arg(range.first).arg(range.second)));
    QTest::mouseDClick(view.canvas()->viewport(), Qt::LeftButton, {}, from);
    QVERIFY(!view.isZoomed());
}

void TestLossChartView::logScaleUsesLogAxisAndDropsNonPositive()
{
    Eval::MetricHistory history = linearRun(100);
    Eval::MetricPoint zero(50);
    zero.setValue(Kind::TrainLoss, 0.0);
    history.merge(zero);
    LossChartView view;
    view.setSmoothing(0);
    view.setHistory(&history);
    view.findChild<QCheckBox *>(QStringLiteral("chartLogScale"))->setChecked(true);
    QVERIFY(view.logScale());
    QVERIFY(qobject_cast<QLogValueAxis *>(view.chart()->axes(Qt::Vertical).first()));
    QCOMPARE(view.series(Kind::TrainLoss)->count(), 99);
    view.setLogScale(false);
    QVERIFY(qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).first()));
    QCOMPARE(view.series(Kind::TrainLoss)->count(), 100);
}

void TestLossChartView::epochAxisConvertsSteps()
{
    const Eval::MetricHistory history = linearRun(1000, 4);
    LossChartView view;
    view.setSmoothing(0);
    view.setHistory(&history);
    view.setXAxis(LossChartView::XAxis::Epoch);
    auto *axisX = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axisX->max(), 4.0);
    QCOMPARE(axisX->titleText(), QStringLiteral("Epoch"));
    QCOMPARE(view.series(Kind::TrainLoss)->points().last().x(), 4.0);
    view.showReadoutAtStep(500);
    QVERIFY(view.readoutText().contains(QStringLiteral("epoch 2.00")));
}

void TestLossChartView::accuracyMetricShowsAccuracySeries()
{
    const Eval::MetricHistory history = linearRun(100);
    LossChartView view;
    view.setHistory(&history);
    view.findChild<QComboBox *>(QStringLiteral("chartMetric"))->setCurrentIndex(1);
    QCOMPARE(view.metric(), LossChartView::Metric::Accuracy);
    QVERIFY(view.series(Kind::TrainAccuracy));
    QVERIFY(!view.series(Kind::TrainLoss));
    QVERIFY(!view.series(Kind::ValidAccuracy));  // never reported in this run: no empty legend entry
    auto *axisY = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).first());
    QVERIFY(axisY->max() <= 1.0);
}

void TestLossChartView::liveUpdatesAreCoalescedAndReachSeries()
{
    Eval::MetricHistory history;
    history.setTotalSteps(500);
    LossChartView view;
    view.setSmoothing(0);
    view.setHistory(&history);
    QVERIFY(view.readoutText().isEmpty());
    QVERIFY(!view.series(Kind::TrainLoss));
    for (int step = 1; step <= 50; ++step) {
        Eval::MetricPoint point(step);
        point.setValue(Kind::TrainLoss, 1.0 / step);
        history.merge(point);
        view.scheduleRefresh();
    }
    QVERIFY(!view.series(Kind::TrainLoss));  // nothing drawn synchronously for each event
    QTRY_VERIFY(view.series(Kind::TrainLoss) && view.series(Kind::TrainLoss)->count() == 50);
    // Validation loss arrives later: its series appears then.
    Eval::MetricPoint validation(50);
    validation.setValue(Kind::ValidLoss, 0.9);
    history.merge(validation);
    view.scheduleRefresh();
    QTRY_VERIFY(view.series(Kind::ValidLoss) && view.series(Kind::ValidLoss)->count() == 1);
}

void TestLossChartView::overfittingHintNamesBestCheckpoint()
{
    const Eval::MetricHistory history = overfittingRun(2000, 5);
    LossChartView view;
    view.resize(1100, 620);
    view.setHistory(&history, QStringLiteral("triage"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refreshNow();
    auto *hint = view.findChild<QLabel *>(QStringLiteral("overfittingHint"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("ckpt-step-800")), qPrintable(hint->text()));
    QCOMPARE(view.overfittingHint(), hint->text());
    view.showReadoutAtStep(800);
    QVERIFY(view.readoutText().contains(QStringLiteral("Checkpoint: ft:gpt-4o-mini-2024-07-18:clinic:triage:Bx7:ckpt-step-800")));
    Fts::Test::Screenshots::save(view, QStringLiteral("dashboard-loss-chart-overfitting.png"));
}

void TestLossChartView::exportsPngAndCsv()
{
    const Eval::MetricHistory history = linearRun(40);
    LossChartView view;
    view.resize(700, 400);
    view.setHistory(&history);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(view.exportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 300);
    const QString csv = dir.filePath(QStringLiteral("series.csv"));
    QVERIFY(view.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("step,epoch,train_loss"));
    QCOMPARE(content.count('\n'), 41);
}

void TestLossChartView::overlaysSeveralRuns()
{
    const Eval::MetricHistory a = overfittingRun(1200, 3);
    const Eval::MetricHistory b = linearRun(900, 3);
    const Eval::MetricHistory c = overfittingRun(600, 2);
    LossChartView view;
    view.resize(1100, 600);
    view.setRuns({{QStringLiteral("lr 2.0"), &a, {}}, {QStringLiteral("lr 0.5"), &b, {}}, {QStringLiteral("2 epochs"), &c, {}}});
    QVERIFY(view.series(Kind::TrainLoss, true, 2));
    QCOMPARE(view.series(Kind::TrainLoss, true, 1)->pen().color(), LossChartView::runColor(1));
    QVERIFY(view.overfittingHint().isEmpty());  // the hint is about one run, not a comparison
    view.setXAxis(LossChartView::XAxis::Epoch);
    auto *axisX = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axisX->max(), 3.0);  // runs of different length line up by epoch
    view.showReadoutAtStep(600);
    const QString text = view.readoutText();
    QVERIFY2(text.contains(QStringLiteral("lr 0.5 (step 450)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 epochs (step 450)")), qPrintable(text));
}

QTEST_MAIN(TestLossChartView)
#include "TestLossChartView.moc"
