// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/WilsonInterval.h"
#include "eval/evaluation/BlindReviewSession.h"

#include <QTest>

using namespace Fts::Eval;

class TestWilsonInterval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownValues_data();
    void knownValues();
    void noTrialsIsTheWholeRange();
    void blindReviewWinRateIsTheIntervalOfDecidedPairs();
};

void TestWilsonInterval::knownValues_data()
{
    QTest::addColumn<int>("successes");
    QTest::addColumn<int>("trials");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Reference values from the closed form evaluated independently in Python.
    QTest::newRow("8/10") << 8 << 10 << 0.49016247153664183 << 0.9433178485456247;
    QTest::newRow("0/10") << 0 << 10 << 0.0 << 0.2775327998628892;
    QTest::newRow("10/10") << 10 << 10 << 0.7224672001371107 << 1.0;
    QTest::newRow("3/4") << 3 << 4 << 0.30064184258240184 << 0.9544127391902995;
    QTest::newRow("45/60") << 45 << 60 << 0.6276792992295218 << 0.8422347746994333;
}

void TestWilsonInterval::knownValues()
{
    QFETCH(int, successes);
    QFETCH(int, trials);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto [lo, hi] = WilsonInterval::compute(successes, trials);
    QVERIFY2(std::abs(lo - low) < 1e-12, qPrintable(QString::number(lo, 'g', 17)));
    QVERIFY2(std::abs(hi - high) < 1e-12, qPrintable(QString::number(hi, 'g', 17)));
}

void TestWilsonInterval::noTrialsIsTheWholeRange()
{
    QCOMPARE(WilsonInterval::compute(0, 0), std::make_pair(0.0, 1.0));
}

void TestWilsonInterval::blindReviewWinRateIsTheIntervalOfDecidedPairs()
{
    BlindReviewSession session(QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 7);
    QCOMPARE(session.count(), 12);
    QVERIFY(!session.isRevealed());
    // Prefer B 8 times, A twice, two ties: whichever side B happens to be shown on.
    for (int n = 0; n < 12; ++n) {
        using Choice = BlindReviewSession::Choice;
        const bool preferB = n < 8;
        if (n >= 10)
            session.rate(n, Choice::Tie);
        else
            session.rate(n, preferB == session.bIsLeft(n) ? Choice::Left : Choice::Right);
    }
    QVERIFY(session.isComplete());
    QVERIFY(session.isRevealed());
    const WinRate rate = session.winRate();
    QCOMPARE(rate.winsB, 8);
    QCOMPARE(rate.winsA, 2);
    QCOMPARE(rate.ties, 2);
    QCOMPARE(rate.rateB(), 0.8);
    QVERIFY(std::abs(rate.ci95B().first - 0.49016247153664183) < 1e-12);
    // Both layouts occur: otherwise the reviewer could learn which side is which.
    int bLeft = 0;
    for (int n = 0; n < 12; ++n)
        bLeft += session.bIsLeft(n) ? 1 : 0;
    QVERIFY(bLeft > 0 && bLeft < 12);
    // The same seed lays the session out the same way again.
    BlindReviewSession again(QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 7);
    for (int n = 0; n < 12; ++n) {
        QCOMPARE(again.itemAt(n), session.itemAt(n));
        QCOMPARE(again.bIsLeft(n), session.bIsLeft(n));
    }
}

QTEST_GUILESS_MAIN(TestWilsonInterval)
#include "TestWilsonInterval.moc"
