// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/McNemarTest.h"

#include <QTest>

using namespace Fts::Eval;

class TestMcNemarTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactTwoSidedBinomial_data();
    void exactTwoSidedBinomial();
    void symmetricInItsArguments();
};

void TestMcNemarTest::exactTwoSidedBinomial_data()
{
    QTest::addColumn<int>("regressions");
    QTest::addColumn<int>("wins");
    QTest::addColumn<double>("p");
    // 2 * sum_{i<=min} C(n,i) / 2^n, computed with exact integers in Python.
    QTest::newRow("no flips") << 0 << 0 << 1.0;
    QTest::newRow("1 vs 9") << 1 << 9 << 0.021484375;
    QTest::newRow("0 vs 5") << 0 << 5 << 0.0625;
    QTest::newRow("3 vs 3 caps at 1") << 3 << 3 << 1.0;
    QTest::newRow("10 vs 20") << 10 << 20 << 0.09873714670538902;
    QTest::newRow("200 vs 260") << 200 << 260 << 0.005883922473103979;
}

void TestMcNemarTest::exactTwoSidedBinomial()
{
    QFETCH(int, regressions);
    QFETCH(int, wins);
    QFETCH(double, p);
    const double computed = McNemarTest::exactPValue(regressions, wins);
    QVERIFY2(std::abs(computed - p) <= 1e-12 * std::max(1.0, p * 1e3), qPrintable(QString::number(computed, 'g', 17)));
}

void TestMcNemarTest::symmetricInItsArguments()
{
    QCOMPARE(McNemarTest::exactPValue(9, 1), McNemarTest::exactPValue(1, 9));
    QVERIFY(McNemarTest::exactPValue(0, 2000) >= 0.0);
    QVERIFY(McNemarTest::exactPValue(0, 2000) < 1e-300);
}

QTEST_GUILESS_MAIN(TestMcNemarTest)
#include "TestMcNemarTest.moc"
