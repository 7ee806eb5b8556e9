// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/MetricCsv.h"

#include <QTest>

#include <cmath>

using namespace Fts::Eval;
using Kind = MetricPoint::Kind;

class TestMetricCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsOpenAiResultFile();
    void readsBase64AsDeliveredByFilesApi();
    void roundTripsOurExport();
    void badNumberNamesLineAndColumn();
    void missingStepColumnIsExplained();
    void emptyFileIsExplained();
};

void TestMetricCsv::readsOpenAiResultFile()
{
    const QByteArray csv = "\xEF\xBB\xBFstep,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy,full_valid_loss\r\n"
                           "1,1.52347,0.55,,,\r\n"
                           "2,1.31,0.61,1.40,0.58,\r\n"
                           "3,1.02,0.66,,,1.21\r\n";
    const auto result = MetricCsv::parse(csv);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.points.size(), size_t(3));
    QCOMPARE(result.points[0].value(Kind::TrainLoss), 1.52347);
    QCOMPARE(result.points[0].value(Kind::TrainAccuracy), 0.55);
    QVERIFY(!result.points[0].has(Kind::ValidLoss));
    QCOMPARE(result.points[1].value(Kind::ValidAccuracy), 0.58);
    QCOMPARE(result.points[2].value(Kind::FullValidLoss), 1.21);
}

void TestMetricCsv::readsBase64AsDeliveredByFilesApi()
{
    const QByteArray csv = "step,train_loss\n5,0.5\n";
    const auto result = MetricCsv::parse(csv.toBase64());
    QVERIFY(result.ok());
    QCOMPARE(result.points.size(), size_t(1));
    QCOMPARE(result.points[0].step(), 5);
}

void TestMetricCsv::roundTripsOurExport()
{
    MetricHistory history;
    history.setTotalSteps(20);
    history.setEpochCount(2);
    for (int step = 1; step <= 20; ++step) {
        MetricPoint point(step);
        point.setValue(Kind::TrainLoss, 1.0 / step);
        if (step % 10 == 0)
            point.setValue(Kind::FullValidLoss, 0.3 + step / 1000.0);
        history.merge(point);
    }
    const QByteArray exported = MetricCsv::write(history);
    QVERIFY(exported.startsWith("step,epoch,train_loss,train_mean_token_accuracy,valid_loss,"));
    QVERIFY(exported.contains("\n10,1,0.1,,,,0.31,\n"));
    const auto parsed = MetricCsv::parse(exported);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    MetricHistory reread;
    reread.mergeAll(parsed.points);
    QCOMPARE(reread.size(), 20);
    QCOMPARE(reread.column(Kind::TrainLoss), history.column(Kind::TrainLoss));
    QCOMPARE(reread.countOf(Kind::FullValidLoss), 2);
}

void TestMetricCsv::badNumberNamesLineAndColumn()
{
    const auto result = MetricCsv::parse("step,train_loss\n1,0.5\n2,abc\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.errorLine, 3);
    QVERIFY(result.error.contains(QStringLiteral("Line 3")));
    QVERIFY(result.error.contains(QStringLiteral("train_loss")));
    QVERIFY(result.error.contains(QStringLiteral("abc")));
    QVERIFY(result.points.empty());
}

void TestMetricCsv::missingStepColumnIsExplained()
{
    const auto result = MetricCsv::parse("epoch,loss\n1,0.5\n");
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("step")));
}

void TestMetricCsv::emptyFileIsExplained()
{
    QVERIFY(!MetricCsv::parse("").ok());
    QVERIFY(!MetricCsv::parse("step,train_loss\n").ok());
}

QTEST_GUILESS_MAIN(TestMetricCsv)
#include "TestMetricCsv.moc"
