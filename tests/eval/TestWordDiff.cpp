// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/WordDiff.h"

#include <QTest>

using namespace Fts::Eval;
using Kind = WordDiffSegment::Kind;

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalTextIsOneSameSegment();
    void changedCodeMarksOnlyTheDifferingPart();
    void extraAndMissingWords();
    void sameAndExtraRebuildTheAnswer();
    void htmlEscapesAndColours();
    void overlapCountsExpectedWords();
    void hugeInputsStayCorrect();
};

void TestWordDiff::identicalTextIsOneSameSegment()
{
    const auto segments = WordDiff::compute(QStringLiteral("Type 2 diabetes."), QStringLiteral("Type 2 diabetes."));
    QCOMPARE(segments, (QList<WordDiffSegment>{{Kind::Same, QStringLiteral("Type 2 diabetes.")}}));
}

void TestWordDiff::changedCodeMarksOnlyTheDifferingPart()
{
    const auto segments = WordDiff::compute(QStringLiteral("E11.9"), QStringLiteral("E11.8"));
    QCOMPARE(segments, (QList<WordDiffSegment>{{Kind::Same, QStringLiteral("E11.")},
                                               {Kind::Extra, QStringLiteral("8")},
                                               {Kind::Missing, QStringLiteral("9")}}));
}

void TestWordDiff::extraAndMissingWords()
{
    const auto segments = WordDiff::compute(QStringLiteral("the patient has type 2 diabetes"),
                                            QStringLiteral("the patient probably has diabetes"));
    QCOMPARE(segments, (QList<WordDiffSegment>{{Kind::Same, QStringLiteral("the patient")},
                                               {Kind::Extra, QStringLiteral(" probably")},
                                               {Kind::Same, QStringLiteral(" has")},
                                               {Kind::Missing, QStringLiteral(" type 2")},
                                               {Kind::Same, QStringLiteral(" diabetes")}}));
}

void TestWordDiff::sameAndExtraRebuildTheAnswer()
{
    const QString answer = QStringLiteral("  Codes:\nI10, E11.9 and\tJ45 ");
    QString rebuilt;
    for (const WordDiffSegment &segment : WordDiff::compute(QStringLiteral("E11.9\nI10"), answer)) {
        if (segment.kind != Kind::Missing)
            rebuilt += segment.text;
    }
    QCOMPARE(rebuilt, answer.trimmed().prepend(QStringLiteral("  ")));
}

void TestWordDiff::htmlEscapesAndColours()
{
    const QString html = WordDiff::toHtml(WordDiff::compute(QStringLiteral("a < b"), QStringLiteral("a > b")));
    QVERIFY(html.startsWith(QStringLiteral("a ")));
    QVERIFY(html.contains(QStringLiteral("line-through\">&gt;</span>")));
    QVERIFY(html.contains(QStringLiteral("#116329\">&lt;</span>")));
    QVERIFY(!html.contains(QStringLiteral("<b")));
}

void TestWordDiff::overlapCountsExpectedWords()
{
    QCOMPARE(WordDiff::overlap(WordDiff::compute(QStringLiteral("a b c d"), QStringLiteral("a b x"))), 0.5);
    QCOMPARE(WordDiff::overlap(WordDiff::compute(QStringLiteral("a b"), QStringLiteral("a b"))), 1.0);
    QCOMPARE(WordDiff::overlap(WordDiff::compute(QString(), QString())), 1.0);
}

void TestWordDiff::hugeInputsStayCorrect()
{
    QString expected, answer;
    for (int i = 0; i < 3000; ++i) {
        expected += QStringLiteral("e%1 ").arg(i);
        answer += QStringLiteral("a%1 ").arg(i);
    }
    QString rebuilt;
    int missingWords = 0;
    for (const WordDiffSegment &segment : WordDiff::compute(expected, answer)) {
        if (segment.kind == Kind::Missing)
            missingWords += int(segment.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        else
            rebuilt += segment.text;
    }
    QCOMPARE(rebuilt, answer.trimmed());
    QCOMPARE(missingWords, 3000);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "TestWordDiff.moc"
