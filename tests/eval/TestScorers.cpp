// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/LlmJudge.h"
#include "eval/evaluation/Scorer.h"

#include <QJsonObject>
#include <QTest>

using namespace Fts::Eval;

class TestScorers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactStripsOnlySurroundingWhitespace();
    void normalizedIgnoresCaseSpacesAndPunctuation();
    void lineSetIgnoresOrderBulletsAndDuplicates();
    void containsIsCaseInsensitive();
    void regexWithAndWithoutCaptureGroup();
    void jsonEqualityIgnoresKeyOrderAndFences();
    void specRoundTripsAndRejectsNonsense();
    void judgeMessagesFillPlaceholdersOnce();
    void judgeVerdictParsing();
};

void TestScorers::exactStripsOnlySurroundingWhitespace()
{
    const Scorer exact(Scorer::Kind::Exact);
    QVERIFY(exact.matches(QStringLiteral("  Paris\n"), QStringLiteral("Paris")));
    QVERIFY(!exact.matches(QStringLiteral("paris"), QStringLiteral("Paris")));
    QVERIFY(!exact.matches(QStringLiteral("Paris."), QStringLiteral("Paris")));
    QVERIFY(!exact.matches(QStringLiteral("Par is"), QStringLiteral("Paris")));
}

void TestScorers::normalizedIgnoresCaseSpacesAndPunctuation()
{
    const Scorer normalized(Scorer::Kind::Normalized);
    QVERIFY(normalized.matches(QStringLiteral("  The answer is:  PARIS! "), QStringLiteral("the answer is paris")));
    QVERIFY(normalized.matches(QStringLiteral("\u00c4rzte \uff21"), QStringLiteral("\u00e4RZTE a")));
    QVERIFY(!normalized.matches(QStringLiteral("Paris, Texas"), QStringLiteral("Paris")));
    QCOMPARE(Scorer::normalize(QStringLiteral("  E11.9 ,I10 ")), QStringLiteral("e11 9 i10"));
}

void TestScorers::lineSetIgnoresOrderBulletsAndDuplicates()
{
    const Scorer lines(Scorer::Kind::LineSet);
    QVERIFY(lines.matches(QStringLiteral("I10\nE11.9\n"), QStringLiteral("E11.9\nI10")));
    QVERIFY(lines.matches(QStringLiteral("- I10\n\n* E11.9\n- I10"), QStringLiteral("E11.9\nI10")));
    QVERIFY(lines.matches(QStringLiteral("1. I10\n2) E11.9"), QStringLiteral("E11.9\nI10")));
    QVERIFY(!lines.matches(QStringLiteral("I10"), QStringLiteral("E11.9\nI10")));
    QVERIFY(!lines.matches(QStringLiteral("I10\nE11.9\nJ45"), QStringLiteral("E11.9\nI10")));
}

void TestScorers::containsIsCaseInsensitive()
{
    const Scorer contains(Scorer::Kind::Contains);
    QVERIFY(contains.matches(QStringLiteral("The capital is paris, of course."), QStringLiteral("Paris ")));
    QVERIFY(!contains.matches(QStringLiteral("Lyon"), QStringLiteral("Paris")));
}

void TestScorers::regexWithAndWithoutCaptureGroup()
{
    const Scorer plain = *Scorer::fromSpec(QStringLiteral("regex:^[A-Z]\\d{2}(?:\\.\\d)?$"));
    QVERIFY(plain.matches(QStringLiteral("E11.9"), QStringLiteral("whatever")));
    QVERIFY(!plain.matches(QStringLiteral("E11.9 maybe"), QStringLiteral("whatever")));
    Scorer captured = *Scorer::fromSpec(QStringLiteral("regex:Code: (\\S+)"));
    QCOMPARE(captured.parameter(), QStringLiteral("Code: (\\S+)"));
    QVERIFY(captured.matches(QStringLiteral("Thinking... Code: E11.9"), QStringLiteral("E11.9")));
    QVERIFY(!captured.matches(QStringLiteral("Code: E11.8"), QStringLiteral("E11.9")));
    QVERIFY(!captured.matches(QStringLiteral("E11.9"), QStringLiteral("E11.9")));
}

void TestScorers::jsonEqualityIgnoresKeyOrderAndFences()
{
    const Scorer json(Scorer::Kind::Json);
    QVERIFY(json.matches(QStringLiteral("```json\n{\"b\": 2, \"a\": [1, 2.0]}\n```"), QStringLiteral("{\"a\":[1,2],\"b\":2}")));
    QVERIFY(json.matches(QStringLiteral("42"), QStringLiteral(" 42.0 ")));
    QVERIFY(!json.matches(QStringLiteral("{\"a\":[2,1]}"), QStringLiteral("{\"a\":[1,2]}")));
    QVERIFY(!json.matches(QStringLiteral("{\"a\":"), QStringLiteral("{\"a\":1}")));
    QVERIFY(!json.matches(QStringLiteral("not json"), QStringLiteral("not json")));
}

void TestScorers::specRoundTripsAndRejectsNonsense()
{
    for (const QString &spec : {QStringLiteral("exact"), QStringLiteral("normalized"), QStringLiteral("lines"),
                                QStringLiteral("contains"), QStringLiteral("json"), QStringLiteral("regex:a:b")}) {
        const std::optional<Scorer> scorer = Scorer::fromSpec(spec);
        QVERIFY2(scorer.has_value(), qPrintable(spec));
        QCOMPARE(scorer->spec(), spec);
    }
    QString error;
    QVERIFY(!Scorer::fromSpec(QStringLiteral("fuzzy"), &error));
    QVERIFY(error.contains(QStringLiteral("fuzzy")));
    QVERIFY(!Scorer::fromSpec(QStringLiteral("regex:("), &error));
    QVERIFY(error.contains(QStringLiteral("(")));
    QVERIFY(!Scorer::fromSpec(QStringLiteral("regex:"), &error));
}

void TestScorers::judgeMessagesFillPlaceholdersOnce()
{
    const QJsonArray messages = LlmJudge::buildMessages(QStringLiteral("Q={prompt} R={expected} A={answer}"),
                                                        QStringLiteral("user: hi"), QStringLiteral("E11.9"),
                                                        QStringLiteral("I say {expected}"));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("Q=user: hi R=E11.9 A=I say {expected}"));
    QVERIFY(LlmJudge::buildMessages({}, {}, {}, {}).first().toObject().value(QLatin1String("content")).toString()
                .contains(QStringLiteral("PASS or FAIL")));
}

void TestScorers::judgeVerdictParsing()
{
    auto pass = LlmJudge::parseVerdict(QStringLiteral("PASS\nSame codes."));
    QVERIFY(pass && pass->passed);
    QCOMPARE(pass->reason, QStringLiteral("Same codes."));
    auto fail = LlmJudge::parseVerdict(QStringLiteral("**Fail**: wrong laterality"));
    QVERIFY(fail && !fail->passed);
    QCOMPARE(fail->reason, QStringLiteral("wrong laterality"));
    QVERIFY(!LlmJudge::parseVerdict(QStringLiteral("I think it is mostly right")));
    QVERIFY(!LlmJudge::parseVerdict(QStringLiteral("PASSABLE")));
}

QTEST_GUILESS_MAIN(TestScorers)
#include "TestScorers.moc"
