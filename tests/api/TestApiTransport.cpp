// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobRetrieveRequest.h"
#include "api/resources/ModelListRequest.h"
#include "api/transport/HttpLogger.h"
#include "support/FakeServerClients.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fts::Api;
using namespace Fts::Test;
using Fault = FakeOpenAiServer::Fault;

class TestApiTransport : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool succeeded = false;
        ApiError error;
        QList<int> retryDelays;
        int attempts = 0;
    };

    static Outcome listModels(ApiClient *client)
    {
        auto *request = new ModelListRequest(client);
        Outcome outcome;
        QSignalSpy finished(request, &ApiRequest::finished);
        QSignalSpy failed(request, &ApiRequest::failed);
        QObject::connect(request, &ApiRequest::retrying, request,
                         [&outcome](int, int delayMs, const ApiError &) { outcome.retryDelays.append(delayMs); });
        QObject::connect(request, &ApiRequest::finished, request, [&outcome, request] { outcome.attempts = request->attempts(); });
        QObject::connect(request, &ApiRequest::failed, request, [&outcome, request] { outcome.attempts = request->attempts(); });
        request->start();
        const bool ended = QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000);
        outcome.succeeded = ended && !finished.isEmpty();
        outcome.succeeded = !finished.isEmpty();
        if (!failed.isEmpty())
            outcome.error = failed.first().first().value<ApiError>();
        return outcome;
    }

private Q_SLOTS:
    void rateLimitWithRetryAfterIsHonoured()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::rateLimited("3"));
        ApiClient *client = FakeServerClients::create(server, this);
        const Outcome outcome = listModels(client);
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.retryDelays, QList<int>{3000});
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
    }

    void retryAfterMsWinsOverRetryAfter()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::rateLimited("7", "250"));
        const Outcome outcome = listModels(FakeServerClients::create(server, this));
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.retryDelays, QList<int>{250});
    }

    void retryAfterBeyondTwoMinutesIsNotWaitedFor()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::rateLimited("121"));
        const Outcome outcome = listModels(FakeServerClients::create(server, this));
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.error.httpStatus, 429);
        QVERIFY(outcome.retryDelays.isEmpty());
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("rate-limiting")));
        QCOMPARE(server.requests().size(), 1);
    }

    void serverErrorsBackOffExponentiallyThenGiveUp_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
        QTest::newRow("408") << 408;
        QTest::newRow("409") << 409;
    }

    void serverErrorsBackOffExponentiallyThenGiveUp()
    {
        QFETCH(int, status);
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::httpError(status), 3);
        const Outcome outcome = listModels(FakeServerClients::create(server, this));
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.error.httpStatus, status);
        QCOMPARE(outcome.retryDelays, (QList<int>{500, 1000})); // jitter source fixed at 0 in tests
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(!outcome.error.requestId.isEmpty());
    }

    void jitterShortensTheBackoffByAtMostAQuarter()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::httpError(500), 2);
        ApiClient *client = FakeServerClients::create(server, this);
        client->setRandomSource([] { return 1.0; });
        const Outcome outcome = listModels(client);
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.retryDelays, (QList<int>{375, 750}));
    }

    void recoversAfterOneServerError()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::httpError(502));
        const Outcome outcome = listModels(FakeServerClients::create(server, this));
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.attempts, 2);
    }

    void insufficientQuotaIsNeverRetried()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::quotaExhausted());
        const Outcome outcome = listModels(FakeServerClients::create(server, this));
        QVERIFY(!outcome.succeeded);
        QVERIFY(outcome.error.isQuotaExhausted());
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("credit")));
        QCOMPARE(server.requests().size(), 1);
    }

    void shouldRetryHeaderOverridesTheStatus()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        Fault noRetry = Fault::httpError(503);
        noRetry.shouldRetry = "false";
        server.addFault("GET", QStringLiteral("^/models$"), noRetry);
        QVERIFY(!listModels(FakeServerClients::create(server, this)).succeeded);
        QCOMPARE(server.requests().size(), 1);

        Fault retry = Fault::httpError(400, QStringLiteral("invalid_request_error"));
        retry.shouldRetry = "true";
        server.addFault("GET", QStringLiteral("^/models$"), retry);
        QVERIFY(listModels(FakeServerClients::create(server, this)).succeeded);
        QCOMPARE(server.requests().size(), 3);
    }

    void clientErrorsAreNotRetried()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setApiKey(QStringLiteral("sk-right"));
        ProviderOptions options;
        options.baseUrl = server.baseUrl();
        options.apiKey = QStringLiteral("sk-wrong");
        ApiClient client(Provider::create(QStringLiteral("openai"), options));
        QSignalSpy authFailed(&client, &ApiClient::authenticationFailed);
        const Outcome outcome = listModels(&client);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.error.code, QStringLiteral("invalid_api_key"));
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("API key was rejected")));
        QCOMPARE(authFailed.size(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void droppedConnectionIsRetriedForIdempotentRequests()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::drop(), 3);
        const Outcome outcome = listModels(FakeServerClients::create(server, this));
        // QNAM itself resends an unanswered GET once per connection; our retries come on top. Either way
        // the request ends successfully and every failure was a network failure.
        QVERIFY(outcome.succeeded);
        QVERIFY(server.requests().size() >= 4);
    }

    void connectionRefusedIsANetworkErrorAfterRetries()
    {
        QUrl url;
        {
            FakeOpenAiServer closed;
            QVERIFY(closed.start());
            url = closed.baseUrl();
        }
        ProviderOptions options;
        options.baseUrl = url;
        options.apiKey = QStringLiteral("sk-x");
        ApiClient client(Provider::create(QStringLiteral("openai"), options));
        client.setBackoffScale(0.001);
        const Outcome outcome = listModels(&client);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QCOMPARE(outcome.attempts, 3);
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("Could not reach")));
    }

    void slowReplyHitsTheTransferTimeout()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::delay(1500), 3);
        ApiClient *client = FakeServerClients::create(server, this);
        client->setTransferTimeoutMs(150);
        const Outcome outcome = listModels(client);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(outcome.attempts, 3);
        QVERIFY(outcome.error.userMessage().contains(QLatin1String("did not answer in time")));
        // The server's late answers must find the sockets closed and simply be dropped.
        QTRY_COMPARE_WITH_TIMEOUT(server.inFlightRequests(), 0, 3000);
    }

    void slowReplyWithinTheTimeoutSucceeds()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::delay(200));
        ApiClient *client = FakeServerClients::create(server, this);
        client->setTransferTimeoutMs(2000);
        QVERIFY(listModels(client).succeeded);
    }

    void truncatedJsonIsAClearErrorNotACrash()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::truncatedJson());
        const Outcome outcome = listModels(FakeServerClients::create(server, this));
        QCOMPARE(outcome.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY(outcome.error.message.contains(QLatin1String("malformed JSON")));
        QVERIFY(!outcome.error.requestId.isEmpty());
        QVERIFY(outcome.error.userMessage().contains(outcome.error.requestId));
    }

    void oversizedBodyIsRefused()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::oversized(3 * 1024 * 1024));
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new ModelListRequest(client);
        request->setMaxResponseBytes(1024 * 1024);
        QSignalSpy failed(request, &ApiRequest::failed);
        request->start();
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY(error.message.contains(QLatin1String("larger than")));
        QCOMPARE(server.requests().size(), 1);
    }

    void cancelDuringBackoffStopsEverything()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.addFault("GET", QStringLiteral("^/models$"), Fault::rateLimited("60"));
        ApiClient *client = FakeServerClients::create(server, this);
        client->setBackoffScale(1.0); // really wait 60 s, unless cancelled
        auto *request = new ModelListRequest(client);
        QSignalSpy failed(request, &ApiRequest::failed);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        QSignalSpy destroyed(request, &QObject::destroyed);
        request->start();
        QVERIFY(retrying.wait(5000));
        QCOMPARE(client->activeRequestCount(), 1);
        request->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(destroyed.wait(1000)); // auto-delete
        QCOMPARE(client->activeRequestCount(), 0);
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), 1);
    }

    void rateLimitHeadersAreTracked()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        QSignalSpy changed(client, &ApiClient::rateLimitChanged);
        QVERIFY(listModels(client).succeeded);
        QCOMPARE(changed.size(), 1);
        const RateLimitInfo info = client->rateLimit();
        QCOMPARE(info.limitRequests, 5000);
        QCOMPARE(info.remainingRequests, 4999);
        QCOMPARE(info.limitTokens, 2000000);
        QCOMPARE(info.resetRequestsMs, 12);
        QCOMPARE(info.resetTokensMs, 360000);
    }

    void plainHttpIsRefusedExceptLoopback()
    {
        ProviderOptions options;
        options.baseUrl = QUrl(QStringLiteral("http://api.example.com/v1"));
        options.apiKey = QStringLiteral("sk-secret");
        ApiClient client(Provider::create(QStringLiteral("compatible"), options));
        auto *request = new ModelListRequest(&client);
        QSignalSpy failed(request, &ApiRequest::failed);
        request->start();
        QVERIFY(failed.wait(1000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(error.userMessage().contains(QLatin1String("HTTPS")));
        QVERIFY(Provider::checkTransportSecurity(QUrl(QStringLiteral("http://localhost:8080/v1"))).kind == ApiError::Kind::None);
        QVERIFY(Provider::checkTransportSecurity(QUrl(QStringLiteral("http://127.0.0.5/v1"))).kind == ApiError::Kind::None);
        QVERIFY(Provider::checkTransportSecurity(QUrl(QStringLiteral("http://[::1]:1/v1"))).kind == ApiError::Kind::None);
        QVERIFY(Provider::checkTransportSecurity(QUrl(QStringLiteral("http://10.0.0.1/v1"))).isError());
        QVERIFY(Provider::checkTransportSecurity(QUrl(QStringLiteral("ftp://api.openai.com/v1"))).isError());
        QVERIFY(!Provider::checkTransportSecurity(QUrl(QStringLiteral("https://api.openai.com/v1"))).isError());
    }

    void azureModeUsesApiKeyHeaderAndPrefix()
    {
        FakeOpenAiServer server;
        server.setMode(FakeOpenAiServer::Mode::Azure);
        QVERIFY(server.start());
        QVERIFY(server.baseUrl().path().startsWith(QLatin1String("/openai/v1")));
        ApiClient *client = FakeServerClients::create(server, this);
        QCOMPARE(client->provider().kind(), Provider::Kind::AzureOpenAi);
        QVERIFY(client->supports(ProviderCapability::NeedsDeployment));
        QVERIFY(listModels(client).succeeded);
        const FakeOpenAiServer::Request sent = server.requests().first();
        QCOMPARE(sent.fullPath, QStringLiteral("/openai/v1/models"));
        QCOMPARE(sent.header("api-key"), server.apiKey().toUtf8());
        QVERIFY(sent.header("authorization").isEmpty());

        // A Bearer key is not what Azure wants.
        ProviderOptions options;
        options.baseUrl = server.baseUrl();
        options.apiKey = server.apiKey();
        ApiClient wrong(Provider::create(QStringLiteral("openai"), options));
        wrong.setBackoffScale(0.001);
        QCOMPARE(listModels(&wrong).error.httpStatus, 401);
    }

    void openAiSendsOrganizationAndProjectHeaders()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ProviderOptions options;
        options.baseUrl = server.baseUrl();
        options.apiKey = server.apiKey();
        options.organization = QStringLiteral("org-123");
        options.project = QStringLiteral("proj_456");
        ApiClient client(Provider::create(QStringLiteral("openai"), options));
        QVERIFY(listModels(&client).succeeded);
        const FakeOpenAiServer::Request sent = server.requests().first();
        QCOMPARE(sent.header("openai-organization"), QByteArray("org-123"));
        QCOMPARE(sent.header("openai-project"), QByteArray("proj_456"));
        QVERIFY(sent.header("user-agent").startsWith("FinetuneStudio/"));
    }

    void compatibleProviderOffersOnlyChatAndModels()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::createCompatible(server, this);
        QVERIFY(listModels(client).succeeded);
        auto *job = new JobRetrieveRequest(client, QStringLiteral("ftjob-1"));
        QSignalSpy failed(job, &ApiRequest::failed);
        job->start();
        QVERIFY(failed.wait(1000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(server.requests().size(), 1);
    }

    void logsRedactSecretHeaders()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("fts.api.http.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (QByteArray(context.category) == "fts.api.http")
                    messages.append(message);
            });
        QVERIFY(listModels(FakeServerClients::create(server, this)).succeeded);
        server.setMode(FakeOpenAiServer::Mode::OpenAi);
        ProviderOptions azure;
        azure.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/openai/v1").arg(server.port()));
        azure.apiKey = QStringLiteral("azure-secret-key");
        ApiClient azureClient(Provider::create(QStringLiteral("azure"), azure));
        azureClient.setBackoffScale(0.001);
        listModels(&azureClient);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Authorization: <redacted>")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("api-key: <redacted>")), qPrintable(all));
        QVERIFY(!all.contains(server.apiKey()));
        QVERIFY(!all.contains(QLatin1String("azure-secret-key")));
        QVERIFY(all.contains(QLatin1String("/v1/models")));
    }

    void errorMessagesAreReadableAndNameTheRequest()
    {
        const ApiError error = ApiError::fromHttpBody(
            400, R"({"error":{"message":"Invalid file format.","type":"invalid_request_error","param":"training_file","code":null}})",
            QStringLiteral("req_abc"));
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.param, QStringLiteral("training_file"));
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.userMessage().contains(QLatin1String("Invalid file format.")));
        QVERIFY(error.userMessage().contains(QLatin1String("req_abc")));
        QCOMPARE(error.technicalSummary(),
                 QStringLiteral("HTTP 400 invalid_request_error: Invalid file format. [param training_file] (request req_abc)"));
        const ApiError html = ApiError::fromHttpBody(502, "<html><body>Bad gateway</body></html>", QString());
        QVERIFY(html.message.contains(QLatin1String("Bad gateway")));
        QCOMPARE(ApiError::cancelled().userMessage(), QStringLiteral("The request was cancelled."));
    }
};

QTEST_GUILESS_MAIN(TestApiTransport)
#include "TestApiTransport.moc"
