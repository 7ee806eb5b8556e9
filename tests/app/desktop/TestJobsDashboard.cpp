// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/ApiClient.h"
#include "desktop/jobs/JobPage.h"
#include "desktop/jobs/JobsDashboard.h"
#include "desktop/jobs/LossChartView.h"
#include "desktop/jobs/RunOverlayView.h"
#include "eval/metrics/JobMonitor.h"
#include "eval/metrics/RunListModel.h"
#include "eval/metrics/RunStore.h"
#include "support/Screenshots.h"
#include "support/FakeOpenAiServer.h"
#include "support/FakeServerClients.h"

#include <QApplication>
#include <QClipboard>
#include <QToolButton>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXYSeries>

#include <cmath>

using namespace Fts;
using Fts::Test::FakeOpenAiServer;
using Kind = Eval::MetricPoint::Kind;

namespace {

QString seedJobWithValidation(FakeOpenAiServer &server, const QString &suffix)
{
    const QString validation = server.addFile(QStringLiteral("validation.jsonl"), QByteArrayLiteral("{}\n"));
    // seedJob creates the job through the server's own create path; the overrides only touch its object.
    const QString id = server.seedJob({{QStringLiteral("user_provided_suffix"), suffix},
                                       {QStringLiteral("validation_file"), validation}});
    return id;
}

/** Answers the next message box with @p button. */
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, qApp, [button] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
        }
    });
}

} // namespace

class TestJobsDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runningJobFeedsChartAndCancelAsksFirst();
    void finishedJobGetsCheckpointsResultFileAndNotification();
    void pollingBacksOffOnErrorsAndRecovers();
    void offlineDashboardShowsStoredRuns();
    void overlayOfThreeRunsShowsWhatDiffers();
    void checkpointCanBeHandedToEvaluation();
    void pauseAndResumeAskFirstAndFollowTheJob();
};

void TestJobsDashboard::runningJobFeedsChartAndCancelAsksFirst()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    server.setAutoAdvance(false);
    server.setJobTimeline({60, 60, 10, 300, 3});
    const QString id = seedJobWithValidation(server, QStringLiteral("triage-notes"));
    server.advanceJobs(60 + 60 + 10 * 140);  // step 140 of 300

    Eval::RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    JobsDashboard dashboard(&store);
    dashboard.resize(1280, 760);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    Api::ApiClient *client = Fts::Test::FakeServerClients::create(server, &dashboard);
    dashboard.setConnection(client, QStringLiteral("clinic"));
    dashboard.monitor()->setIntervals(100, 2000, 4000);

    QTRY_VERIFY(store.contains(id));
    QCOMPARE(dashboard.runsModel()->rowCount(), 1);
    dashboard.selectRun(id);
    JobPage *page = dashboard.jobPage();
    QCOMPARE(page->runId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(store.history(id).lastStep() >= 140, 10000);
    QTRY_VERIFY(page->chart()->series(Kind::TrainLoss) && page->chart()->series(Kind::TrainLoss)->count() >= 140);
    QVERIFY(page->chart()->series(Kind::ValidLoss));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("jobStatus"))->text(), QStringLiteral("Running"));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("jobSummary"))->text().contains(QStringLiteral("Step 140 of 300")));
    QVERIFY(page->findChild<QListWidget *>(QStringLiteral("jobEvents"))->count() >= 140);

    // The job moves on: new points reach the chart without any user action.
    server.advanceJobs(10 * 20);
    QTRY_VERIFY_WITH_TIMEOUT(page->chart()->series(Kind::TrainLoss)->count() >= 160, 10000);
    page->chart()->showReadoutAtStep(150);
    Fts::Test::Screenshots::save(dashboard, QStringLiteral("dashboard-running-job.png"));

    // Cancel asks first; "No" sends nothing.
    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("jobCancel"));
    QVERIFY(cancel->isVisible());
    answerNextMessageBox(QMessageBox::No);
    cancel->click();
    QTest::qWait(200);
    QVERIFY(server.requestsMatching(QStringLiteral("/fine_tuning/jobs/[^/]+/cancel")).isEmpty());
    answerNextMessageBox(QMessageBox::Yes);
    cancel->click();
    QTRY_COMPARE(server.requestsMatching(QStringLiteral("/fine_tuning/jobs/[^/]+/cancel")).size(), 1);
    QTRY_COMPARE(store.record(id).status(), Eval::RunRecord::Status::Cancelled);
    QTRY_COMPARE(page->findChild<QLabel *>(QStringLiteral("jobStatus"))->text(), QStringLiteral("Cancelled"));
    QVERIFY(!cancel->isVisible());
}

void TestJobsDashboard::finishedJobGetsCheckpointsResultFileAndNotification()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    server.setAutoAdvance(false);
    server.setJobTimeline({20, 20, 5, 30, 3});
    const QString id = seedJobWithValidation(server, QStringLiteral("contracts"));
    server.advanceJobs(20 + 20 + 5 * 10);

    Eval::RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    JobsDashboard dashboard(&store);
    QSignalSpy notifications(&dashboard, &JobsDashboard::jobNotification);
    dashboard.setConnection(Fts::Test::FakeServerClients::create(server, &dashboard), QStringLiteral("law"));
    dashboard.monitor()->setIntervals(100, 2000, 4000);
    QTRY_VERIFY(store.contains(id) && store.history(id).lastStep() >= 10);
    server.advanceJobs(5 * 40);  // past the end
    QTRY_VERIFY_WITH_TIMEOUT(notifications.count() == 1, 10000);
    QVERIFY(notifications.first().at(0).toString().contains(QStringLiteral("Succeeded")));
    QVERIFY2(notifications.first().at(1).toString().contains(QStringLiteral("final training loss")),
             qPrintable(notifications.first().at(1).toString()));
    QTRY_VERIFY(!store.history(id).checkpoints().isEmpty());
    QTRY_COMPARE(store.history(id).size(), 30);  // every step, from events and the result file
    QVERIFY(store.history(id).countOf(Kind::FullValidLoss) >= 2);
    QCOMPARE(store.record(id).status(), Eval::RunRecord::Status::Succeeded);
    QVERIFY(server.requestsMatching(QStringLiteral("/files/[^/]+/content")).size() >= 1);
}

void TestJobsDashboard::pollingBacksOffOnErrorsAndRecovers()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    server.seedJob();
    server.addFault("GET", QStringLiteral("^/fine_tuning/jobs$"), FakeOpenAiServer::Fault::httpError(503), 100);
    Eval::RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    JobsDashboard dashboard(&store);
    dashboard.setConnection(Fts::Test::FakeServerClients::create(server, &dashboard), QStringLiteral("p"));
    dashboard.monitor()->setIntervals(50, 1000, 400);
    auto *status = dashboard.findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.monitor()->consecutiveFailures() >= 2, 10000);
    QVERIFY(status->text().contains(QStringLiteral("Could not reach the provider")));
    QVERIFY(dashboard.monitor()->currentIntervalMs() > 50);   // backing off
    QVERIFY(dashboard.monitor()->currentIntervalMs() <= 400);  // but never beyond the cap
    server.clearFaults();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.monitor()->consecutiveFailures() == 0, 10000);
    QTRY_COMPARE(dashboard.runsModel()->rowCount(), 1);
    QVERIFY(status->text().contains(QStringLiteral("Up to date")));
}

void TestJobsDashboard::offlineDashboardShowsStoredRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
    {
        Eval::RunStore store;
        QVERIFY(store.open(path));
        store.upsertJob(QStringLiteral("clinic"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("ftjob-offline")},
                                    {QStringLiteral("status"), QStringLiteral("succeeded")},
                                    {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                                    {QStringLiteral("created_at"), 1700000000}});
        Eval::MetricHistory &history = store.history(QStringLiteral("ftjob-offline"));
        for (int step = 1; step <= 500; ++step) {
            Eval::MetricPoint point(step);
            point.setValue(Kind::TrainLoss, 2.0 / std::sqrt(step));
            history.merge(point);
        }
        store.notifyHistoryChanged(QStringLiteral("ftjob-offline"));
    }
    Eval::RunStore store;
    QVERIFY(store.open(path));
    JobsDashboard dashboard(&store);
    dashboard.resize(1000, 600);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QCOMPARE(dashboard.runsModel()->rowCount(), 1);
    dashboard.runsView()->selectRow(0);
    QCOMPARE(dashboard.jobPage()->runId(), QStringLiteral("ftjob-offline"));
    QCOMPARE(dashboard.jobPage()->chart()->series(Kind::TrainLoss)->points().last().x(), 500.0);
    QVERIFY(!dashboard.jobPage()->findChild<QPushButton *>(QStringLiteral("jobCancel"))->isVisible());
}

void TestJobsDashboard::overlayOfThreeRunsShowsWhatDiffers()
{
    Eval::RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const double multipliers[] = {0.5, 1.0, 2.0};
    QStringList ids;
    for (int r = 0; r < 3; ++r) {
        const QString id = QStringLiteral("ftjob-lr%1").arg(r);
        ids.append(id);
        store.upsertJob(QStringLiteral("clinic"),
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("status"), QStringLiteral("succeeded")},
                                    {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                                    {QStringLiteral("user_provided_suffix"), QStringLiteral("lr-%1").arg(multipliers[r])},
                                    {QStringLiteral("training_file"), QStringLiteral("file-train")},
                                    {QStringLiteral("validation_file"), QStringLiteral("file-valid")},
                                    {QStringLiteral("created_at"), 1700000000 + r},
                                    {QStringLiteral("seed"), 42},
                                    {QStringLiteral("hyperparameters"),
                                     QJsonObject{{QStringLiteral("n_epochs"), 3},
                                                 {QStringLiteral("batch_size"), 4},
                                                 {QStringLiteral("learning_rate_multiplier"), multipliers[r]}}}});
        Eval::MetricHistory &history = store.history(id);
        history.setTotalSteps(900);
        for (int step = 1; step <= 900; ++step) {
            Eval::MetricPoint point(step);
            const double hash = std::sin(step * 12.9898 + r) * 43758.5453;
            const double noise = 0.25 * (hash - std::floor(hash) - 0.5);
            const double rate = 150.0 / multipliers[r];
            point.setValue(Kind::TrainLoss, 1.8 * std::exp(-step / rate) + 0.15 + noise);
            if (step % 10 == 0)
                point.setValue(Kind::ValidLoss, 1.8 * std::exp(-step / rate) + 0.35 + (r == 2 ? step / 3000.0 : 0) + noise);
            history.merge(point);
        }
        store.notifyHistoryChanged(id);
    }
    JobsDashboard dashboard(&store);
    dashboard.resize(1280, 760);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    dashboard.runsView()->selectAll();
    auto *compare = dashboard.findChild<QToolButton *>(QStringLiteral("compareRuns"));
    QVERIFY(compare->isEnabled());
    compare->click();
    RunOverlayView *overlay = dashboard.overlayView();
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->chart()->runs().size(), 3);
    QVERIFY(overlay->chart()->series(Kind::TrainLoss, true, 2));
    QCOMPARE(overlay->differingSettings(), (QStringList{QStringLiteral("Learning rate multiplier"), QStringLiteral("Suffix")}));
    overlay->chart()->showReadoutAtStep(300);
    Fts::Test::Screenshots::save(dashboard, QStringLiteral("dashboard-overlay-three-runs.png"));
}

void TestJobsDashboard::checkpointCanBeHandedToEvaluation()
{
    Eval::RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    store.upsertJob(QString(), QJsonObject{{QStringLiteral("id"), QStringLiteral("ftjob-c")},
                                           {QStringLiteral("status"), QStringLiteral("succeeded")}});
    Eval::CheckpointRecord checkpoint;
    checkpoint.id = QStringLiteral("ftckpt_1");
    checkpoint.step = 10;
    checkpoint.modelName = QStringLiteral("ft:gpt-4o-mini-2024-07-18:org:c:abc:ckpt-step-10");
    checkpoint.metrics = Eval::MetricPoint(10);
    checkpoint.metrics.setValue(Kind::TrainLoss, 0.5);
    store.history(QStringLiteral("ftjob-c")).mergeCheckpoint(checkpoint);
    store.notifyHistoryChanged(QStringLiteral("ftjob-c"));
    JobsDashboard dashboard(&store);
    QSignalSpy evaluate(&dashboard, &JobsDashboard::checkpointEvaluationRequested);
    dashboard.selectRun(QStringLiteral("ftjob-c"));
    auto *table = dashboard.jobPage()->findChild<QTableWidget *>(QStringLiteral("jobCheckpoints"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("0.5000"));
    dashboard.jobPage()->findChild<QToolButton *>(QStringLiteral("evaluateCheckpoint0"))->click();
    QCOMPARE(evaluate.count(), 1);
    QCOMPARE(evaluate.first().at(0).toString(), checkpoint.modelName);
    dashboard.jobPage()->findChild<QToolButton *>(QStringLiteral("copyCheckpoint0"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), checkpoint.modelName);
}

void TestJobsDashboard::pauseAndResumeAskFirstAndFollowTheJob()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    server.setAutoAdvance(false);
    server.setJobTimeline({20, 20, 10, 300, 3});
    const QString id = seedJobWithValidation(server, QStringLiteral("pausing"));
    server.advanceJobs(20 + 20 + 10 * 30);

    Eval::RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    JobsDashboard dashboard(&store);
    dashboard.resize(1280, 760);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    dashboard.setConnection(Fts::Test::FakeServerClients::create(server, &dashboard), QStringLiteral("clinic"));
    dashboard.monitor()->setIntervals(100, 300, 2000);
    QTRY_VERIFY(store.contains(id));
    dashboard.selectRun(id);
    JobPage *page = dashboard.jobPage();
    auto *pause = page->findChild<QPushButton *>(QStringLiteral("jobPause"));
    auto *resume = page->findChild<QPushButton *>(QStringLiteral("jobResume"));
    QTRY_VERIFY(pause->isVisible());
    QVERIFY(!resume->isVisible());

    // "No" sends nothing; "Yes" pauses, and the page follows the job into its paused state.
    answerNextMessageBox(QMessageBox::No);
    pause->click();
    QTest::qWait(200);
    QVERIFY(server.requestsMatching(QStringLiteral("/fine_tuning/jobs/[^/]+/pause")).isEmpty());
    answerNextMessageBox(QMessageBox::Yes);
    pause->click();
    QTRY_COMPARE(server.requestsMatching(QStringLiteral("/fine_tuning/jobs/[^/]+/pause")).size(), 1);
    QCOMPARE(server.job(id).value(QLatin1String("status")).toString(), QStringLiteral("paused"));
    QTRY_COMPARE(store.record(id).status(), Eval::RunRecord::Status::Paused);
    QTRY_VERIFY(resume->isVisible());
    QVERIFY(!pause->isVisible());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("jobCancel"))->isVisible()); // a paused job can be cancelled

    answerNextMessageBox(QMessageBox::Yes);
    resume->click();
    QTRY_COMPARE(server.requestsMatching(QStringLiteral("/fine_tuning/jobs/[^/]+/resume")).size(), 1);
    // A resumed job queues again before it runs (as the provider reports it).
    QTRY_COMPARE(store.record(id).status(), Eval::RunRecord::Status::Queued);
    QTRY_VERIFY(!resume->isVisible());
    server.advanceJobs(10 * 20);
    QTRY_COMPARE_WITH_TIMEOUT(store.record(id).status(), Eval::RunRecord::Status::Running, 10000);
    QTRY_VERIFY(pause->isVisible());
    QVERIFY(!resume->isVisible());
    // Training goes on after the resume: new steps reach the chart.
    const int before = store.history(id).lastStep();
    server.advanceJobs(10 * 20);
    QTRY_VERIFY_WITH_TIMEOUT(store.history(id).lastStep() > before, 10000);
}

QTEST_MAIN(TestJobsDashboard)
#include "TestJobsDashboard.moc"
