// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobLauncher.h"
#include "support/FakeServerClients.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Api;
using namespace Fts::Test;
using Fault = FakeOpenAiServer::Fault;
using Stage = JobLauncher::Stage;

class TestJobLauncher : public QObject
{
    Q_OBJECT

private:
    static QByteArray datasetBytes(int lines, const QByteArray &tag = "q")
    {
        QByteArray data;
        for (int i = 0; i < lines; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"" + tag + QByteArray::number(i)
                + "\"},{\"role\":\"assistant\",\"content\":\"answer\"}]}\n";
        return data;
    }

    JobLauncher::Source writeSource(const QByteArray &data, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return JobLauncher::Source::local(path, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }

    /** Runs @p launcher to its end; true when the job was created. */
    static bool run(JobLauncher &launcher, const JobCreateParams &params, const JobLauncher::Source &training,
                    const JobLauncher::Source &validation = {}, ApiError *error = nullptr)
    {
        QSignalSpy finished(&launcher, &JobLauncher::finished);
        QSignalSpy failed(&launcher, &JobLauncher::failed);
        launcher.start(params, training, validation);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
            return false;
        if (error && !failed.isEmpty())
            *error = failed.first().first().value<ApiError>();
        return !finished.isEmpty() && failed.isEmpty();
    }

    static JobCreateParams params()
    {
        JobCreateParams params;
        params.model = QStringLiteral("gpt-4o-mini-2024-07-18");
        params.suffix = QStringLiteral("icd10");
        return params;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void uploadsBothFilesThenCreatesTheJob()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        JobLauncher launcher(FakeServerClients::create(server, this));
        QList<Stage> stages;
        connect(&launcher, &JobLauncher::stageChanged, this, [&](Stage stage) { stages.append(stage); });
        QSignalSpy progress(&launcher, &JobLauncher::uploadProgress);
        const QByteArray training = datasetBytes(20);
        const QByteArray validation = datasetBytes(5, "v");
        QVERIFY(run(launcher, params(), writeSource(training, QStringLiteral("notes-train.jsonl")),
                    writeSource(validation, QStringLiteral("notes-validation.jsonl"))));
        QCOMPARE(stages, (QList<Stage>{Stage::UploadingTraining, Stage::UploadingValidation, Stage::CreatingJob, Stage::Done}));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(server.fileContent(launcher.trainingFileId()), training);
        QCOMPARE(server.fileContent(launcher.validationFileId()), validation);
        const QJsonObject sent = server.requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "POST").first().json();
        QCOMPARE(sent.value(QLatin1String("training_file")).toString(), launcher.trainingFileId());
        QCOMPARE(sent.value(QLatin1String("validation_file")).toString(), launcher.validationFileId());
        QCOMPARE(sent.value(QLatin1String("suffix")).toString(), QStringLiteral("icd10"));
        QVERIFY(launcher.job().id.startsWith(QLatin1String("ftjob-")));
        QCOMPARE(launcher.job().trainingFile, launcher.trainingFileId());
    }

    void failedCreationKeepsTheUploadAndTheRetryReusesIt()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        JobLauncher launcher(FakeServerClients::create(server, this));
        server.addFault("POST", QStringLiteral("^/fine_tuning/jobs$"),
                        Fault::httpError(403, QStringLiteral("invalid_request_error"), QStringLiteral("not_allowed"),
                                         QStringLiteral("Your organization is not allowed to create fine-tuning jobs.")));
        const JobLauncher::Source training = writeSource(datasetBytes(12), QStringLiteral("a.jsonl"));
        ApiError error;
        QVERIFY(!run(launcher, params(), training, {}, &error));
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(error.userMessage().contains(QLatin1String("not allowed to create fine-tuning jobs")));
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(error.userMessage().contains(error.requestId));
        QCOMPARE(launcher.stage(), Stage::Failed);
        const QString uploaded = launcher.trainingFileId();
        QVERIFY(!uploaded.isEmpty());
        QCOMPARE(launcher.uploadedFileId(training.contentHash), uploaded);
        QCOMPARE(server.fileCount(), 1);

        QVERIFY(run(launcher, params(), training));
        QCOMPARE(server.fileCount(), 1); // not uploaded (nor paid for) twice
        QCOMPARE(server.requestsMatching(QStringLiteral("^/files$"), "POST").size(), 1);
        QCOMPARE(launcher.job().trainingFile, uploaded);
    }

    void changedDataIsUploadedAgain()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        JobLauncher launcher(FakeServerClients::create(server, this));
        QVERIFY(run(launcher, params(), writeSource(datasetBytes(12), QStringLiteral("b.jsonl"))));
        QVERIFY(run(launcher, params(), writeSource(datasetBytes(13), QStringLiteral("b.jsonl"))));
        QCOMPARE(server.fileCount(), 2);
    }

    void alreadyUploadedFilesAreNotSentAgain()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        const QString existing = server.addFile(QStringLiteral("earlier.jsonl"), datasetBytes(15));
        JobLauncher launcher(FakeServerClients::create(server, this));
        QList<Stage> stages;
        connect(&launcher, &JobLauncher::stageChanged, this, [&](Stage stage) { stages.append(stage); });
        QVERIFY(run(launcher, params(), JobLauncher::Source::uploaded(existing)));
        QCOMPARE(stages, (QList<Stage>{Stage::UploadingTraining, Stage::CreatingJob, Stage::Done}));
        QCOMPARE(server.requestsMatching(QStringLiteral("^/files$"), "POST").size(), 0);
        QCOMPARE(launcher.job().trainingFile, existing);
    }

    void bigFilesGoThroughTheUploadsApi()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        JobLauncher launcher(FakeServerClients::create(server, this));
        launcher.setUploadLimits(2000, 3000);
        const QByteArray data = datasetBytes(200);
        QVERIFY(run(launcher, params(), writeSource(data, QStringLiteral("big.jsonl"))));
        QVERIFY(server.requestsMatching(QStringLiteral("/parts$")).size() > 2);
        QCOMPARE(server.fileContent(launcher.trainingFileId()), data);
    }

    void badSuffixFailsBeforeAnyUpload()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        JobLauncher launcher(FakeServerClients::create(server, this));
        JobCreateParams bad = params();
        bad.suffix = QStringLiteral("my model!");
        ApiError error;
        QVERIFY(!run(launcher, bad, writeSource(datasetBytes(12), QStringLiteral("c.jsonl")), {}, &error));
        QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(error.param, QStringLiteral("suffix"));
        QCOMPARE(server.requests().size(), 0);
    }

    void cancelDuringUploadStopsEverything()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setLatencyMs(500);
        JobLauncher launcher(FakeServerClients::create(server, this));
        QSignalSpy failed(&launcher, &JobLauncher::failed);
        launcher.start(params(), writeSource(datasetBytes(30), QStringLiteral("d.jsonl")));
        QTRY_COMPARE(server.requests().size(), 1);
        QVERIFY(launcher.isRunning());
        launcher.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!launcher.isRunning());
        QTest::qWait(700);
        QCOMPARE(server.requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "POST").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobLauncher)
#include "TestJobLauncher.moc"
