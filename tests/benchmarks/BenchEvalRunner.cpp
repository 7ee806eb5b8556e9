// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation throughput: EvaluationRunner at concurrency N against the walkthrough's sequential loop, both
// against the same in-process FakeOpenAiServer on 127.0.0.1 answering every chat request after a fixed latency.
//
//   BenchEvalRunner [--examples 1000] [--concurrency 16] [--latency-ms 300] [--mode both|runner|sequential]
//                   [--inject-429 N]
//
// --inject-429 makes the server refuse the first N chat requests with 429 and Retry-After: 1, to show that
// rate limits slow the run down without a single error reaching the user.
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/TestSetLoader.h"
#include "support/FakeOpenAiServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <memory>

using namespace Fts;

namespace {

QList<Eval::EvalExample> examples(int count)
{
    QByteArray jsonl;
    for (int i = 0; i < count; ++i)
        jsonl += QStringLiteral("{\"messages\":[{\"role\":\"system\",\"content\":\"Give the ICD-10-CM code.\"},"
                                "{\"role\":\"user\",\"content\":\"case %1\"},{\"role\":\"assistant\",\"content\":\"code-%1\"}]}\n")
                     .arg(i).toUtf8();
    Eval::TestSetLoader loader;
    loader.loadBytes(jsonl);
    return loader.examples();
}

/** The walkthrough's loop: for each example, ask the base model, wait, ask the fine-tuned model, wait. */
double sequentialLoop(const QUrl &baseUrl, const QString &apiKey, const QList<Eval::EvalExample> &set, int *correctA,
                      int *correctB)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    for (const Eval::EvalExample &example : set) {
        for (const QString &model : {QStringLiteral("base"), QStringLiteral("tuned")}) {
            QNetworkRequest request(QUrl(baseUrl.toString() + QStringLiteral("/chat/completions")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
            const QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("messages"), example.prompt},
                                   {QStringLiteral("temperature"), 0}};
            QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            // A blocking wait per call is exactly what the walkthrough's synchronous client does.
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QString answer = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("choices")).toArray()
                                       .first().toObject().value(QLatin1String("message")).toObject()
                                       .value(QLatin1String("content")).toString();
            if (answer.trimmed() == example.expected.trimmed())
                ++(model == QLatin1String("base") ? *correctA : *correctB);
            reply->deleteLater();
        }
    }
    return double(timer.elapsed()) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption examplesOption(QStringLiteral("examples"), QString(), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QString(), QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QString(), QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QString(), QStringLiteral("MODE"), QStringLiteral("both"));
    const QCommandLineOption rateOption(QStringLiteral("inject-429"), QString(), QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({examplesOption, concurrencyOption, latencyOption, modeOption, rateOption});
    parser.process(app);
    const int count = parser.value(examplesOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const QString mode = parser.value(modeOption);
    Test::FakeOpenAiServer server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    server.setChatLatencyMs(parser.value(latencyOption).toInt());
    // Base right unless n % 3 == 0, tuned right unless n % 5 == 0: deterministic, with flips both ways.
    server.setChatResponder([](const QString &model, const QJsonArray &messages) {
        const int n = messages.last().toObject().value(QLatin1String("content")).toString().section(QLatin1Char(' '), 1).toInt();
        const bool right = model == QLatin1String("base") ? n % 3 != 0 : n % 5 != 0;
        return right ? QStringLiteral("code-%1").arg(n) : QStringLiteral("unsure");
    });
    const int injected429 = parser.value(rateOption).toInt();
    if (injected429 > 0)
        server.addFault("POST", QStringLiteral("chat/completions"), Test::FakeOpenAiServer::Fault::rateLimited("1"), injected429);
    const QList<Eval::EvalExample> set = examples(count);
    std::printf("%d examples x 2 models, server latency %s ms\n", count, qPrintable(parser.value(latencyOption)));

    double runnerSeconds = 0;
    if (mode != QLatin1String("sequential")) {
        Api::ProviderOptions options;
        options.baseUrl = server.baseUrl();
        options.apiKey = server.apiKey();
        Api::ApiClient client(Api::Provider::create(QStringLiteral("compatible"), options));
        Eval::EvaluationRunner runner;
        runner.setModels({&client, QStringLiteral("base"), {}}, {&client, QStringLiteral("tuned"), {}});
        runner.setConcurrency(concurrency);
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        QObject::connect(&runner, &Eval::EvaluationRunner::finished, &loop, &QEventLoop::quit);
        QObject::connect(&runner, &Eval::EvaluationRunner::fatalError, &runner,
                         [](const QString &message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });
        runner.start(set);
        loop.exec();
        runnerSeconds = double(timer.elapsed()) / 1000.0;
        const Eval::EvaluationSummary summary = runner.summary();
        std::printf("runner     concurrency %2d: %8.2f s  (%.1f calls/s, max in flight at server %d, 429s %d, "
                    "rate-limit pauses %d, failed calls reaching the user %d, A %d/%d, B %d/%d)\n",
                    concurrency, runnerSeconds, 2.0 * count / runnerSeconds, server.maxConcurrentRequests(), injected429 - server.pendingFaultCount(),
                    runner.rateLimitPauses(), summary.a.failedCalls + summary.b.failedCalls, summary.a.correct,
                    summary.examples, summary.b.correct, summary.examples);
    }
    if (mode != QLatin1String("runner")) {
        int correctA = 0, correctB = 0;
        const double seconds = sequentialLoop(server.baseUrl(), server.apiKey(), set, &correctA, &correctB);
        std::printf("sequential loop:          %8.2f s  (%.1f calls/s, A %d/%d, B %d/%d)\n", seconds, 2.0 * count / seconds,
                    correctA, count, correctB, count);
        if (runnerSeconds > 0)
            std::printf("speed-up: %.1fx\n", seconds / runnerSeconds);
    }
    std::fflush(stdout);
    return 0;
}
