// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FileContentRequest.h"
#include "api/resources/JobActionRequest.h"
#include "api/resources/JobCheckpointsRequest.h"
#include "api/resources/JobCreateRequest.h"
#include "api/resources/JobEventPoller.h"
#include "api/resources/JobEventsRequest.h"
#include "api/resources/JobListRequest.h"
#include "api/resources/JobRetrieveRequest.h"
#include "support/FakeServerClients.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fts::Api;
using namespace Fts::Test;

class TestFineTuningJobs : public QObject
{
    Q_OBJECT

private:
    template<typename Request>
    static bool runToEnd(Request *request, ApiError *error = nullptr)
    {
        request->setAutoDelete(false);
        QSignalSpy finished(request, &ApiRequest::finished);
        QSignalSpy failed(request, &ApiRequest::failed);
        request->start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
            return false;
        if (error && !failed.isEmpty())
            *error = failed.first().first().value<ApiError>();
        return !finished.isEmpty();
    }

    JobCreateParams baseParams(FakeOpenAiServer &server, bool withValidation = true)
    {
        JobCreateParams params;
        params.model = QStringLiteral("gpt-4o-mini-2024-07-18");
        params.trainingFile = server.addFile(QStringLiteral("train.jsonl"), QByteArrayLiteral("{\"messages\":[]}\n"));
        if (withValidation)
            params.validationFile = server.addFile(QStringLiteral("valid.jsonl"), QByteArrayLiteral("{\"messages\":[]}\n"));
        params.suffix = QStringLiteral("icd10-coder");
        params.epochs = Hyperparameter::number(3);
        params.learningRateMultiplier = Hyperparameter::automatic();
        params.seed = 42;
        params.metadata.insert(QStringLiteral("project"), QStringLiteral("coding"));
        return params;
    }

private Q_SLOTS:
    void createSendsMethodHyperparametersAndMarker()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new JobCreateRequest(client, baseParams(server));
        QVERIFY(runToEnd(request));
        QVERIFY(request->job().id.startsWith(QLatin1String("ftjob-")));
        QCOMPARE(request->job().status, FineTuningJob::Status::ValidatingFiles);
        QVERIFY(!request->job().hasError()); // the healthy job's "error": {} is no error
        QCOMPARE(request->job().suffix, QStringLiteral("icd10-coder"));
        const QJsonObject sent = server.requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "POST").first().json();
        const QJsonObject method = sent.value(QLatin1String("method")).toObject();
        QCOMPARE(method.value(QLatin1String("type")).toString(), QStringLiteral("supervised"));
        const QJsonObject hyper = method.value(QLatin1String("supervised")).toObject().value(QLatin1String("hyperparameters")).toObject();
        QCOMPARE(hyper.value(QLatin1String("n_epochs")).toInt(), 3);
        QCOMPARE(hyper.value(QLatin1String("learning_rate_multiplier")).toString(), QStringLiteral("auto"));
        QVERIFY(!hyper.contains(QLatin1String("batch_size")));
        QVERIFY(!sent.contains(QLatin1String("hyperparameters"))); // the deprecated top-level form is never sent
        QCOMPARE(sent.value(QLatin1String("seed")).toInt(), 42);
        const QJsonObject metadata = sent.value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("project")).toString(), QStringLiteral("coding"));
        QCOMPARE(metadata.value(JobCreateRequest::clientReferenceKey()).toString(), request->clientReference());
        delete request;
    }

    void dpoJobHasNullHyperparametersButMethodValues()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        JobCreateParams params = baseParams(server);
        params.method = JobCreateParams::Method::Dpo;
        params.beta = Hyperparameter::number(0.2);
        auto *request = new JobCreateRequest(client, params);
        QVERIFY(runToEnd(request));
        QVERIFY(request->job().raw.value(QLatin1String("hyperparameters")).isNull());
        QCOMPARE(request->job().methodType, QStringLiteral("dpo"));
        QCOMPARE(request->job().hyperparameters.value(QLatin1String("beta")).toDouble(), 0.2);
        delete request;
    }

    void invalidParametersNeverReachTheServer_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<double>("epochs");
        QTest::addColumn<QString>("param");
        QTest::newRow("colon in suffix") << QStringLiteral("my:model") << 3.0 << QStringLiteral("suffix");
        QTest::newRow("space in suffix") << QStringLiteral("my model") << 3.0 << QStringLiteral("suffix");
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << 3.0 << QStringLiteral("suffix");
        QTest::newRow("zero epochs") << QStringLiteral("ok") << 0.0 << QStringLiteral("n_epochs");
        QTest::newRow("51 epochs") << QStringLiteral("ok") << 51.0 << QStringLiteral("n_epochs");
        QTest::newRow("fractional epochs") << QStringLiteral("ok") << 2.5 << QStringLiteral("n_epochs");
    }

    void invalidParametersNeverReachTheServer()
    {
        QFETCH(QString, suffix);
        QFETCH(double, epochs);
        QFETCH(QString, param);
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        JobCreateParams params = baseParams(server);
        params.suffix = suffix;
        params.epochs = Hyperparameter::number(epochs);
        auto *request = new JobCreateRequest(client, params);
        ApiError error;
        QVERIFY(!runToEnd(request, &error));
        QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(error.param, param);
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY(server.requestsMatching(QStringLiteral("fine_tuning")).isEmpty());
        delete request;
    }

    void timedOutCreateIsReconciledNotDuplicated()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        // The server creates the job, then the connection drops before the answer: the classic ambiguity.
        server.addFault("POST", QStringLiteral("^/fine_tuning/jobs$"), FakeOpenAiServer::Fault::drop(true));
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new JobCreateRequest(client, baseParams(server));
        QVERIFY(runToEnd(request));
        QVERIFY(request->wasReconciled());
        QCOMPARE(server.jobIds().size(), 1);
        QCOMPARE(request->job().id, server.jobIds().first());
        QCOMPARE(server.requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "POST").size(), 1);
        QCOMPARE(server.requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "GET").size(), 1);
        delete request;
    }

    void createLostBeforeTheServerActedIsSentAgain()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("POST", QStringLiteral("^/fine_tuning/jobs$"), FakeOpenAiServer::Fault::drop(false));
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new JobCreateRequest(client, baseParams(server));
        QVERIFY(runToEnd(request));
        QVERIFY(!request->wasReconciled());
        QCOMPARE(server.jobIds().size(), 1);
        QCOMPARE(server.requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "POST").size(), 2);
        delete request;
    }

    void createRejectedWith400IsNotRetried()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        JobCreateParams params = baseParams(server);
        params.trainingFile = QStringLiteral("file-missing");
        auto *request = new JobCreateRequest(client, params);
        ApiError error;
        QVERIFY(!runToEnd(request, &error));
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.param, QStringLiteral("training_file"));
        QVERIFY(error.userMessage().contains(error.requestId));
        QCOMPARE(server.requestsMatching(QStringLiteral("fine_tuning")).size(), 1);
        delete request;
    }

    void listPaginatesNewestFirstWithMetadataFilter()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        QStringList seeded;
        for (int i = 0; i < 5; ++i)
            seeded.prepend(server.seedJob(QJsonObject{{QStringLiteral("metadata"),
                                                       QJsonObject{{QStringLiteral("team"), i % 2 ? QStringLiteral("a") : QStringLiteral("b")}}}}));
        ApiClient *client = FakeServerClients::create(server, this);
        auto *first = new JobListRequest(client, QString(), 2);
        QVERIFY(runToEnd(first));
        QCOMPARE(first->page().data.size(), 2);
        QVERIFY(first->page().hasMore);
        QCOMPARE(first->page().data.at(0).id, seeded.at(0));
        auto *second = new JobListRequest(client, first->page().nextAfter(), 10);
        QVERIFY(runToEnd(second));
        QCOMPARE(second->page().data.size(), 3);
        QVERIFY(!second->page().hasMore);
        QCOMPARE(second->page().data.at(0).id, seeded.at(2));
        auto *filtered = new JobListRequest(client, QString(), 20, {{QStringLiteral("team"), QStringLiteral("a")}});
        QVERIFY(runToEnd(filtered));
        QCOMPARE(filtered->page().data.size(), 2);
        QCOMPARE(server.requests().last().query.queryItemValue(QStringLiteral("metadata[team]")), QStringLiteral("a"));
        delete first;
        delete second;
        delete filtered;
    }

    void jobRunsToSuccessWithMetricsCheckpointsAndResultCsv()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        auto *create = new JobCreateRequest(client, baseParams(server));
        QVERIFY(runToEnd(create));
        const QString jobId = create->job().id;
        delete create;

        JobEventPoller poller(client, jobId);
        poller.setIntervalMs(40);
        poller.setPageSize(7); // small pages force the gap-filling path
        QList<JobEvent> delivered;
        QList<FineTuningJob::Status> statuses;
        connect(&poller, &JobEventPoller::eventsReceived, this, [&](const QList<JobEvent> &events) { delivered += events; });
        connect(&poller, &JobEventPoller::jobUpdated, this, [&](const FineTuningJob &job) {
            if (statuses.isEmpty() || statuses.last() != job.status)
                statuses.append(job.status);
        });
        QSignalSpy finished(&poller, &JobEventPoller::jobFinished);
        poller.start();
        QVERIFY(finished.wait(15000));
        QVERIFY(!poller.isActive());
        QCOMPARE(statuses.last(), FineTuningJob::Status::Succeeded);
        QVERIFY(statuses.contains(FineTuningJob::Status::Running));

        // Every event exactly once, oldest first, equal to what the server holds.
        QCOMPARE(delivered.size(), server.jobEventCount(jobId));
        QSet<QString> ids;
        QList<qint64> steps;
        for (const JobEvent &event : delivered) {
            QVERIFY2(!ids.contains(event.id), qPrintable(event.id));
            ids.insert(event.id);
            if (event.isMetrics())
                steps.append(*event.step());
        }
        QCOMPARE(steps.size(), 30);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i), i + 1);
        QVERIFY(delivered.first().message.startsWith(QLatin1String("Created fine-tuning job")));
        const JobEvent lastMetrics = *std::find_if(delivered.crbegin(), delivered.crend(),
                                                   [](const JobEvent &e) { return e.isMetrics(); });
        QVERIFY(lastMetrics.metric(QStringLiteral("full_valid_loss")).has_value());
        QVERIFY(lastMetrics.metric(QStringLiteral("train_mean_token_accuracy")).has_value());

        const FineTuningJob job = poller.job();
        QVERIFY(job.fineTunedModel.startsWith(QLatin1String("ft:gpt-4o-mini-2024-07-18:fake-org:icd10-coder:")));
        QCOMPARE(job.resultFiles.size(), 1);
        QVERIFY(job.trainedTokens.has_value());

        auto *checkpoints = new JobCheckpointsRequest(client, jobId);
        QVERIFY(runToEnd(checkpoints));
        QCOMPARE(checkpoints->page().data.size(), 3);
        QCOMPARE(checkpoints->page().data.first().stepNumber, 30); // newest first
        QVERIFY(checkpoints->page().data.first().metrics.contains(QStringLiteral("full_valid_loss")));
        QVERIFY(checkpoints->page().data.first().fineTunedModelCheckpoint.endsWith(QLatin1String(":ckpt-step-30")));
        QCOMPARE(checkpoints->page().firstId, checkpoints->page().data.first().id);
        delete checkpoints;

        auto *content = new FileContentRequest(client, job.resultFiles.first());
        QVERIFY(runToEnd(content));
        QVERIFY(!content->content().startsWith("step,")); // it arrives base64-encoded
        const QList<QByteArray> lines = content->decodedContent().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy"));
        QCOMPARE(lines.size(), 31);
        QVERIFY(lines.at(1).startsWith("1,"));
        delete content;
    }

    void eventsPageBackwardsWithAfter()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setAutoAdvance(false);
        const QString jobId = server.seedJob();
        server.advanceJobs(2000);
        QCOMPARE(server.job(jobId).value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        ApiClient *client = FakeServerClients::create(server, this);
        auto *page1 = new JobEventsRequest(client, jobId, QString(), 5);
        QVERIFY(runToEnd(page1));
        QCOMPARE(page1->page().data.first().message, QStringLiteral("The job has successfully completed"));
        QVERIFY(page1->page().hasMore);
        auto *page2 = new JobEventsRequest(client, jobId, page1->page().nextAfter(), 5);
        QVERIFY(runToEnd(page2));
        QVERIFY(page2->page().data.first().createdAt <= page1->page().data.last().createdAt);
        QVERIFY(page2->page().data.first().id != page1->page().data.last().id);
        delete page1;
        delete page2;
    }

    void pauseResumeAndCancel()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setAutoAdvance(false);
        const QString jobId = server.seedJob();
        server.advanceJobs(130); // validating (60) + queued (60) → running
        QCOMPARE(server.job(jobId).value(QLatin1String("status")).toString(), QStringLiteral("running"));
        ApiClient *client = FakeServerClients::create(server, this);

        auto *pause = new JobActionRequest(client, jobId, JobActionRequest::Action::Pause);
        QVERIFY(runToEnd(pause));
        QCOMPARE(pause->job().status, FineTuningJob::Status::Paused);
        QCOMPARE(pause->job().statusText, QStringLiteral("paused"));
        QVERIFY(!pause->job().isActive());
        QVERIFY(!pause->job().isTerminal());
        server.advanceJobs(5000);
        QCOMPARE(server.job(jobId).value(QLatin1String("status")).toString(), QStringLiteral("paused"));

        auto *resume = new JobActionRequest(client, jobId, JobActionRequest::Action::Resume);
        QVERIFY(runToEnd(resume));
        QCOMPARE(resume->job().status, FineTuningJob::Status::Queued);

        auto *cancel = new JobActionRequest(client, jobId, JobActionRequest::Action::Cancel);
        QVERIFY(runToEnd(cancel));
        QCOMPARE(cancel->job().status, FineTuningJob::Status::Cancelled);
        QVERIFY(cancel->job().isTerminal());

        auto *again = new JobActionRequest(client, jobId, JobActionRequest::Action::Pause);
        ApiError error;
        QVERIFY(!runToEnd(again, &error));
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(server.requestsMatching(QStringLiteral("/pause$")).size(), 2); // 400 is not retried
        delete pause;
        delete resume;
        delete cancel;
        delete again;
    }

    void failedValidationShowsTheJobError()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setAutoAdvance(false);
        server.setNextJobFailure(QStringLiteral("Line 3: missing assistant message"));
        const QString jobId = server.seedJob();
        server.advanceJobs(100);
        ApiClient *client = FakeServerClients::create(server, this);
        auto *retrieve = new JobRetrieveRequest(client, jobId);
        QVERIFY(runToEnd(retrieve));
        QCOMPARE(retrieve->job().status, FineTuningJob::Status::Failed);
        QVERIFY(retrieve->job().hasError());
        QCOMPARE(retrieve->job().error.message, QStringLiteral("Line 3: missing assistant message"));
        QCOMPARE(retrieve->job().error.param, QStringLiteral("training_file"));
        delete retrieve;
    }

    void unknownJobIs404WithPlainMessage()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        auto *retrieve = new JobRetrieveRequest(client, QStringLiteral("ftjob-nope"));
        ApiError error;
        QVERIFY(!runToEnd(retrieve, &error));
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(error.userMessage().contains(QLatin1String("does not know")));
        QVERIFY(error.userMessage().contains(error.requestId));
        QCOMPARE(server.requests().size(), 1);
        delete retrieve;
    }
};

QTEST_GUILESS_MAIN(TestFineTuningJobs)
#include "TestFineTuningJobs.moc"
