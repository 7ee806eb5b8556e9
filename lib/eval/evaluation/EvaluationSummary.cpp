// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/EvaluationSummary.h"

#include "eval/WilsonInterval.h"
#include "eval/evaluation/McNemarTest.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace Fts::Eval {

namespace {

void addUsage(ModelSummary &summary, const QList<const CallRecord *> &calls)
{
    std::vector<qint64> latencies;
    bool costKnown = true;
    double cost = 0;
    for (const CallRecord *call : calls) {
        if (call->state == CallRecord::State::Failed)
            ++summary.failedCalls;
        if (!call->isAnswered())
            continue;
        ++summary.answered;
        summary.promptTokens += call->promptTokens;
        summary.completionTokens += call->completionTokens;
        latencies.push_back(call->latencyMs);
        if (call->costUsd)
            cost += *call->costUsd;
        else
            costKnown = false;
    }
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        summary.medianLatencyMs = latencies[latencies.size() / 2];
        summary.p95LatencyMs = latencies[std::min(latencies.size() - 1, size_t(double(latencies.size()) * 0.95))];
        double sum = 0;
        for (qint64 latency : latencies)
            sum += double(latency);
        summary.meanLatencyMs = sum / double(latencies.size());
    }
    if (costKnown && summary.answered > 0)
        summary.costUsd = cost;
}

QJsonObject sideJson(const ModelSummary &side)
{
    QJsonObject object{
        {QStringLiteral("model"), side.model},
        {QStringLiteral("correct"), side.correct},
        {QStringLiteral("accuracy"), side.accuracy},
        {QStringLiteral("ci95"), QJsonArray{side.ci95.first, side.ci95.second}},
        {QStringLiteral("failed_calls"), side.failedCalls},
        {QStringLiteral("prompt_tokens"), double(side.promptTokens)},
        {QStringLiteral("completion_tokens"), double(side.completionTokens)},
        {QStringLiteral("median_latency_ms"), double(side.medianLatencyMs)},
        {QStringLiteral("p95_latency_ms"), double(side.p95LatencyMs)},
    };
    object.insert(QStringLiteral("cost_usd"), side.costUsd ? QJsonValue(*side.costUsd) : QJsonValue(QJsonValue::Null));
    return object;
}

} // namespace

EvaluationSummary EvaluationSummary::compute(const QList<ExampleOutcome> &outcomes, const QString &modelA,
                                             const QString &modelB, const QString &scorerSpec)
{
    EvaluationSummary summary;
    summary.total = int(outcomes.size());
    summary.scorer = scorerSpec;
    summary.a.model = modelA;
    summary.b.model = modelB;
    QList<const CallRecord *> callsA, callsB;
    for (const ExampleOutcome &outcome : outcomes) {
        callsA << &outcome.a;
        callsB << &outcome.b;
        if (!outcome.isScored())
            continue;
        ++summary.examples;
        summary.a.correct += *outcome.a.passed ? 1 : 0;
        summary.b.correct += *outcome.b.passed ? 1 : 0;
        switch (outcome.flip()) {
        case ExampleOutcome::Flip::Win: ++summary.wins; break;
        case ExampleOutcome::Flip::Regression: ++summary.regressions; break;
        case ExampleOutcome::Flip::None: break;
        }
    }
    for (ModelSummary *side : {&summary.a, &summary.b}) {
        side->scored = summary.examples;
        side->accuracy = summary.examples ? double(side->correct) / summary.examples : 0.0;
        side->ci95 = WilsonInterval::compute(side->correct, summary.examples);
    }
    addUsage(summary.a, callsA);
    addUsage(summary.b, callsB);
    summary.pValue = McNemarTest::exactPValue(summary.regressions, summary.wins);
    return summary;
}

QJsonObject EvaluationSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("examples"), examples},
        {QStringLiteral("scorer"), scorer},
        {QStringLiteral("a"), sideJson(a)},
        {QStringLiteral("b"), sideJson(b)},
        {QStringLiteral("wins"), wins},
        {QStringLiteral("regressions"), regressions},
        {QStringLiteral("p_value"), pValue},
    };
}

} // namespace Fts::Eval
