// SPDX-License-Identifier: GPL-3.0-or-later
// Cost of the provider API layer itself, so that it never shows up next to the provider's latency:
//   1. SseParser throughput on an OpenAI-shaped chat stream fed in 1 KiB pieces;
//   2. parsing a 1,000-job list page into FineTuningJob values;
//   3. round-trips of the real ApiClient against the in-process FakeOpenAiServer over 127.0.0.1
//      (sequential GET /models; a streamed chat answer of 2,000 words).
//
//   BenchApiTransport [--repeat R]
//
// Each figure is the best of R runs. Results go to docs/PERFORMANCE.md ("Provider API layer").
#include "api/resources/ChatCompletionRequest.h"
#include "api/resources/FineTuningJob.h"
#include "api/resources/ListPage.h"
#include "api/resources/ModelListRequest.h"
#include "api/transport/SseParser.h"
#include "support/FakeOpenAiServer.h"
#include "support/FakeServerClients.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <functional>

using namespace Fts::Api;
using namespace Fts::Test;

namespace {

double bestOf(int repeat, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

QByteArray chatStream(int chunks)
{
    QByteArray stream;
    for (int i = 0; i < chunks; ++i)
        stream += "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
                  "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word"
            + QByteArray::number(i) + " \"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
    return stream + "data: [DONE]\n\n";
}

QByteArray jobList(int count)
{
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("fine_tuning.job")},
                                {QStringLiteral("id"), QStringLiteral("ftjob-%1").arg(i)},
                                {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                                {QStringLiteral("created_at"), 1721764800 + i},
                                {QStringLiteral("status"), i % 3 ? QStringLiteral("succeeded") : QStringLiteral("running")},
                                {QStringLiteral("error"), QJsonObject()},
                                {QStringLiteral("hyperparameters"), QJsonObject{{QStringLiteral("n_epochs"), 3}}},
                                {QStringLiteral("result_files"), QJsonArray{QStringLiteral("file-x")}},
                                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("team"), QStringLiteral("a")}}},
                                {QStringLiteral("usage_metrics"), QJsonValue()}});
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                     {QStringLiteral("data"), data},
                                     {QStringLiteral("has_more"), false}})
        .toJson(QJsonDocument::Compact);
}

void waitFor(ApiRequest *request)
{
    QEventLoop loop; // a benchmark driver, not application code: waiting here is the point
    QObject::connect(request, &ApiRequest::finished, &loop, &QEventLoop::quit);
    QObject::connect(request, &ApiRequest::failed, &loop, &QEventLoop::quit);
    request->start();
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (best is kept)."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.process(app);
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    const QByteArray stream = chatStream(20000);
    int events = 0;
    const double sseMs = bestOf(repeat, [&] {
        SseParser sse;
        events = 0;
        for (qsizetype i = 0; i < stream.size(); i += 1024)
            events += int(sse.feed(stream.mid(i, 1024)).size());
    });
    std::printf("SSE parser: %d events, %.1f MB in %.2f ms = %.0f MB/s\n", events, stream.size() / 1e6, sseMs,
                stream.size() / 1e6 / (sseMs / 1000));

    const QByteArray jobs = jobList(1000);
    qsizetype parsed = 0;
    const double jobsMs = bestOf(repeat, [&] {
        parsed = ListPage<FineTuningJob>::fromJson(QJsonDocument::fromJson(jobs).object()).data.size();
    });
    std::printf("Job list: %lld jobs (%.0f KB) parsed in %.2f ms\n", qlonglong(parsed), jobs.size() / 1e3, jobsMs);

    FakeOpenAiServer server;
    if (!server.start())
        return 1;
    ApiClient *client = FakeServerClients::create(server, &app);
    const int roundTrips = 300;
    const double modelsMs = bestOf(repeat, [&] {
        for (int i = 0; i < roundTrips; ++i)
            waitFor(new ModelListRequest(client));
    });
    std::printf("Loopback GET /models: %d sequential requests in %.0f ms = %.2f ms per request\n", roundTrips,
                modelsMs, modelsMs / roundTrips);

    QStringList words;
    for (int i = 0; i < 2000; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    const QString answer = words.join(QLatin1Char(' '));
    server.setChatResponder([answer](const QString &, const QJsonArray &) { return answer; });
    server.setStreamChunkDelayMs(0);
    qint64 firstToken = 0;
    int deltas = 0;
    const double streamMs = bestOf(repeat, [&] {
        ChatCompletionParams params;
        params.model = QStringLiteral("gpt-4o-mini");
        params.messages = {ChatCompletionParams::message(QStringLiteral("user"), QStringLiteral("count"))};
        auto *request = new ChatCompletionRequest(client, params, true);
        deltas = 0;
        QObject::connect(request, &ChatCompletionRequest::contentDelta, request, [&deltas] { ++deltas; });
        QObject::connect(request, &ApiRequest::finished, request,
                         [&firstToken, request] { firstToken = request->completion().timeToFirstTokenMs; });
        waitFor(request);
    });
    std::printf("Streamed chat: %d deltas in %.0f ms (first token after %lld ms)\n", deltas, streamMs,
                qlonglong(firstToken));
    return 0;
}
