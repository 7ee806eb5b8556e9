// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/EmaSmoother.h"
#include "eval/metrics/MetricDecimator.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Fts::Eval;

class TestDecimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsSpikesAndDipsOfEveryBucket();
    void staysWithinTwoPointsPerBucket();
    void keepsOrderWithinBucket();
    void shortSeriesPassThroughUnchanged();
    void zoomedRangeKeepsNeighboursBeyondEdges();
    void skipsMissingValues();
    void scalesXForEpochAxis();
    void emaStartsOnFirstValueAndSmoothsNoise();
    void emaKeepsGapsAsGaps();
};

namespace {
std::vector<int> stepsUpTo(int n)
{
    std::vector<int> steps(n);
    for (int i = 0; i < n; ++i)
        steps[i] = i + 1;
    return steps;
}
} // namespace

void TestDecimator::keepsSpikesAndDipsOfEveryBucket()
{
    const int n = 100000;
    const auto steps = stepsUpTo(n);
    std::vector<double> values(n, 1.0);
    values[31337] = 9.5;   // one-step loss spike
    values[77777] = 0.01;  // one-step dip
    const QList<QPointF> out = MetricDecimator::minMax(steps, values, 1, n, 800);
    QVERIFY(out.size() <= 1602);
    const auto maxIt = std::max_element(out.begin(), out.end(), [](QPointF a, QPointF b) { return a.y() < b.y(); });
    const auto minIt = std::min_element(out.begin(), out.end(), [](QPointF a, QPointF b) { return a.y() < b.y(); });
    QCOMPARE(maxIt->y(), 9.5);
    QCOMPARE(maxIt->x(), 31338.0);
    QCOMPARE(minIt->y(), 0.01);
    QCOMPARE(minIt->x(), 77778.0);
    QCOMPARE(out.first().x(), 1.0);   // the whole run: first and last step are drawn
    QCOMPARE(out.last().x(), double(n));
}

void TestDecimator::staysWithinTwoPointsPerBucket()
{
    const int n = 50000;
    const auto steps = stepsUpTo(n);
    std::vector<double> values(n);
    for (int i = 0; i < n; ++i)
        values[i] = std::sin(i * 0.37) + 2;
    const QList<QPointF> out = MetricDecimator::minMax(steps, values, 1, n, 500);
    QVERIFY(out.size() <= 1000 + 2);  // two per bucket, plus the first and last step of the run
    QVERIFY(out.size() >= 900);       // every bucket has a min and a max that differ
    for (int i = 1; i < out.size(); ++i)
        QVERIFY(out[i].x() > out[i - 1].x());
}

void TestDecimator::keepsOrderWithinBucket()
{
    // Max before min in the bucket: the line must go up then down, not the reverse.
    const std::vector<int> steps{1, 2, 3, 4, 5, 6, 7, 8};
    const std::vector<double> values{5, 9, 4, 1, 5, 5, 5, 5};
    const QList<QPointF> out = MetricDecimator::minMax(steps, values, 1, 8, 2);
    // Bucket 1: 9 then 1; bucket 2: flat, one point; plus both ends of the run.
    QCOMPARE(out, (QList<QPointF>{{1, 5}, {2, 9}, {4, 1}, {5, 5}, {8, 5}}));
}

void TestDecimator::shortSeriesPassThroughUnchanged()
{
    const std::vector<int> steps{1, 2, 3};
    const std::vector<double> values{3, 2, 1};
    const QList<QPointF> out = MetricDecimator::minMax(steps, values, 1, 3, 800);
    QCOMPARE(out, (QList<QPointF>{{1, 3}, {2, 2}, {3, 1}}));
    QVERIFY(MetricDecimator::minMax({}, {}, 0, 10, 800).isEmpty());
}

void TestDecimator::zoomedRangeKeepsNeighboursBeyondEdges()
{
    const auto steps = stepsUpTo(1000);
    std::vector<double> values(1000);
    for (int i = 0; i < 1000; ++i)
        values[i] = i;
    const QList<QPointF> out = MetricDecimator::minMax(steps, values, 100.5, 200.5, 800);
    QCOMPARE(out.first().x(), 100.0);
    QCOMPARE(out.last().x(), 201.0);
    QCOMPARE(out.size(), 102);
}

void TestDecimator::skipsMissingValues()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<int> steps{1, 2, 3, 4, 5};
    const std::vector<double> values{nan, 2, nan, nan, 1};
    const QList<QPointF> out = MetricDecimator::minMax(steps, values, 1, 5, 800);
    QCOMPARE(out, (QList<QPointF>{{2, 2}, {5, 1}}));
    QCOMPARE(MetricDecimator::present(steps, values), out);
}

void TestDecimator::scalesXForEpochAxis()
{
    const std::vector<int> steps{50, 100};
    const std::vector<double> values{1, 2};
    const QList<QPointF> out = MetricDecimator::minMax(steps, values, 0, 100, 10, 1.0 / 100);
    QCOMPARE(out, (QList<QPointF>{{0.5, 1}, {1.0, 2}}));
}

void TestDecimator::emaStartsOnFirstValueAndSmoothsNoise()
{
    std::vector<double> values;
    for (int i = 0; i < 1000; ++i)
        values.push_back(1.0 + ((i % 2) ? 0.5 : -0.5));
    const auto smoothed = EmaSmoother::smooth(values, 0.9);
    QCOMPARE(smoothed.front(), 0.5);
    QVERIFY(std::abs(smoothed.back() - 1.0) < 0.05);
    QCOMPARE(EmaSmoother::smooth(values, 0.0), values);
}

void TestDecimator::emaKeepsGapsAsGaps()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto smoothed = EmaSmoother::smooth({2, nan, 4}, 0.5);
    QCOMPARE(smoothed[0], 2.0);
    QVERIFY(std::isnan(smoothed[1]));
    // debiased: (0.5*0.5*2 + 0.5*4) / (1 - 0.25) = 3.333…
    QVERIFY(std::abs(smoothed[2] - (0.5 + 2.0) / 0.75) < 1e-12);
}

QTEST_GUILESS_MAIN(TestDecimator)
#include "TestDecimator.moc"
