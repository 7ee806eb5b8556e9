// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/ChatCompletionRequest.h"
#include "support/FakeServerClients.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Fts::Api;
using namespace Fts::Test;

class TestChatCompletions : public QObject
{
    Q_OBJECT

private:
    static ChatCompletionParams params(const QString &model, const QString &prompt)
    {
        ChatCompletionParams p;
        p.model = model;
        p.messages = {ChatCompletionParams::message(QStringLiteral("system"), QStringLiteral("Be brief.")),
                      ChatCompletionParams::message(QStringLiteral("user"), prompt)};
        p.temperature = 0.0;
        return p;
    }

private Q_SLOTS:
    void plainCompletionCarriesAnswerUsageAndRequestId()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setChatResponder([](const QString &model, const QJsonArray &messages) -> QString {
            return model + QStringLiteral(" says ") + messages.last().toObject().value(QLatin1String("content")).toString();
        });
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new ChatCompletionRequest(client, params(QStringLiteral("gpt-4o-mini"), QStringLiteral("hello there")));
        request->setAutoDelete(false);
        QSignalSpy finished(request, &ApiRequest::finished);
        request->start();
        QVERIFY(finished.wait(5000));
        const ChatCompletion &completion = request->completion();
        QCOMPARE(completion.content, QStringLiteral("gpt-4o-mini says hello there"));
        QCOMPARE(completion.finishReason, QStringLiteral("stop"));
        QVERIFY(completion.usage.present);
        QCOMPARE(completion.usage.completionTokens, 4);
        QCOMPARE(completion.usage.totalTokens, completion.usage.promptTokens + 4);
        QVERIFY(completion.requestId.startsWith(QLatin1String("req_fake")));
        QVERIFY(completion.latencyMs >= 0);
        const auto sent = server.requestsMatching(QStringLiteral("^/chat/completions$"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().header("authorization"), QByteArray("Bearer ") + server.apiKey().toUtf8());
        QCOMPARE(sent.first().json().value(QLatin1String("temperature")).toDouble(), 0.0);
        QVERIFY(!sent.first().json().contains(QLatin1String("stream")));
        delete request;
    }

    void streamedCompletionDeliversDeltasThenUsage()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setChatResponder([](const QString &, const QJsonArray &) {
            return QStringLiteral("The capital of France is Paris.");
        });
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new ChatCompletionRequest(client, params(QStringLiteral("gpt-4o"), QStringLiteral("capital?")), true);
        request->setAutoDelete(false);
        QStringList deltas;
        connect(request, &ChatCompletionRequest::contentDelta, this, [&](const QString &text) { deltas.append(text); });
        QSignalSpy finished(request, &ApiRequest::finished);
        request->start();
        QVERIFY(finished.wait(5000));
        QVERIFY2(deltas.size() >= 5, qPrintable(deltas.join(QLatin1Char('|'))));
        QCOMPARE(deltas.join(QString()), QStringLiteral("The capital of France is Paris."));
        QCOMPARE(request->completion().content, QStringLiteral("The capital of France is Paris."));
        QCOMPARE(request->completion().finishReason, QStringLiteral("stop"));
        QVERIFY(request->completion().usage.present);
        QCOMPARE(request->completion().usage.completionTokens, 6);
        QVERIFY(request->completion().timeToFirstTokenMs >= 0);
        const QJsonObject sent = server.requestsMatching(QStringLiteral("chat")).first().json();
        QCOMPARE(sent.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(sent.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(), true);
        QCOMPARE(server.requestsMatching(QStringLiteral("chat")).first().header("accept"), QByteArray("text/event-stream"));
        delete request;
    }

    void errorEventInsideStreamFailsWithStreamKind()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setChatResponder([](const QString &, const QJsonArray &) { return QStringLiteral("one two three four"); });
        server.addFault("POST", QStringLiteral("chat"), FakeOpenAiServer::Fault::streamError(QStringLiteral("boom")));
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new ChatCompletionRequest(client, params(QStringLiteral("m"), QStringLiteral("x")), true);
        QSignalSpy failed(request, &ApiRequest::failed);
        QSignalSpy deltas(request, &ChatCompletionRequest::contentDelta);
        request->start();
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Stream);
        QCOMPARE(error.message, QStringLiteral("boom"));
        QCOMPARE(deltas.size(), 1);
        QCOMPARE(server.requestsMatching(QStringLiteral("chat")).size(), 1); // a started stream is never resent
    }

    void droppedStreamIsReportedNotRetried()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setChatResponder([](const QString &, const QJsonArray &) { return QStringLiteral("one two three four"); });
        server.addFault("POST", QStringLiteral("chat"), FakeOpenAiServer::Fault::streamDrop());
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new ChatCompletionRequest(client, params(QStringLiteral("m"), QStringLiteral("x")), true);
        QSignalSpy failed(request, &ApiRequest::failed);
        request->start();
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QVERIFY2(error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::InvalidResponse,
                 qPrintable(error.technicalSummary()));
        QCOMPARE(server.requestsMatching(QStringLiteral("chat")).size(), 1);
    }

    void cancellingMidStreamLeavesServerServing()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setStreamChunkDelayMs(30);
        server.setChatResponder([](const QString &, const QJsonArray &) {
            return QStringLiteral("a b c d e f g h i j k l m n o p");
        });
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new ChatCompletionRequest(client, params(QStringLiteral("m"), QStringLiteral("x")), true);
        QSignalSpy failed(request, &ApiRequest::failed);
        connect(request, &ChatCompletionRequest::contentDelta, request, [request] { request->cancel(); });
        request->start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(200); // the server's stream timer keeps firing against the closed socket
        auto *again = new ChatCompletionRequest(client, params(QStringLiteral("m"), QStringLiteral("y")));
        QSignalSpy finished(again, &ApiRequest::finished);
        again->start();
        QVERIFY(finished.wait(5000));
    }

    void chatLatencyAndConcurrencyAreObservable()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        server.setChatLatencyMs(300);
        ApiClient *client = FakeServerClients::create(server, this);
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        for (int i = 0; i < 4; ++i) {
            auto *request = new ChatCompletionRequest(client, params(QStringLiteral("m"), QString::number(i)));
            connect(request, &ApiRequest::finished, this, [&done] { ++done; });
            request->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 5000);
        QCOMPARE(server.maxConcurrentRequests(), 4);
        QVERIFY2(timer.elapsed() >= 300, "answers must wait for the configured latency");
        QCOMPARE(server.inFlightRequests(), 0);
    }

    void compatibleProviderWithoutKeyTalksToLoopback()
    {
        FakeOpenAiServer server;
        server.setApiKey(QString());
        QVERIFY(server.start());
        ProviderOptions options;
        options.baseUrl = server.baseUrl();
        ApiClient client(Provider::create(QStringLiteral("compatible"), options));
        auto *request = new ChatCompletionRequest(&client, params(QStringLiteral("llama"), QStringLiteral("hi")));
        QSignalSpy finished(request, &ApiRequest::finished);
        request->start();
        QVERIFY(finished.wait(5000));
        QVERIFY(server.requests().first().header("authorization").isEmpty());
    }

    void missingModelIsRejectedBeforeSending()
    {
        FakeOpenAiServer server;
        QVERIFY(server.start());
        ApiClient *client = FakeServerClients::create(server, this);
        auto *request = new ChatCompletionRequest(client, params(QString(), QStringLiteral("x")));
        QSignalSpy failed(request, &ApiRequest::failed);
        request->start();
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(failed.first().first().value<ApiError>().param, QStringLiteral("model"));
        QVERIFY(server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChatCompletions)
#include "TestChatCompletions.moc"
