// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/MetricCsv.h"
#include "eval/metrics/MetricHistory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Fts::Eval;
using Kind = MetricPoint::Kind;

namespace {

QJsonObject metricsEvent(int step, double trainLoss, qint64 createdAt, double validLoss = NAN)
{
    QJsonObject data{{QStringLiteral("step"), step},
                     {QStringLiteral("train_loss"), trainLoss},
                     {QStringLiteral("total_steps"), 300}};
    if (!std::isnan(validLoss))
        data.insert(QStringLiteral("valid_loss"), validLoss);
    return {{QStringLiteral("object"), QStringLiteral("fine_tuning.job.event")},
            {QStringLiteral("id"), QStringLiteral("ftevent-%1").arg(step)},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("level"), QStringLiteral("info")},
            {QStringLiteral("message"), QStringLiteral("Step %1/300: training loss=%2").arg(step).arg(trainLoss)},
            {QStringLiteral("type"), QStringLiteral("metrics")},
            {QStringLiteral("data"), data}};
}

/** A page as the API returns it: newest first. */
QJsonArray page(int newestStep, int count)
{
    QJsonArray events;
    for (int step = newestStep; step > newestStep - count && step > 0; --step)
        events.append(metricsEvent(step, 3.0 / step, 1700000000 + step));
    return events;
}

} // namespace

class TestMetricHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overlappingEventPagesAreDeduplicated();
    void pagesArrivingOutOfOrderEndSortedByStep();
    void eventsLogIsOrderedByTimeAndKeepsMessages();
    void laterReportFillsMissingValuesOfSameStep();
    void checkpointsMergeMetricsAndAreNotDuplicated();
    void resultCsvCompletesEventHistory();
    void epochsComeFromTotalStepsAndEpochCount();
    void epochsFallBackToFullValidationSpacing();
    void nearestIndexPicksClosestStep();
    void dirtyRangeTracksInsertions();
    void metricPointIgnoresNonFiniteValues();
};

void TestMetricHistory::overlappingEventPagesAreDeduplicated()
{
    MetricHistory history;
    QCOMPARE(history.mergeEventPage(page(20, 20)), 20);
    // Polling again returns the newest page, which overlaps what we have by 15 events.
    QCOMPARE(history.mergeEventPage(page(25, 20)), 5);
    QCOMPARE(history.mergeEventPage(page(25, 20)), 0);
    QCOMPARE(history.size(), 25);
    QCOMPARE(history.events().size(), 25);
    QCOMPARE(history.totalSteps(), 300);
    QCOMPARE(history.column(Kind::TrainLoss)[24], 3.0 / 25);
}

void TestMetricHistory::pagesArrivingOutOfOrderEndSortedByStep()
{
    MetricHistory history;
    history.mergeEventPage(page(60, 20));  // steps 41..60
    history.mergeEventPage(page(20, 20));  // steps 1..20, older page fetched later (pagination with after=)
    history.mergeEventPage(page(40, 20));  // the gap
    QCOMPARE(history.size(), 60);
    const auto &steps = history.steps();
    for (int i = 0; i < 60; ++i)
        QCOMPARE(steps[i], i + 1);
    QCOMPARE(history.column(Kind::TrainLoss)[0], 3.0);
    QCOMPARE(history.column(Kind::TrainLoss)[59], 3.0 / 60);
}

void TestMetricHistory::eventsLogIsOrderedByTimeAndKeepsMessages()
{
    MetricHistory history;
    QJsonArray newestFirst;
    newestFirst.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("ftevent-b")},
                                   {QStringLiteral("created_at"), 1700000010},
                                   {QStringLiteral("level"), QStringLiteral("error")},
                                   {QStringLiteral("message"), QStringLiteral("Job failed")}});
    newestFirst.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("ftevent-a")},
                                   {QStringLiteral("created_at"), 1700000000},
                                   {QStringLiteral("level"), QStringLiteral("warn")},
                                   {QStringLiteral("message"), QStringLiteral("Validating training file")}});
    QCOMPARE(history.mergeEventPage(newestFirst), 2);
    QCOMPARE(history.events().size(), 2);
    QCOMPARE(history.events()[0].message, QStringLiteral("Validating training file"));
    QCOMPARE(history.events()[0].level, RunEvent::Level::Warning);
    QCOMPARE(history.events()[1].level, RunEvent::Level::Error);
    QVERIFY(history.isEmpty());  // message events carry no metrics
}

void TestMetricHistory::laterReportFillsMissingValuesOfSameStep()
{
    MetricHistory history;
    MetricPoint train(10);
    train.setValue(Kind::TrainLoss, 1.5);
    QVERIFY(history.merge(train));
    MetricPoint validation(10);
    validation.setValue(Kind::ValidLoss, 1.9);
    QVERIFY(history.merge(validation));
    QVERIFY(!history.merge(validation));  // same values again: no change, no redraw
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.pointAt(0).value(Kind::TrainLoss), 1.5);
    QCOMPARE(history.pointAt(0).value(Kind::ValidLoss), 1.9);
    QVERIFY(!history.pointAt(0).has(Kind::FullValidLoss));
}

void TestMetricHistory::checkpointsMergeMetricsAndAreNotDuplicated()
{
    MetricHistory history;
    history.mergeEventPage(page(200, 200));
    const auto checkpoint = [](int step, double fullValid) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("ftckpt_%1").arg(step)},
                           {QStringLiteral("object"), QStringLiteral("fine_tuning.job.checkpoint")},
                           {QStringLiteral("fine_tuned_model_checkpoint"),
                            QStringLiteral("ft:gpt-4o-mini-2024-07-18:org:law:abc:ckpt-step-%1").arg(step)},
                           {QStringLiteral("step_number"), step},
                           {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("full_valid_loss"), fullValid}}}};
    };
    QJsonArray checkpoints{checkpoint(200, 0.4), checkpoint(100, 0.5)};
    QCOMPARE(history.mergeCheckpointPage(checkpoints), 2);
    QCOMPARE(history.mergeCheckpointPage(checkpoints), 0);
    QCOMPARE(history.checkpoints().size(), 2);
    QCOMPARE(history.checkpoints()[0].step, 100);  // ordered by step, not by arrival
    QCOMPARE(history.checkpoints()[1].modelName, QStringLiteral("ft:gpt-4o-mini-2024-07-18:org:law:abc:ckpt-step-200"));
    const int index = history.indexOfStep(100);
    QVERIFY(index >= 0);
    QCOMPARE(history.column(Kind::FullValidLoss)[index], 0.5);
    QCOMPARE(history.column(Kind::TrainLoss)[index], 3.0 / 100);  // the event's value is kept
    QCOMPARE(history.size(), 200);
}

void TestMetricHistory::resultCsvCompletesEventHistory()
{
    // Events only covered the last steps (the API keeps pages short); the result file has all of them.
    MetricHistory history;
    history.mergeEventPage(page(4, 2));  // steps 3 and 4
    const QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n"
                           "1,2.5,0.40,,\n"
                           "2,2.0,0.45,2.2,0.41\n"
                           "3,0.75,0.50,,\n"
                           "4,0.70,0.55,1.1,0.52\n";
    const MetricCsv::ParseResult parsed = MetricCsv::parse(csv.toBase64());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(history.mergeAll(parsed.points), 4);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.steps().front(), 1);
    QCOMPARE(history.column(Kind::TrainAccuracy)[1], 0.45);
    QCOMPARE(history.column(Kind::ValidLoss)[3], 1.1);
    QVERIFY(std::isnan(history.column(Kind::ValidLoss)[2]));
    QCOMPARE(history.events().size(), 2);
}

void TestMetricHistory::epochsComeFromTotalStepsAndEpochCount()
{
    MetricHistory history;
    history.mergeEventPage(page(30, 30));
    history.setEpochCount(3);
    QCOMPARE(history.totalSteps(), 300);
    QCOMPARE(history.stepsPerEpoch(), 100.0);
    QCOMPARE(history.epochAtStep(150), 1.5);
    QCOMPARE(history.epochEndSteps(), (QList<int>{100, 200, 300}));
}

void TestMetricHistory::epochsFallBackToFullValidationSpacing()
{
    MetricHistory history;
    for (int step = 1; step <= 120; ++step) {
        MetricPoint point(step);
        point.setValue(Kind::TrainLoss, 1.0);
        if (step % 40 == 0)
            point.setValue(Kind::FullValidLoss, 1.2);
        history.merge(point);
    }
    QCOMPARE(history.stepsPerEpoch(), 40.0);
    QCOMPARE(history.epochEndSteps(), (QList<int>{40, 80, 120}));
}

void TestMetricHistory::nearestIndexPicksClosestStep()
{
    MetricHistory history;
    for (int step : {10, 20, 40}) {
        MetricPoint point(step);
        point.setValue(Kind::TrainLoss, step);
        history.merge(point);
    }
    QCOMPARE(history.nearestIndex(-5), 0);
    QCOMPARE(history.nearestIndex(14), 0);
    QCOMPARE(history.nearestIndex(15), 0);
    QCOMPARE(history.nearestIndex(16), 1);
    QCOMPARE(history.nearestIndex(31), 2);
    QCOMPARE(history.nearestIndex(1000), 2);
    QCOMPARE(MetricHistory().nearestIndex(3), -1);
}

void TestMetricHistory::dirtyRangeTracksInsertions()
{
    MetricHistory history;
    history.mergeEventPage(page(10, 5));  // 6..10
    QVERIFY(history.isDirty());
    history.markClean();
    QVERIFY(!history.isDirty());
    history.mergeEventPage(page(12, 2));
    QCOMPARE(history.dirtyFromIndex(), 5);
    history.markClean();
    history.mergeEventPage(page(3, 1));  // inserted at the front: everything after it moved
    QCOMPARE(history.dirtyFromIndex(), 0);
}

void TestMetricHistory::metricPointIgnoresNonFiniteValues()
{
    bool ok = false;
    const MetricPoint point = MetricPoint::fromJson(
        QJsonObject{{QStringLiteral("step"), QStringLiteral("7")}, {QStringLiteral("train_loss"), QStringLiteral("inf")},
                    {QStringLiteral("valid_loss"), 0.25}},
        &ok);
    QVERIFY(ok);
    QCOMPARE(point.step(), 7);
    QVERIFY(!point.has(Kind::TrainLoss));
    QCOMPARE(point.value(Kind::ValidLoss), 0.25);
    MetricPoint::fromJson(QJsonObject{{QStringLiteral("train_loss"), 1.0}}, &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestMetricHistory)
#include "TestMetricHistory.moc"
