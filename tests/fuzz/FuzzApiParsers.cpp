// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for everything lib/api parses from a provider: jobs, events, checkpoints, error bodies,
// chat completions, server-sent event streams, Retry-After and rate-limit durations. The first byte picks the
// parser. Besides "no crash, no sanitizer report" it checks properties: the SSE parser yields the same events
// however the bytes are split, statuses round-trip, an HTTP error always has a user message naming the request.
// TestApiFuzzRegressions replays tests/fuzz/regressions/FuzzApiParsers and the seed corpus through it.
#include "api/ApiError.h"
#include "api/resources/ChatCompletion.h"
#include "api/resources/FileContentRequest.h"
#include "api/resources/FineTuningJob.h"
#include "api/resources/JobCheckpoint.h"
#include "api/resources/JobEvent.h"
#include "api/resources/ListPage.h"
#include "api/transport/RateLimitInfo.h"
#include "api/transport/RetryPolicy.h"
#include "api/transport/SseParser.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "FuzzApiParsers property violated: %s\n", what);
        std::abort();
    }
}

QJsonObject parseObject(const QByteArray &input)
{
    return QJsonDocument::fromJson(input).object();
}

bool sameEvents(const QList<Fts::Api::SseEvent> &a, const QList<Fts::Api::SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).data != b.at(i).data || a.at(i).event != b.at(i).event || a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Fts::Api;
    if (size < 2)
        return 0;
    const uint8_t selector = data[0];
    const uint8_t knob = data[1];
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    switch (selector % 6) {
    case 0: {
        const auto page = ListPage<FineTuningJob>::fromJson(parseObject(input));
        const FineTuningJob job = FineTuningJob::fromJson(parseObject(input));
        for (const FineTuningJob &item : page.data + QList<FineTuningJob>{job}) {
            if (item.status != FineTuningJob::Status::Other)
                check(FineTuningJob::statusFromString(FineTuningJob::statusToString(item.status)) == item.status,
                      "status round-trip");
            check(!item.statusDisplayText().isEmpty(), "status display text");
            check(!(item.isTerminal() && item.isActive()), "terminal and active at once");
            if (item.status == FineTuningJob::Status::Failed)
                check(item.hasError(), "a failed job has an error");
            (void)item.unknownFields();
        }
        break;
    }
    case 1: {
        const auto page = ListPage<JobEvent>::fromJson(parseObject(input));
        for (const JobEvent &event : page.data + QList<JobEvent>{JobEvent::fromJson(parseObject(input))}) {
            const auto metrics = event.metrics();
            for (auto it = metrics.begin(); it != metrics.end(); ++it)
                check(event.metric(it.key()).has_value(), "every listed metric is readable");
            (void)event.step();
            (void)event.isMetrics();
        }
        break;
    }
    case 2: {
        const JobCheckpoint checkpoint = JobCheckpoint::fromJson(parseObject(input));
        (void)checkpoint.metrics.size();
        const ChatCompletion completion = ChatCompletion::fromJson(parseObject(input));
        check(completion.usage.totalTokens >= 0 || completion.usage.present, "usage");
        break;
    }
    case 3: {
        const int status = 400 + knob % 200;
        const ApiError error = ApiError::fromHttpBody(status, input, QStringLiteral("req_fuzz"));
        check(error.kind == ApiError::Kind::Http && error.httpStatus == status, "HTTP error kind and status");
        check(error.userMessage().contains(QLatin1String("req_fuzz")), "user message names the request");
        check(!error.technicalSummary().isEmpty(), "technical summary");
        (void)RetryPolicy().isRetryable(error, input.left(8));
        break;
    }
    case 4: {
        SseParser whole;
        QList<SseEvent> expected = whole.feed(input);
        expected += whole.finish();
        SseParser pieces;
        QList<SseEvent> actual;
        const qsizetype step = 1 + knob % 17;
        for (qsizetype i = 0; i < input.size(); i += step)
            actual += pieces.feed(input.mid(i, step));
        actual += pieces.finish();
        check(whole.hasError() || sameEvents(expected, actual), "SSE events independent of how bytes are split");
        break;
    }
    case 5: {
        (void)RateLimitInfo::parseDurationMs(input);
        const QList<QByteArray> lines = input.split('\n');
        const RetryPolicy policy;
        const int delay = policy.delayMs(knob % 4, lines.value(0), lines.value(1), (knob % 100) / 100.0);
        check(delay == -1 || (delay >= 0 && delay <= policy.maxRetryAfterMs), "retry delay bounded");
        const QByteArray decoded = FileContentRequest::decodeResultFile(input);
        check(decoded == input || decoded.size() <= input.size(), "base64 decoding never grows");
        break;
    }
    }
    return 0;
}
