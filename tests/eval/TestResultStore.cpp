// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/ResultStore.h"
#include "eval/evaluation/TestSetLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Eval;

class TestResultStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callsAreKeyedByExampleModelAndSettings();
    void onlyAnswersAreStored();
    void runsReopenWithTheirExamples();
    void verdictsAreCachedPerJudge();
    void unwritableLocationIsAClearError();
};

void TestResultStore::callsAreKeyedByExampleModelAndSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.sqlite"));
    {
        ResultStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        CallRecord call;
        call.state = CallRecord::State::Answered;
        call.answer = QStringLiteral("E11.9");
        call.promptTokens = 31;
        call.completionTokens = 4;
        call.latencyMs = 412;
        call.costUsd = 0.0000071;
        call.requestId = QStringLiteral("req_1");
        QVERIFY(store.saveCall(QStringLiteral("ex1"), QStringLiteral("openai||gpt-4o-mini"), QStringLiteral("t=0"), call));
    }
    ResultStore reopened;
    QVERIFY(reopened.open(path));
    const auto found = reopened.findCall(QStringLiteral("ex1"), QStringLiteral("openai||gpt-4o-mini"), QStringLiteral("t=0"));
    QVERIFY(found.has_value());
    QCOMPARE(found->answer, QStringLiteral("E11.9"));
    QCOMPARE(found->promptTokens, 31);
    QCOMPARE(found->completionTokens, 4);
    QCOMPARE(found->latencyMs, 412);
    QCOMPARE(*found->costUsd, 0.0000071);
    QCOMPARE(found->requestId, QStringLiteral("req_1"));
    QVERIFY(found->fromStore);
    QVERIFY(!reopened.findCall(QStringLiteral("ex1"), QStringLiteral("openai||gpt-4o-mini"), QStringLiteral("t=0.7")));
    QVERIFY(!reopened.findCall(QStringLiteral("ex1"), QStringLiteral("openai||ft:gpt-4o-mini:x"), QStringLiteral("t=0")));
    QVERIFY(!reopened.findCall(QStringLiteral("ex2"), QStringLiteral("openai||gpt-4o-mini"), QStringLiteral("t=0")));
}

void TestResultStore::onlyAnswersAreStored()
{
    QTemporaryDir dir;
    ResultStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
    CallRecord failed;
    failed.state = CallRecord::State::Failed;
    failed.error = QStringLiteral("HTTP 500");
    QVERIFY(!store.saveCall(QStringLiteral("ex"), QStringLiteral("m"), QStringLiteral("t=0"), failed));
    QCOMPARE(store.callCount(), 0);
}

void TestResultStore::runsReopenWithTheirExamples()
{
    TestSetLoader loader;
    loader.loadBytes(QByteArrayLiteral(
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Code for T2DM?\"},{\"role\":\"assistant\",\"content\":\"E11.9\"}]}\n"
        "{\"messages\":[{\"role\":\"user\",\"content\":\"Code for HTN?\"},{\"role\":\"assistant\",\"content\":\"I10\"}]}\n"));
    QCOMPARE(loader.examples().size(), 2);
    QTemporaryDir dir;
    ResultStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
    EvaluationRunInfo info;
    info.testSetPath = QStringLiteral("/data/test.jsonl");
    info.modelA = QStringLiteral("gpt-4o-mini");
    info.modelAKey = QStringLiteral("openai||gpt-4o-mini");
    info.modelB = QStringLiteral("ft:gpt-4o-mini:acme");
    info.modelBKey = QStringLiteral("openai||ft:gpt-4o-mini:acme");
    info.settings.maxCompletionTokens = 64;
    info.scorerSpec = QStringLiteral("lines");
    const qint64 first = store.createRun(info, loader.examples());
    const qint64 second = store.createRun(info, loader.examples());
    QVERIFY(first > 0 && second > first);

    CallRecord call;
    call.state = CallRecord::State::Answered;
    call.answer = QStringLiteral("E11.9");
    store.saveCall(loader.examples().first().key, info.modelAKey, info.settings.key(), call);

    const QList<EvaluationRunInfo> runs = store.runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.first().id, second);
    QCOMPARE(runs.first().scorerSpec, QStringLiteral("lines"));
    QCOMPARE(runs.first().settings, info.settings);
    QCOMPARE(runs.first().exampleCount, 2);
    QCOMPARE(runs.first().answeredCount, 1);

    const QList<EvalExample> examples = store.runExamples(first);
    QCOMPARE(examples.size(), 2);
    QCOMPARE(examples.at(1).expected, QStringLiteral("I10"));
    QCOMPARE(examples.at(1).key, loader.examples().at(1).key);
    QCOMPARE(examples.at(1).prompt, loader.examples().at(1).prompt);
    QCOMPARE(examples.at(1).lineNumber, 2);

    QVERIFY(store.deleteRun(first));
    QCOMPARE(store.runs().size(), 1);
    QVERIFY(store.runExamples(first).isEmpty());
}

void TestResultStore::verdictsAreCachedPerJudge()
{
    QTemporaryDir dir;
    ResultStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
    store.saveVerdict(QStringLiteral("ex"), QStringLiteral("m"), QStringLiteral("t=0"), QStringLiteral("judge1"),
                      {true, QStringLiteral("same codes")});
    const auto verdict = store.findVerdict(QStringLiteral("ex"), QStringLiteral("m"), QStringLiteral("t=0"), QStringLiteral("judge1"));
    QVERIFY(verdict && verdict->passed);
    QCOMPARE(verdict->reason, QStringLiteral("same codes"));
    QVERIFY(!store.findVerdict(QStringLiteral("ex"), QStringLiteral("m"), QStringLiteral("t=0"), QStringLiteral("judge2")));
}

void TestResultStore::unwritableLocationIsAClearError()
{
    ResultStore store;
    QVERIFY(!store.open(QStringLiteral("/proc/no-such-dir/results.sqlite")));
    QVERIFY(store.errorString().contains(QStringLiteral("/proc/no-such-dir")));
    QVERIFY(!store.findCall(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")));
}

QTEST_GUILESS_MAIN(TestResultStore)
#include "TestResultStore.moc"
