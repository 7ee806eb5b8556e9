// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/ResultStore.h"
#include "eval/evaluation/TestSetLoader.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Fts;
using namespace Fts::Eval;

namespace {

/**
 * A chat-completions endpoint on 127.0.0.1 with scripted answers per model, a fixed latency, 429s on demand and
 * a record of what arrived when; it counts requests in flight on the server side, which is the number the
 * concurrency limit is about.
 */
class ScriptedChatServer : public QObject
{
public:
    using Responder = std::function<QString(const QString &model, const QString &lastUserText)>;

    ScriptedChatServer()
    {
        m_server.route(QStringLiteral("/v1/chat/completions"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                           handle(request, std::make_shared<QHttpServerResponder>(std::move(responder)));
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port)); }

    Responder answerFor;
    int latencyMs = 0;
    int rateLimitNext = 0;         ///< answer this many upcoming requests with 429
    QByteArray retryAfter = "1";
    QSet<QString> unauthorizedModels;

    int received = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    QList<qint64> arrivalsMs;
    QList<qint64> rateLimitedAtMs;
    QHash<QString, int> perModelPrompt;
    QElapsedTimer clock;

private:
    void handle(const QHttpServerRequest &request, std::shared_ptr<QHttpServerResponder> responder)
    {
        if (!clock.isValid())
            clock.start();
        ++received;
        arrivalsMs << clock.elapsed();
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QString model = body.value(QLatin1String("model")).toString();
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        const QString last = messages.last().toObject().value(QLatin1String("content")).toString();
        if (rateLimitNext > 0) {
            --rateLimitNext;
            rateLimitedAtMs << clock.elapsed();
            responder->write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                        QJsonObject{{QStringLiteral("message"), QStringLiteral("Rate limit reached")},
                                                                    {QStringLiteral("type"), QStringLiteral("requests")},
                                                                    {QStringLiteral("code"), QStringLiteral("rate_limit_exceeded")},
                                                                    {QStringLiteral("param"), QJsonValue()}}}}),
                             {{"retry-after", retryAfter}, {"x-request-id", "req_429"}},
                             QHttpServerResponder::StatusCode::TooManyRequests);
            return;
        }
        if (unauthorizedModels.contains(model)) {
            responder->write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                        QJsonObject{{QStringLiteral("message"), QStringLiteral("Incorrect API key provided")},
                                                                    {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                                                    {QStringLiteral("code"), QStringLiteral("invalid_api_key")},
                                                                    {QStringLiteral("param"), QJsonValue()}}}}),
                             {{"x-request-id", "req_401"}}, QHttpServerResponder::StatusCode::Unauthorized);
            return;
        }
        ++perModelPrompt[model + QLatin1Char('|') + last];
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        const QString answer = answerFor ? answerFor(model, last) : QString();
        const QJsonObject reply{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-%1").arg(received)},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("created"), 1764000000},
            {QStringLiteral("model"), model},
            {QStringLiteral("choices"), QJsonArray{QJsonObject{
                 {QStringLiteral("index"), 0},
                 {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                         {QStringLiteral("content"), answer}}},
                 {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 20},
                                                  {QStringLiteral("completion_tokens"), 3},
                                                  {QStringLiteral("total_tokens"), 23}}},
        };
        QPointer<QTcpSocket> socket = responder->socket();
        QTimer::singleShot(latencyMs, this, [this, responder, reply, socket] {
            --inFlight;
            // The client may have cancelled: writing to its closed socket would crash QtHttpServer 6.4.
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return;
            responder->write(QJsonDocument(reply), {{"x-request-id", "req_ok"}});
        });
    }

    QHttpServer m_server;
    quint16 m_port = 0;
};

QByteArray testSet(int count)
{
    QByteArray jsonl;
    for (int i = 0; i < count; ++i) {
        jsonl += QStringLiteral("{\"messages\":[{\"role\":\"system\",\"content\":\"Answer with the code.\"},"
                                "{\"role\":\"user\",\"content\":\"question %1\"},"
                                "{\"role\":\"assistant\",\"content\":\"code-%1\"}]}\n").arg(i).toUtf8();
    }
    return jsonl;
}

int questionNumber(const QString &lastUserText)
{
    return lastUserText.section(QLatin1Char(' '), 1).toInt();
}

} // namespace

class TestEvalRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void scoresFlipsAndIntervalsAreExact();
    void concurrencyIsNeverExceeded_data();
    void concurrencyIsNeverExceeded();
    void retryAfterIsHonouredAndNoRateLimitErrorSurfaces();
    void interruptedRunResumesWithoutRepeatingCalls();
    void authenticationErrorStopsTheRun();
    void judgeScorerAsksTheJudgeModel();

private:
    Api::ApiClient *makeClient(QObject *parent);
    std::unique_ptr<ScriptedChatServer> m_server;
};

void TestEvalRunner::init()
{
    m_server = std::make_unique<ScriptedChatServer>();
    // Base model right on questions 0-11, tuned model right on 4-18: 4 regressions, 7 wins.
    m_server->answerFor = [](const QString &model, const QString &last) {
        const int n = questionNumber(last);
        const bool right = model == QLatin1String("base") ? n < 12 : (n >= 4 && n < 19);
        return right ? QStringLiteral("code-%1").arg(n) : QStringLiteral("no idea");
    };
}

Api::ApiClient *TestEvalRunner::makeClient(QObject *parent)
{
    Api::ProviderOptions options;
    options.baseUrl = m_server->baseUrl();
    auto *client = new Api::ApiClient(Api::Provider::create(QStringLiteral("compatible"), options), parent);
    client->setRandomSource([] { return 0.0; });
    return client;
}

void TestEvalRunner::scoresFlipsAndIntervalsAreExact()
{
    TestSetLoader loader;
    loader.loadBytes(testSet(20));
    QObject owner;
    Api::ApiClient *client = makeClient(&owner);
    EvaluationRunner runner;
    runner.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    QSignalSpy finished(&runner, &EvaluationRunner::finished);
    QSignalSpy progress(&runner, &EvaluationRunner::progressChanged);
    QVERIFY(runner.start(loader.examples()));
    QVERIFY(finished.wait(10000));

    const EvaluationSummary summary = runner.summary();
    QCOMPARE(summary.examples, 20);
    QCOMPARE(summary.a.correct, 12);
    QCOMPARE(summary.b.correct, 15);
    QCOMPARE(summary.regressions, 4);
    QCOMPARE(summary.wins, 7);
    QCOMPARE(summary.pValue, 0.548828125);
    QVERIFY(std::abs(summary.a.ci95.first - 0.3865815007622531) < 1e-12);
    QVERIFY(std::abs(summary.a.ci95.second - 0.781193467627183) < 1e-12);
    QVERIFY(std::abs(summary.b.ci95.first - 0.531299122381256) < 1e-12);
    QVERIFY(std::abs(summary.b.ci95.second - 0.8881382985923343) < 1e-12);
    QCOMPARE(summary.a.promptTokens, 400);
    QCOMPARE(summary.b.completionTokens, 60);
    QCOMPARE(runner.requestsSent(), 40);
    QCOMPARE(runner.outcomes().at(2).flip(), ExampleOutcome::Flip::Regression);
    QCOMPARE(runner.outcomes().at(15).flip(), ExampleOutcome::Flip::Win);
    QCOMPARE(runner.outcomes().at(15).b.answer, QStringLiteral("code-15"));
    QCOMPARE(runner.outcomes().at(15).a.requestId, QStringLiteral("req_ok"));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 20);
    QCOMPARE(progress.last().at(1).toInt(), 20);
}

void TestEvalRunner::concurrencyIsNeverExceeded_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("3") << 3;
    // Above Qt 6.4's 6 connections per network manager: only reachable through the runner's extra lanes.
    QTest::newRow("10") << 10;
}

void TestEvalRunner::concurrencyIsNeverExceeded()
{
    QFETCH(int, concurrency);
    m_server->latencyMs = 60;
    TestSetLoader loader;
    loader.loadBytes(testSet(30));
    QObject owner;
    Api::ApiClient *client = makeClient(&owner);
    EvaluationRunner runner;
    runner.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    runner.setConcurrency(concurrency);
    int maxSeenByRunner = 0;
    connect(&runner, &EvaluationRunner::outcomeChanged, this, [&] { maxSeenByRunner = std::max(maxSeenByRunner, runner.inFlight()); });
    QSignalSpy finished(&runner, &EvaluationRunner::finished);
    QVERIFY(runner.start(loader.examples()));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server->received, 60);
    QCOMPARE(m_server->maxInFlight, concurrency);
    QVERIFY(runner.maxInFlightSeen() <= concurrency);
    QVERIFY(maxSeenByRunner <= concurrency);
    QCOMPARE(runner.summary().examples, 30);
}

void TestEvalRunner::retryAfterIsHonouredAndNoRateLimitErrorSurfaces()
{
    // Two 429s in a row with Retry-After: 1: the transport retries, the runner holds every new request meanwhile.
    m_server->rateLimitNext = 2;
    m_server->retryAfter = "1";
    m_server->latencyMs = 5;
    TestSetLoader loader;
    loader.loadBytes(testSet(6));
    QObject owner;
    Api::ApiClient *client = makeClient(&owner);
    EvaluationRunner runner;
    runner.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    runner.setConcurrency(1);
    QSignalSpy rateLimited(&runner, &EvaluationRunner::rateLimited);
    QSignalSpy fatal(&runner, &EvaluationRunner::fatalError);
    QSignalSpy finished(&runner, &EvaluationRunner::finished);
    QVERIFY(runner.start(loader.examples()));
    QVERIFY(finished.wait(20000));
    QVERIFY(fatal.isEmpty());
    QVERIFY(!rateLimited.isEmpty());
    const EvaluationSummary summary = runner.summary();
    QCOMPARE(summary.examples, 6);
    QCOMPARE(summary.a.failedCalls + summary.b.failedCalls, 0);
    // Every request after a 429 arrived at least the Retry-After second later.
    QCOMPARE(m_server->rateLimitedAtMs.size(), 2);
    for (qint64 limitedAt : std::as_const(m_server->rateLimitedAtMs)) {
        for (qint64 arrival : std::as_const(m_server->arrivalsMs)) {
            if (arrival > limitedAt)
                QVERIFY2(arrival - limitedAt >= 950, qPrintable(QStringLiteral("a request came %1 ms after a 429").arg(arrival - limitedAt)));
        }
    }
}

void TestEvalRunner::interruptedRunResumesWithoutRepeatingCalls()
{
    m_server->latencyMs = 30;
    TestSetLoader loader;
    loader.loadBytes(testSet(20));
    QTemporaryDir dir;
    ResultStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("results.sqlite"))));
    QObject owner;
    Api::ApiClient *client = makeClient(&owner);

    EvaluationRunner first;
    first.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    first.setConcurrency(2);
    first.setResultStore(&store);
    QSignalSpy firstFinished(&first, &EvaluationRunner::finished);
    connect(&first, &EvaluationRunner::outcomeChanged, this, [&] {
        if (store.callCount() >= 12)
            first.cancel();
    });
    QVERIFY(first.start(loader.examples()));
    QVERIFY(firstFinished.wait(10000));
    QVERIFY(first.wasCancelled());
    const int stored = store.callCount();
    QVERIFY(stored >= 12 && stored < 40);
    // A request cancelled on the client may still be reaching the server: let those arrive before counting, so
    // the second run is measured alone.
    QTest::qWait(m_server->latencyMs * 6);
    const auto answeredBefore = m_server->perModelPrompt;
    const int receivedBefore = m_server->received;

    EvaluationRunner second;
    second.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    second.setConcurrency(4);
    second.setResultStore(&store);
    QSignalSpy secondFinished(&second, &EvaluationRunner::finished);
    QVERIFY(second.start(loader.examples()));
    QVERIFY(secondFinished.wait(10000));
    QCOMPARE(second.requestsSent(), 40 - stored);
    QCOMPARE(m_server->received - receivedBefore, 40 - stored);
    QCOMPARE(store.callCount(), 40);
    // Nothing stored by the first run was asked again.
    for (const ExampleOutcome &outcome : second.outcomes()) {
        for (const auto &[model, call] : {std::pair{QStringLiteral("base"), &outcome.a}, std::pair{QStringLiteral("tuned"), &outcome.b}}) {
            const QString key = model + QLatin1Char('|') + outcome.example.lastUserText();
            if (call->fromStore)
                QCOMPARE(m_server->perModelPrompt.value(key), answeredBefore.value(key));
        }
    }
    QCOMPARE(second.summary().a.correct, 12);
    QCOMPARE(second.summary().b.correct, 15);

    // A third run with everything stored sends nothing and still reports the same numbers.
    EvaluationRunner third;
    third.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    third.setResultStore(&store);
    QSignalSpy thirdFinished(&third, &EvaluationRunner::finished);
    QVERIFY(third.start(loader.examples()));
    QVERIFY(thirdFinished.wait(5000));
    QCOMPARE(third.requestsSent(), 0);
    QCOMPARE(third.summary().wins, 7);
    QCOMPARE(store.runs().size(), 3);
}

void TestEvalRunner::authenticationErrorStopsTheRun()
{
    m_server->unauthorizedModels.insert(QStringLiteral("tuned"));
    m_server->latencyMs = 20;
    TestSetLoader loader;
    loader.loadBytes(testSet(50));
    QObject owner;
    Api::ApiClient *client = makeClient(&owner);
    EvaluationRunner runner;
    runner.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    runner.setConcurrency(2);
    QSignalSpy fatal(&runner, &EvaluationRunner::fatalError);
    QSignalSpy finished(&runner, &EvaluationRunner::finished);
    QVERIFY(runner.start(loader.examples()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(fatal.size(), 1);
    QVERIFY(fatal.first().first().toString().contains(QStringLiteral("tuned")));
    QVERIFY(runner.requestsSent() <= 4);
    QVERIFY(!runner.isRunning());
}

void TestEvalRunner::judgeScorerAsksTheJudgeModel()
{
    m_server->answerFor = [](const QString &model, const QString &last) {
        if (model == QLatin1String("judge"))
            return last.contains(QStringLiteral("Answer to grade:\ncode-")) ? QStringLiteral("PASS\nSame code.")
                                                                             : QStringLiteral("FAIL\nNo code given.");
        const int n = questionNumber(last);
        return model == QLatin1String("base") && n % 2 ? QStringLiteral("no idea") : QStringLiteral("code-%1").arg(n);
    };
    TestSetLoader loader;
    loader.loadBytes(testSet(6));
    QObject owner;
    Api::ApiClient *client = makeClient(&owner);
    QTemporaryDir dir;
    ResultStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite"))));
    EvaluationRunner runner;
    runner.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    runner.setScorer(Scorer(Scorer::Kind::Judge));
    runner.setJudge({client, QStringLiteral("judge"), {}});
    runner.setResultStore(&store);
    QSignalSpy finished(&runner, &EvaluationRunner::finished);
    QVERIFY(runner.start(loader.examples()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(runner.requestsSent(), 24);
    QCOMPARE(runner.summary().a.correct, 3);
    QCOMPARE(runner.summary().b.correct, 6);
    QCOMPARE(runner.outcomes().at(1).a.judgeReason, QStringLiteral("No code given."));

    // Verdicts are stored too: the same evaluation again costs nothing.
    EvaluationRunner again;
    again.setModels({client, QStringLiteral("base"), {}}, {client, QStringLiteral("tuned"), {}});
    again.setScorer(Scorer(Scorer::Kind::Judge));
    again.setJudge({client, QStringLiteral("judge"), {}});
    again.setResultStore(&store);
    QSignalSpy againFinished(&again, &EvaluationRunner::finished);
    QVERIFY(again.start(loader.examples()));
    QVERIFY(againFinished.wait(5000));
    QCOMPARE(again.requestsSent(), 0);
    QCOMPARE(again.summary().wins, 3);
}

QTEST_GUILESS_MAIN(TestEvalRunner)
#include "TestEvalRunner.moc"
