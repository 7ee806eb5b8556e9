// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/RunListModel.h"
#include "eval/metrics/RunStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Fts::Eval;
using Kind = MetricPoint::Kind;

namespace {

QJsonObject job(const QString &id, const QString &status, qint64 createdAt, const QString &suffix = {})
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("fine_tuning.job")},
            {QStringLiteral("status"), status},
            {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("user_provided_suffix"), suffix},
            {QStringLiteral("trained_tokens"), status == QLatin1String("succeeded") ? QJsonValue(12345) : QJsonValue()},
            {QStringLiteral("error"), QJsonObject{}},
            {QStringLiteral("method"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("supervised")},
                         {QStringLiteral("supervised"),
                          QJsonObject{{QStringLiteral("hyperparameters"),
                                       QJsonObject{{QStringLiteral("n_epochs"), 3}, {QStringLiteral("batch_size"), 1}}}}}}}};
}

QJsonArray metricsPage(int from, int to)
{
    QJsonArray events;
    for (int step = to; step >= from; --step)
        events.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("ftevent-%1").arg(step)},
                                  {QStringLiteral("created_at"), 1700000000 + step},
                                  {QStringLiteral("level"), QStringLiteral("info")},
                                  {QStringLiteral("message"), QStringLiteral("Step %1").arg(step)},
                                  {QStringLiteral("type"), QStringLiteral("metrics")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("step"), step},
                                                                       {QStringLiteral("train_loss"), 2.0 / step},
                                                                       {QStringLiteral("total_steps"), 90}}}});
    return events;
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historySurvivesRestartWithoutNetwork();
    void savesIncrementallyAfterReload();
    void importsResultCsvAsRunWithoutAccount();
    void importErrorNamesTheLine();
    void listModelFollowsStoreAndPassesModelTester();
    void listModelShowsProgressAndElapsed();
    void removedRunIsGoneAfterRestart();
};

void TestRunStore::historySurvivesRestartWithoutNetwork()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
    {
        RunStore store;
        QVERIFY(store.open(path));
        store.upsertJob(QStringLiteral("work"), job(QStringLiteral("ftjob-1"), QStringLiteral("running"), 1700000000, QStringLiteral("triage")));
        MetricHistory &history = store.history(QStringLiteral("ftjob-1"));
        history.mergeEventPage(metricsPage(1, 60));
        CheckpointRecord checkpoint;
        checkpoint.id = QStringLiteral("ftckpt_30");
        checkpoint.step = 30;
        checkpoint.modelName = QStringLiteral("ft:gpt-4o-mini-2024-07-18:org:triage:abc:ckpt-step-30");
        checkpoint.metrics = MetricPoint(30);
        checkpoint.metrics.setValue(Kind::FullValidLoss, 0.7);
        history.mergeCheckpoint(checkpoint);
        store.notifyHistoryChanged(QStringLiteral("ftjob-1"));
        QVERIFY(store.flush());
    }
    RunStore reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.runIds(QStringLiteral("work")), QStringList{QStringLiteral("ftjob-1")});
    QCOMPARE(reopened.record(QStringLiteral("ftjob-1")).suffix(), QStringLiteral("triage"));
    QCOMPARE(reopened.progress(QStringLiteral("ftjob-1")).lastStep, 60);  // known before the history is loaded
    QCOMPARE(reopened.progress(QStringLiteral("ftjob-1")).totalSteps, 90);
    const MetricHistory &history = reopened.history(QStringLiteral("ftjob-1"));
    QCOMPARE(history.size(), 60);
    QCOMPARE(history.column(Kind::TrainLoss)[9], 2.0 / 10);
    QCOMPARE(history.column(Kind::FullValidLoss)[29], 0.7);
    QCOMPARE(history.checkpoints().size(), 1);
    QCOMPARE(history.checkpoints()[0].modelName, QStringLiteral("ft:gpt-4o-mini-2024-07-18:org:triage:abc:ckpt-step-30"));
    QCOMPARE(history.events().size(), 60);
    QCOMPARE(history.totalSteps(), 90);
    QCOMPARE(history.epochCount(), 3);
    QCOMPARE(history.stepsPerEpoch(), 30.0);
    QVERIFY(!history.isDirty());
}

void TestRunStore::savesIncrementallyAfterReload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
    {
        RunStore store;
        QVERIFY(store.open(path));
        store.upsertJob(QString(), job(QStringLiteral("ftjob-2"), QStringLiteral("running"), 1700000000));
        store.history(QStringLiteral("ftjob-2")).mergeEventPage(metricsPage(1, 20));
        store.notifyHistoryChanged(QStringLiteral("ftjob-2"));
        // Saved by the coalescing timer, not by an explicit flush.
        QTRY_VERIFY(!store.history(QStringLiteral("ftjob-2")).isDirty());
    }
    {
        RunStore store;
        QVERIFY(store.open(path));
        MetricHistory &history = store.history(QStringLiteral("ftjob-2"));
        QCOMPARE(history.mergeEventPage(metricsPage(11, 30)), 10);  // polling overlaps what was saved
        store.notifyHistoryChanged(QStringLiteral("ftjob-2"));
        store.upsertJob(QString(), job(QStringLiteral("ftjob-2"), QStringLiteral("succeeded"), 1700000000));
    }  // destruction flushes
    RunStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.history(QStringLiteral("ftjob-2")).size(), 30);
    QCOMPARE(store.history(QStringLiteral("ftjob-2")).events().size(), 30);
    QCOMPARE(store.record(QStringLiteral("ftjob-2")).status(), RunRecord::Status::Succeeded);
    QCOMPARE(store.record(QStringLiteral("ftjob-2")).trainedTokens(), 12345);
}

void TestRunStore::importsResultCsvAsRunWithoutAccount()
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("step_metrics.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QByteArray("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n1,2.0,0.5,2.1,0.4\n2,1.5,0.6,,\n").toBase64());
    csv.close();

    RunStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("runs.sqlite"))));
    QSignalSpy added(&store, &RunStore::runAdded);
    QString error;
    const QString id = store.importCsv(csvPath, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(added.count(), 1);
    const RunRecord record = store.record(id);
    QCOMPARE(record.source(), RunRecord::Source::Imported);
    QCOMPARE(record.displayName(), QStringLiteral("step_metrics"));
    QCOMPARE(record.status(), RunRecord::Status::Imported);
    // Imported runs show under every profile.
    QVERIFY(store.runIds(QStringLiteral("any-profile")).contains(id));
    QCOMPARE(store.history(id).size(), 2);
    QCOMPARE(store.history(id).column(Kind::ValidLoss)[0], 2.1);
}

void TestRunStore::importErrorNamesTheLine()
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("broken.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("step,train_loss\n1,0.4\n2,oops\n");
    csv.close();
    RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY(store.importCsv(csvPath, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("broken.csv")));
    QVERIFY(error.contains(QStringLiteral("Line 3")));
    QVERIFY(store.runIds().isEmpty());
    QVERIFY(store.importCsv(dir.filePath(QStringLiteral("missing.csv")), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("missing.csv")));
}

void TestRunStore::listModelFollowsStoreAndPassesModelTester()
{
    RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    store.upsertJob(QStringLiteral("work"), job(QStringLiteral("ftjob-old"), QStringLiteral("succeeded"), 1700000000));
    RunListModel model(&store);
    model.setProfile(QStringLiteral("work"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    store.upsertJob(QStringLiteral("work"), job(QStringLiteral("ftjob-new"), QStringLiteral("running"), 1700005000));
    store.upsertJob(QStringLiteral("home"), job(QStringLiteral("ftjob-other"), QStringLiteral("running"), 1700009000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.runId(0), QStringLiteral("ftjob-new"));  // newest first
    QCOMPARE(model.index(0, RunListModel::StatusColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(1, RunListModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store.upsertJob(QStringLiteral("work"), job(QStringLiteral("ftjob-new"), QStringLiteral("cancelled"), 1700005000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, RunListModel::StatusColumn).data().toString(), QStringLiteral("Cancelled"));
    store.removeRun(QStringLiteral("ftjob-old"));
    QCOMPARE(model.rowCount(), 1);
    model.setProfile(QStringLiteral("home"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.runId(0), QStringLiteral("ftjob-other"));
}

void TestRunStore::listModelShowsProgressAndElapsed()
{
    RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QJsonObject running = job(QStringLiteral("ftjob-3"), QStringLiteral("running"), 1700000000, QStringLiteral("contracts"));
    running.insert(QStringLiteral("estimated_finish"), 1700000000 + 3600);
    store.upsertJob(QString(), running);
    store.history(QStringLiteral("ftjob-3")).mergeEventPage(metricsPage(1, 45));
    store.notifyHistoryChanged(QStringLiteral("ftjob-3"));
    RunListModel model(&store);
    model.setNow(QDateTime::fromSecsSinceEpoch(1700000000 + 1800, Qt::UTC));
    QCOMPARE(model.index(0, RunListModel::NameColumn).data().toString(), QStringLiteral("contracts"));
    QCOMPARE(model.index(0, RunListModel::ProgressColumn).data().toString(), QStringLiteral("45 of 90"));
    QCOMPARE(model.index(0, RunListModel::ElapsedColumn).data().toString(), QStringLiteral("30 min"));
    QCOMPARE(model.index(0, RunListModel::FinishColumn).data().toString(), QStringLiteral("in 30 min"));
    QCOMPARE(model.index(0, RunListModel::TrainedTokensColumn).data().toString(), QString());
    QVERIFY(model.index(0, 0).data(RunListModel::ActiveRole).toBool());
}

void TestRunStore::removedRunIsGoneAfterRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
    {
        RunStore store;
        QVERIFY(store.open(path));
        store.upsertJob(QString(), job(QStringLiteral("ftjob-x"), QStringLiteral("failed"), 1700000000));
        store.history(QStringLiteral("ftjob-x")).mergeEventPage(metricsPage(1, 5));
        store.notifyHistoryChanged(QStringLiteral("ftjob-x"));
        QVERIFY(store.flush());
        store.removeRun(QStringLiteral("ftjob-x"));
    }
    RunStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.runIds().isEmpty());
    QVERIFY(store.history(QStringLiteral("ftjob-x")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "TestRunStore.moc"
