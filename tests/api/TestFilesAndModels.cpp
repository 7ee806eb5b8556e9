// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/DeleteRequest.h"
#include "api/resources/FileContentRequest.h"
#include "api/resources/FileListRequest.h"
#include "api/resources/FileRetrieveRequest.h"
#include "api/resources/FileUploadRequest.h"
#include "api/resources/FileUploader.h"
#include "api/resources/ModelListRequest.h"
#include "api/resources/ModelRetrieveRequest.h"
#include "support/FakeServerClients.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Api;
using namespace Fts::Test;
using Fault = FakeOpenAiServer::Fault;

class TestFilesAndModels : public QObject
{
    Q_OBJECT

private:
    template<typename Job>
    static bool waitFor(Job *job, ApiError *error = nullptr)
    {
        QSignalSpy finished(job, &Job::finished);
        QSignalSpy failed(job, &Job::failed);
        job->start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
            return false;
        if (error && !failed.isEmpty())
            *error = failed.first().first().template value<ApiError>();
        return !finished.isEmpty();
    }

    static QByteArray datasetBytes(int lines)
    {
        QByteArray data;
        for (int i = 0; i < lines; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"question " + QByteArray::number(i)
                + "\"},{\"role\":\"assistant\",\"content\":\"answer\"}]}\n";
        return data;
    }

    QString writeFile(const QByteArray &data)
    {
        const QString path = m_dir.filePath(QStringLiteral("train-%1.jsonl").arg(++m_fileCounter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    int m_fileCounter = 0;

private Q_SLOTS:
    void uploadSendsPurposeAndBytesWithProgress()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        const QByteArray data = datasetBytes(2000);
        const QString path = writeFile(data);
        auto *upload = new FileUploadRequest(client, path);
        upload->setAutoDelete(false);
        QList<qint64> progress;
        connect(upload, &ApiRequest::uploadProgress, this, [&](qint64 sent, qint64) { progress.append(sent); });
        QVERIFY(waitFor(upload));
        QVERIFY(upload->file().id.startsWith(QLatin1String("file-")));
        QCOMPARE(upload->file().bytes, data.size());
        QCOMPARE(upload->file().filename, QFileInfo(path).fileName());
        QCOMPARE(upload->file().purpose, QStringLiteral("fine-tune"));
        QCOMPARE(server.fileContent(upload->file().id), data);
        QVERIFY(!progress.isEmpty());
        QVERIFY(*std::max_element(progress.cbegin(), progress.cend()) >= data.size());
        delete upload;
    }

    void uploadOfMissingFileFailsBeforeSending()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        auto *upload = new FileUploadRequest(FakeServerClients::create(server, this), m_dir.filePath(QStringLiteral("nope.jsonl")));
        ApiError error;
        QVERIFY(!waitFor(upload, &error));
        QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(error.userMessage().contains(QLatin1String("nope.jsonl")));
        QVERIFY(server.requests().isEmpty());
    }

    void listRetrieveContentDelete()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        for (int i = 0; i < 5; ++i)
            server.addFile(QStringLiteral("f%1.jsonl").arg(i), "{}\n");
        server.addFile(QStringLiteral("results.csv"), "c3RlcCx0cmFpbl9sb3NzCjEsMC41Cg==", QStringLiteral("fine-tune-results"));
        ApiClient *client = FakeServerClients::create(server, this);

        auto *page = new FileListRequest(client, QStringLiteral("fine-tune"), QString(), 3);
        page->setAutoDelete(false);
        QVERIFY(waitFor(page));
        QCOMPARE(page->page().data.size(), 3);
        QVERIFY(page->page().hasMore);
        QCOMPARE(page->page().data.first().filename, QStringLiteral("f4.jsonl")); // newest first by default
        auto *rest = new FileListRequest(client, QStringLiteral("fine-tune"), page->page().nextAfter(), 3);
        rest->setAutoDelete(false);
        QVERIFY(waitFor(rest));
        QCOMPARE(rest->page().data.size(), 2);
        QVERIFY(!rest->page().hasMore);

        auto *all = new FileListRequest(client, QStringLiteral("fine-tune-results"));
        all->setAutoDelete(false);
        QVERIFY(waitFor(all));
        QCOMPARE(all->page().data.size(), 1);
        const QString csvId = all->page().data.first().id;

        auto *content = new FileContentRequest(client, csvId);
        content->setAutoDelete(false);
        QVERIFY(waitFor(content));
        QCOMPARE(content->decodedContent(), QByteArray("step,train_loss\n1,0.5\n"));

        auto *retrieve = new FileRetrieveRequest(client, page->page().data.first().id);
        retrieve->setAutoDelete(false);
        QVERIFY(waitFor(retrieve));
        QCOMPARE(retrieve->file().filename, QStringLiteral("f4.jsonl"));

        auto *remove = new DeleteRequest(client, DeleteRequest::Target::File, retrieve->file().id);
        remove->setAutoDelete(false);
        QVERIFY(waitFor(remove));
        QVERIFY(remove->deleted());
        QVERIFY(!server.hasFile(retrieve->file().id));
        for (QObject *object : QList<QObject *>{page, rest, all, content, retrieve, remove})
            delete object;
    }

    void decodeResultFileLeavesPlainContentAlone()
    {
        QCOMPARE(FileContentRequest::decodeResultFile("step,loss\n1,2\n"), QByteArray("step,loss\n1,2\n"));
        QCOMPARE(FileContentRequest::decodeResultFile("c3RlcAo=\n"), QByteArray("step\n"));
        QCOMPARE(FileContentRequest::decodeResultFile("abcd"), QByteArray("abcd")); // decodes to binary: kept
        QCOMPARE(FileContentRequest::decodeResultFile(""), QByteArray());
    }

    void largeFileGoesThroughUploadsInOrderedParts()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setLatencyMs(30); // keep parts in flight long enough to overlap
        ApiClient *client = FakeServerClients::create(server, this);
        const QByteArray data = datasetBytes(400);
        const QString path = writeFile(data);
        FileUploader uploader(client, path);
        uploader.setMultipartThreshold(4096);
        uploader.setPartSize(5000);
        QList<qint64> progress;
        connect(&uploader, &FileUploader::progress, this, [&](qint64 sent, qint64 total) {
            QCOMPARE(total, data.size());
            progress.append(sent);
        });
        server.addFault("POST", QStringLiteral("^/uploads/[^/]+/parts$"), Fault::httpError(500)); // one part retried
        QVERIFY(waitFor(&uploader));
        QVERIFY(uploader.usesUploadsApi());
        QCOMPARE(server.fileContent(uploader.file().id), data);
        const int partCount = int((data.size() + 4999) / 5000);
        QCOMPARE(server.requestsMatching(QStringLiteral("/parts$")).size(), partCount + 1);
        QCOMPARE(server.maxConcurrentRequests(), 2);
        const QJsonObject completion = server.requestsMatching(QStringLiteral("/complete$")).first().json();
        QCOMPARE(completion.value(QLatin1String("part_ids")).toArray().size(), partCount);
        QCOMPARE(completion.value(QLatin1String("md5")).toString().toLatin1(),
                 QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
        const QJsonObject created = server.requestsMatching(QStringLiteral("^/uploads$")).first().json();
        QCOMPARE(created.value(QLatin1String("bytes")).toInteger(), data.size());
        QCOMPARE(created.value(QLatin1String("mime_type")).toString(), QStringLiteral("text/jsonl"));
        QCOMPARE(progress.last(), data.size());
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    }

    void failingPartCancelsTheUpload()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        const QString path = writeFile(datasetBytes(200));
        FileUploader uploader(client, path);
        uploader.setMultipartThreshold(1000);
        uploader.setPartSize(4000);
        server.addFault("POST", QStringLiteral("/parts$"), Fault::httpError(400, QStringLiteral("invalid_request_error"),
                                                                            {}, QStringLiteral("bad part")));
        ApiError error;
        QVERIFY(!waitFor(&uploader, &error));
        QCOMPARE(error.httpStatus, 400);
        QTRY_COMPARE(server.requestsMatching(QStringLiteral("/cancel$")).size(), 1);
        const QString uploadId = server.requestsMatching(QStringLiteral("/cancel$")).first().path.section(QLatin1Char('/'), 2, 2);
        QCOMPARE(server.upload(uploadId).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(server.fileCount(), 0);
    }

    void smallFileUsesOneMultipartRequest()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        FileUploader uploader(FakeServerClients::create(server, this), writeFile(datasetBytes(10)));
        QVERIFY(waitFor(&uploader));
        QVERIFY(!uploader.usesUploadsApi());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path, QStringLiteral("/files"));
    }

    void cancelStopsAnUploadInFlight()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setLatencyMs(500);
        FileUploader uploader(FakeServerClients::create(server, this), writeFile(datasetBytes(50)));
        QSignalSpy failed(&uploader, &FileUploader::failed);
        uploader.start();
        QTRY_COMPARE(server.requests().size(), 1);
        uploader.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    }

    void modelsCarryShutdownDates()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addModel(QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme:coder:abc123"), QStringLiteral("acme"));
        ApiClient *client = FakeServerClients::create(server, this);
        auto *list = new ModelListRequest(client);
        list->setAutoDelete(false);
        QVERIFY(waitFor(list));
        const auto models = list->models();
        const auto mini = std::find_if(models.cbegin(), models.cend(), [](const ModelInfo &m) {
            return m.id == QLatin1String("gpt-4o-mini-2024-07-18");
        });
        QVERIFY(mini != models.cend());
        QCOMPARE(mini->shutdownDate, QDate(2027, 1, 14));
        QVERIFY(!mini->isFineTuned());
        QVERIFY(mini->isShutDown(QDate(2027, 1, 14)));
        QVERIFY(!mini->isShutDown(QDate(2026, 11, 25)));
        QCOMPARE(std::count_if(models.cbegin(), models.cend(), [](const ModelInfo &m) { return m.isFineTuned(); }), 1);
        delete list;

        auto *retrieve = new ModelRetrieveRequest(client, QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme:coder:abc123"));
        retrieve->setAutoDelete(false);
        QVERIFY(waitFor(retrieve));
        QCOMPARE(retrieve->model().ownedBy, QStringLiteral("acme"));
        QVERIFY(!retrieve->model().shutdownDate.isValid());
        QVERIFY(server.requests().last().fullPath.contains(QLatin1String("ft%3Agpt-4o-mini")));
        delete retrieve;

        auto *remove = new DeleteRequest(client, DeleteRequest::Target::Model, QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme:coder:abc123"));
        remove->setAutoDelete(false);
        QVERIFY(waitFor(remove));
        QVERIFY(remove->deleted());
        delete remove;

        auto *refuse = new DeleteRequest(client, DeleteRequest::Target::Model, QStringLiteral("gpt-4o-2024-08-06"));
        ApiError error;
        QVERIFY(!waitFor(refuse, &error));
        QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
    }

    void unknownModelIs404()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        auto *retrieve = new ModelRetrieveRequest(FakeServerClients::create(server, this), QStringLiteral("gpt-9"));
        ApiError error;
        QVERIFY(!waitFor(retrieve, &error));
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.code, QStringLiteral("model_not_found"));
    }
};

QTEST_GUILESS_MAIN(TestFilesAndModels)
#include "TestFilesAndModels.moc"
