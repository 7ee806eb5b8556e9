// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/commands/SetExampleValueCommand.h"
#include "core/editing/commands/SetSplitsCommand.h"
#include "eval/evaluation/EvaluationSummary.h"
#include "eval/evaluation/InferencePricing.h"
#include "eval/evaluation/TestSetLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Fts::Eval;

class TestEvalTestSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void promptIsTheExampleWithoutItsLastAssistantMessage();
    void badLinesAreNamedAndSkipped();
    void keysDependOnContentNotPosition();
    void documentRowsAreReadAsEditedInMemory();
    void summaryIsPairedAndMatchesTheIssueShape();
    void pricingUsesTheLongestPrefix();
};

void TestEvalTestSet::promptIsTheExampleWithoutItsLastAssistantMessage()
{
    TestSetLoader loader;
    loader.loadBytes(QByteArrayLiteral(
        "{\"messages\":[{\"role\":\"system\",\"content\":\"Code it.\"},{\"role\":\"user\",\"content\":\"first\"},"
        "{\"role\":\"assistant\",\"content\":\"one\",\"weight\":0},{\"role\":\"user\",\"content\":\"second\"},"
        "{\"role\":\"assistant\",\"content\":\"two\"}]}\n"));
    QVERIFY(loader.problems().isEmpty());
    QCOMPARE(loader.examples().size(), 1);
    const EvalExample &example = loader.examples().first();
    QCOMPARE(example.expected, QStringLiteral("two"));
    QCOMPARE(example.prompt.size(), 4);
    QCOMPARE(example.prompt.last().toObject().value(QLatin1String("content")).toString(), QStringLiteral("second"));
    QVERIFY(!example.prompt.at(2).toObject().contains(QLatin1String("weight")));
    QCOMPARE(example.lastUserText(), QStringLiteral("second"));
    QCOMPARE(example.lineNumber, 1);
}

void TestEvalTestSet::badLinesAreNamedAndSkipped()
{
    TestSetLoader loader;
    loader.loadBytes(QByteArrayLiteral(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"}]}\n"
        "\n"
        "{not json\n"
        "{\"messages\":[{\"role\":\"user\",\"content\":\"no answer\"}]}\n"
        "{\"prompt\":\"legacy\"}\n"
        "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"c\"}]},{\"role\":\"assistant\",\"content\":\"d\"}]}"));
    QCOMPARE(loader.examples().size(), 2);
    QCOMPARE(loader.examples().at(1).lineNumber, 6);
    QCOMPARE(loader.examples().at(1).position, 1);
    QCOMPARE(loader.examples().at(1).lastUserText(), QStringLiteral("c"));
    QCOMPARE(loader.problems().size(), 3);
    QCOMPARE(loader.problems().at(0).lineNumber, 3);
    QVERIFY(loader.problems().at(0).message.contains(QStringLiteral("Line 3")));
    QCOMPARE(loader.problems().at(1).lineNumber, 4);
    QVERIFY(loader.problems().at(1).message.contains(QStringLiteral("assistant")));
    QCOMPARE(loader.problems().at(2).lineNumber, 5);
    QVERIFY(loader.problems().at(2).message.contains(QStringLiteral("messages")));
}

void TestEvalTestSet::keysDependOnContentNotPosition()
{
    const QByteArray a = "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"}]}";
    const QByteArray c = "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"c\"}]}";
    TestSetLoader first, second;
    first.loadBytes(a + "\n" + c);
    second.loadBytes(c + "\n" + a);
    QCOMPARE(first.examples().at(0).key, second.examples().at(1).key);
    QCOMPARE(first.examples().at(1).key, second.examples().at(0).key);
    QVERIFY(first.examples().at(0).key != first.examples().at(1).key);
}

void TestEvalTestSet::documentRowsAreReadAsEditedInMemory()
{
    using Fts::Core::DatasetSplit;
    auto line = [](const char *user, const char *answer) -> QByteArray {
        return QByteArray(R"({"messages":[{"role":"user","content":")") + user + R"("},{"role":"assistant","content":")"
             + answer + "\"}]}\n";
    };
    Fts::Core::DatasetDocument document;
    // A blank line and a broken line keep the file's line numbers honest.
    document.setData(line("one", "1") + "\n" + line("two", "2") + "{broken\n" + line("four", "4"));
    QCOMPARE(document.exampleCount(), 4);
    QVERIFY(TestSetLoader::rowsInSplit(document, DatasetSplit::Test).isEmpty());
    document.undoStack()->push(new Fts::Core::SetSplitsCommand(
        &document, {{1, DatasetSplit::Test}, {2, DatasetSplit::Test}, {3, DatasetSplit::Test}, {0, DatasetSplit::Train}}));
    const QList<int> testRows = TestSetLoader::rowsInSplit(document, DatasetSplit::Test);
    QCOMPARE(testRows, (QList<int>{1, 2, 3}));
    QCOMPARE(TestSetLoader::rowsInSplit(document, DatasetSplit::Train), QList<int>{0});

    // An unsaved edit is what the evaluation sees.
    document.undoStack()->push(new Fts::Core::SetExampleValueCommand(&document, 3, QStringLiteral("/messages/1/content"),
                                                                     QStringLiteral("four, edited")));
    TestSetLoader loader;
    loader.loadDocumentRows(document, testRows);
    QCOMPARE(loader.examples().size(), 2);
    QCOMPARE(loader.examples().at(0).expected, QStringLiteral("2"));
    QCOMPARE(loader.examples().at(0).lineNumber, 3);
    QCOMPARE(loader.examples().at(0).position, 0);
    QCOMPARE(loader.examples().at(1).expected, QStringLiteral("four, edited"));
    QCOMPARE(loader.examples().at(1).lineNumber, 5);
    QCOMPARE(loader.examples().at(1).position, 1);
    QCOMPARE(loader.problems().size(), 1);
    QCOMPARE(loader.problems().first().lineNumber, 4);
    QVERIFY(loader.problems().first().message.contains(QStringLiteral("Line 4")));

    // The same example from the file and from the dataset has the same key, so stored answers are reused.
    TestSetLoader fromBytes;
    fromBytes.loadBytes(line("two", "2"));
    QCOMPARE(fromBytes.examples().first().key, loader.examples().first().key);
    // Rows that no longer exist are ignored rather than read out of bounds.
    loader.loadDocumentRows(document, {7, -1, 0});
    QCOMPARE(loader.examples().size(), 1);
    QCOMPARE(loader.examples().first().expected, QStringLiteral("1"));
}

void TestEvalTestSet::summaryIsPairedAndMatchesTheIssueShape()
{
    // 10 examples: A right on 0-5, B right on 2-9 => 2 regressions (0,1), 4 wins (6-9); example 9's A call failed.
    QList<ExampleOutcome> outcomes;
    for (int i = 0; i < 10; ++i) {
        ExampleOutcome outcome;
        outcome.example.position = i;
        outcome.a.state = CallRecord::State::Answered;
        outcome.b.state = CallRecord::State::Answered;
        outcome.a.passed = i < 6;
        outcome.b.passed = i >= 2;
        outcome.a.promptTokens = 10;
        outcome.a.completionTokens = 2;
        outcome.a.latencyMs = 100 + i;
        outcome.a.costUsd = 0.001;
        outcome.b.latencyMs = 300;
        outcomes << outcome;
    }
    outcomes[9].a.state = CallRecord::State::Failed;
    outcomes[9].a.passed.reset();
    const EvaluationSummary summary = EvaluationSummary::compute(outcomes, QStringLiteral("base"), QStringLiteral("tuned"),
                                                                 QStringLiteral("exact"));
    QCOMPARE(summary.total, 10);
    QCOMPARE(summary.examples, 9);
    QCOMPARE(summary.a.correct, 6);
    QCOMPARE(summary.b.correct, 7);
    QCOMPARE(summary.regressions, 2);
    QCOMPARE(summary.wins, 3);
    QCOMPARE(summary.a.failedCalls, 1);
    QCOMPARE(summary.a.promptTokens, 90);
    QCOMPARE(summary.a.medianLatencyMs, 104);
    QVERIFY(summary.a.costUsd.has_value());
    QVERIFY(std::abs(*summary.a.costUsd - 0.009) < 1e-12);
    QVERIFY(!summary.b.costUsd.has_value());
    // 2 vs 3 flips: 2 * (1 + 5 + 10) / 32 = 1 (capped).
    QCOMPARE(summary.pValue, 1.0);

    const QJsonObject json = summary.toJson();
    QCOMPARE(json.value(QLatin1String("examples")).toInt(), 9);
    QCOMPARE(json.value(QLatin1String("scorer")).toString(), QStringLiteral("exact"));
    QCOMPARE(json.value(QLatin1String("wins")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("regressions")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("p_value")).toDouble(), 1.0);
    const QJsonObject a = json.value(QLatin1String("a")).toObject();
    QCOMPARE(a.value(QLatin1String("model")).toString(), QStringLiteral("base"));
    QCOMPARE(a.value(QLatin1String("correct")).toInt(), 6);
    QCOMPARE(a.value(QLatin1String("accuracy")).toDouble(), 6.0 / 9.0);
    QCOMPARE(a.value(QLatin1String("ci95")).toArray().size(), 2);
    QVERIFY(json.value(QLatin1String("b")).toObject().value(QLatin1String("cost_usd")).isNull());
}

void TestEvalTestSet::pricingUsesTheLongestPrefix()
{
    InferencePricing pricing;
    QCOMPARE(pricing.priceFor(QStringLiteral("gpt-4o-mini-2024-07-18"))->inputPerMillion, 0.15);
    QCOMPARE(pricing.priceFor(QStringLiteral("gpt-4o-2024-08-06"))->inputPerMillion, 2.50);
    QCOMPARE(pricing.priceFor(QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::abc"))->outputPerMillion, 1.20);
    QVERIFY(!pricing.priceFor(QStringLiteral("llama3.1:8b")));
    QCOMPARE(*pricing.estimateUsd(QStringLiteral("gpt-4o-mini"), 1'000'000, 1'000'000), 0.75);
    pricing.setPrice(QStringLiteral("llama"), {0, 0});
    QCOMPARE(*pricing.estimateUsd(QStringLiteral("llama3.1:8b"), 10, 10), 0.0);
}

QTEST_GUILESS_MAIN(TestEvalTestSet)
#include "TestEvalTestSet.moc"
