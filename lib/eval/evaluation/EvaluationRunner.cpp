// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/EvaluationRunner.h"

#include "api/resources/ChatCompletionRequest.h"
#include "api/transport/ApiClient.h"
#include "api/transport/RetryPolicy.h"
#include "eval/evaluation/LlmJudge.h"
#include "eval/evaluation/ResultStore.h"

#include <QCryptographicHash>

#include <algorithm>
#include <climits>

namespace Fts::Eval {

namespace {

// A call that got 429 even after the transport's own retries waits this long (doubling) unless told otherwise.
constexpr qint64 s_requeueBaseDelayMs = 1000;
constexpr qint64 s_requeueMaxDelayMs = 30000;
// QNetworkAccessManager's fixed number of HTTP/1.1 connections per host in Qt 6.4.
constexpr int s_connectionsPerManager = 6;

} // namespace

EvaluationRunner::EvaluationRunner(QObject *parent)
    : QObject(parent)
{
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &EvaluationRunner::pump);
}

EvaluationRunner::~EvaluationRunner()
{
    m_running = false;
    m_cancelled = true;
    for (const InFlight &flight : std::as_const(m_inFlight)) {
        if (flight.request) {
            flight.request->disconnect(this);
            flight.request->cancel();
        }
    }
}

void EvaluationRunner::setModels(const ModelEndpoint &a, const ModelEndpoint &b)
{
    m_a = a;
    m_b = b;
}

void EvaluationRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    if (m_running)
        pump();
}

void EvaluationRunner::setScorer(const Scorer &scorer)
{
    m_scorer = scorer;
}

CallRecord &EvaluationRunner::call(int position, Side side)
{
    ExampleOutcome &outcome = m_outcomes[position];
    return side == Side::A ? outcome.a : outcome.b;
}

QString EvaluationRunner::judgeKey() const
{
    const QByteArray rubric = (m_scorer.parameter().isEmpty() ? LlmJudge::defaultRubric() : m_scorer.parameter()).toUtf8();
    return m_judge.storageKey() + QLatin1Char('|')
           + QString::fromLatin1(QCryptographicHash::hash(rubric, QCryptographicHash::Sha256).toHex().left(16));
}

void EvaluationRunner::resetOutcomes(const QList<EvalExample> &examples)
{
    m_outcomes.clear();
    m_outcomes.reserve(examples.size());
    for (qsizetype i = 0; i < examples.size(); ++i) {
        ExampleOutcome outcome;
        outcome.example = examples.at(i);
        // Positions index the outcome list, whatever the file numbering was.
        outcome.example.position = int(i);
        m_outcomes.append(outcome);
    }
}

bool EvaluationRunner::fillFromStore(int position, Side side)
{
    if (!m_store)
        return false;
    const std::optional<CallRecord> stored
        = m_store->findCall(m_outcomes.at(position).example.key, endpoint(side).storageKey(), m_settings.key());
    if (!stored)
        return false;
    CallRecord &record = call(position, side);
    record = *stored;
    // Today's prices, not those of the day it was asked, so every figure on screen uses one price list.
    record.costUsd = m_pricing.estimateUsd(endpoint(side).model, record.promptTokens, record.completionTokens);
    return true;
}

void EvaluationRunner::setPricing(const InferencePricing &pricing)
{
    m_pricing = pricing;
    bool repriced = false;
    for (int position = 0; position < m_outcomes.size(); ++position) {
        for (Side side : {Side::A, Side::B}) {
            CallRecord &record = call(position, side);
            if (!record.isAnswered())
                continue;
            record.costUsd = m_pricing.estimateUsd(endpoint(side).model, record.promptTokens, record.completionTokens);
            repriced = true;
        }
    }
    if (repriced)
        Q_EMIT outcomesReset();
}

void EvaluationRunner::scoreOrQueueJudge(int position, Side side, bool allowRequests)
{
    CallRecord &record = call(position, side);
    if (!record.isAnswered())
        return;
    if (!m_scorer.isJudge()) {
        record.passed = m_scorer.matches(record.answer, m_outcomes.at(position).example.expected);
        return;
    }
    if (m_store) {
        const std::optional<JudgeVerdict> verdict = m_store->findVerdict(
            m_outcomes.at(position).example.key, endpoint(side).storageKey(), m_settings.key(), judgeKey());
        if (verdict) {
            record.passed = verdict->passed;
            record.judgeReason = verdict->reason;
            return;
        }
    }
    if (allowRequests && m_judge.isValid())
        m_queue.push_back({position, side, true, 0});
}

bool EvaluationRunner::start(const QList<EvalExample> &examples, const QString &testSetPath)
{
    if (m_running || !m_a.isValid() || !m_b.isValid() || (m_scorer.isJudge() && !m_judge.isValid()))
        return false;
    resetOutcomes(examples);
    m_queue.clear();
    m_cancelled = false;
    m_requestsSent = 0;
    m_networkTasksDone = 0;
    m_maxInFlightSeen = 0;
    m_rateLimitPauses = 0;
    m_pausedUntil = QDeadlineTimer();
    m_runId = 0;

    if (m_store) {
        EvaluationRunInfo info;
        info.testSetPath = testSetPath;
        info.modelA = m_a.label();
        info.modelAKey = m_a.storageKey();
        info.modelB = m_b.label();
        info.modelBKey = m_b.storageKey();
        info.settings = m_settings;
        info.scorerSpec = m_scorer.spec();
        info.judgeRubric = m_scorer.isJudge() ? m_scorer.parameter() : QString();
        info.judgeModelKey = m_scorer.isJudge() ? m_judge.storageKey() : QString();
        m_runId = m_store->createRun(info, m_outcomes.isEmpty() ? QList<EvalExample>() : examples);
    }

    // A and B of one example go out together so that finished rows fill the table from the top.
    for (int position = 0; position < m_outcomes.size(); ++position) {
        for (Side side : {Side::A, Side::B}) {
            if (fillFromStore(position, side))
                scoreOrQueueJudge(position, side, true);
            else
                m_queue.push_back({position, side, false, 0});
        }
    }

    prepareLanes();
    for (const QList<QPointer<Api::ApiClient>> &lanes : std::as_const(m_lanes)) {
        for (Api::ApiClient *client : lanes)
            m_clientConnections << connect(client, &Api::ApiClient::rateLimitChanged, this, &EvaluationRunner::onRateLimit);
    }
    m_running = true;
    m_clock.start();
    Q_EMIT outcomesReset();
    emitProgress();
    // Deferred so that callers connect to finished() before an all-cached run ends.
    QTimer::singleShot(0, this, &EvaluationRunner::pump);
    return true;
}

void EvaluationRunner::loadStored(const QList<EvalExample> &examples)
{
    if (m_running)
        return;
    resetOutcomes(examples);
    for (int position = 0; position < m_outcomes.size(); ++position) {
        for (Side side : {Side::A, Side::B}) {
            if (fillFromStore(position, side))
                scoreOrQueueJudge(position, side, false);
        }
    }
    m_queue.clear();
    Q_EMIT outcomesReset();
    emitProgress();
}

void EvaluationRunner::rescore(const Scorer &scorer)
{
    m_scorer = scorer;
    for (int position = 0; position < m_outcomes.size(); ++position) {
        for (Side side : {Side::A, Side::B}) {
            call(position, side).passed.reset();
            call(position, side).judgeReason.clear();
            scoreOrQueueJudge(position, side, false);
        }
    }
    if (!m_running)
        m_queue.clear();
    Q_EMIT outcomesReset();
}

void EvaluationRunner::pump()
{
    if (!m_running)
        return;
    if (!m_pausedUntil.hasExpired()) {
        m_resumeTimer.start(std::max<qint64>(1, m_pausedUntil.remainingTime()));
        return;
    }
    while (int(m_inFlight.size()) < m_concurrency && !m_queue.empty()) {
        const Task task = m_queue.front();
        m_queue.pop_front();
        send(task);
    }
    if (m_queue.empty() && m_inFlight.isEmpty())
        finishRun();
}

void EvaluationRunner::send(const Task &task)
{
    const ExampleOutcome &outcome = m_outcomes.at(task.position);
    const ModelEndpoint &target = task.judge ? m_judge : endpoint(task.side);
    Api::ChatCompletionParams params;
    params.model = target.model;
    if (task.judge) {
        const CallRecord &answer = task.side == Side::A ? outcome.a : outcome.b;
        params.messages = LlmJudge::buildMessages(m_scorer.parameter(), LlmJudge::conversationText(outcome.example.prompt),
                                                  outcome.example.expected, answer.answer);
        params.temperature = 0.0;
    } else {
        params.messages = outcome.example.prompt;
        params.temperature = m_settings.temperature;
        if (m_settings.maxCompletionTokens > 0)
            params.maxCompletionTokens = m_settings.maxCompletionTokens;
        params.seed = m_settings.seed;
        call(task.position, task.side).state = CallRecord::State::Running;
    }
    auto *request = new Api::ChatCompletionRequest(laneFor(target.client), params, false, this);
    connect(request, &Api::ApiRequest::finished, this, [this, request, task] { onAnswered(request, task); });
    connect(request, &Api::ApiRequest::failed, this,
            [this, request, task](const Api::ApiError &error) { onFailed(request, task, error); });
    connect(request, &Api::ApiRequest::retrying, this, [this, request](int, int delayMs, const Api::ApiError &error) {
        onRetrying(request->client() ? request->client()->backoffScale() : 1.0, delayMs, error);
    });
    m_inFlight.append({request, task});
    ++m_requestsSent;
    m_maxInFlightSeen = std::max(m_maxInFlightSeen, int(m_inFlight.size()));
    if (!task.judge)
        Q_EMIT outcomeChanged(task.position);
    request->start();
}

void EvaluationRunner::removeInFlight(Api::ChatCompletionRequest *request)
{
    m_inFlight.removeIf([request](const InFlight &flight) { return flight.request == request || !flight.request; });
}

void EvaluationRunner::onAnswered(Api::ChatCompletionRequest *request, const Task &task)
{
    removeInFlight(request);
    if (!m_running)
        return;
    const Api::ChatCompletion &completion = request->completion();
    CallRecord &record = call(task.position, task.side);
    const QString &exampleKey = m_outcomes.at(task.position).example.key;
    if (task.judge) {
        const std::optional<JudgeVerdict> verdict = LlmJudge::parseVerdict(completion.content);
        if (verdict) {
            record.passed = verdict->passed;
            record.judgeReason = verdict->reason;
            if (m_store)
                m_store->saveVerdict(exampleKey, endpoint(task.side).storageKey(), m_settings.key(), judgeKey(), *verdict);
        } else {
            record.judgeReason = tr("The judge's reply did not start with PASS or FAIL: \"%1\"").arg(completion.content.left(200));
        }
    } else {
        record.state = CallRecord::State::Answered;
        record.answer = completion.content.isEmpty() ? completion.refusal : completion.content;
        record.finishReason = completion.finishReason;
        record.promptTokens = int(completion.usage.promptTokens);
        record.completionTokens = int(completion.usage.completionTokens);
        record.latencyMs = completion.latencyMs > 0 ? completion.latencyMs : request->latencyMs();
        record.costUsd = m_pricing.estimateUsd(endpoint(task.side).model, record.promptTokens, record.completionTokens);
        record.requestId = completion.requestId.isEmpty() ? request->requestId() : completion.requestId;
        record.error.clear();
        record.fromStore = false;
        if (m_store)
            m_store->saveCall(exampleKey, endpoint(task.side).storageKey(), m_settings.key(), record);
        scoreOrQueueJudge(task.position, task.side, true);
    }
    taskDone();
    Q_EMIT outcomeChanged(task.position);
    emitProgress();
    pump();
}

void EvaluationRunner::onFailed(Api::ChatCompletionRequest *request, const Task &task, const Api::ApiError &error)
{
    const qint64 serverDelay = Api::RetryPolicy::serverDirectedDelayMs(request->responseHeader("retry-after-ms"),
                                                                       request->responseHeader("retry-after"),
                                                                       QDateTime::currentDateTimeUtc());
    const double scale = request->client() ? request->client()->backoffScale() : 1.0;
    removeInFlight(request);
    if (!m_running || error.kind == Api::ApiError::Kind::Cancelled)
        return;
    CallRecord &record = call(task.position, task.side);
    if (error.isRateLimited() && task.requeues < m_maxRequeues) {
        Task again = task;
        ++again.requeues;
        m_queue.push_front(again);
        const qint64 fallback = std::min(s_requeueMaxDelayMs, s_requeueBaseDelayMs << std::min(task.requeues, 5));
        pauseFor(qint64(double(serverDelay >= 0 ? serverDelay : fallback) * scale));
        if (!task.judge)
            record.state = CallRecord::State::Pending;
        pump();
        return;
    }
    const bool fatal = error.isAuthenticationError() || error.isQuotaExhausted() || error.httpStatus == 404;
    if (task.judge) {
        record.judgeReason = tr("The judge could not grade this answer: %1").arg(error.userMessage());
    } else {
        record.state = CallRecord::State::Failed;
        record.error = error.userMessage();
        record.requestId = error.requestId;
    }
    taskDone();
    Q_EMIT outcomeChanged(task.position);
    if (fatal) {
        const QString who = task.judge ? m_judge.label() : endpoint(task.side).label();
        Q_EMIT fatalError(tr("The evaluation stopped: %1 cannot be used. %2").arg(who, error.userMessage()));
        cancel();
        return;
    }
    emitProgress();
    pump();
}

void EvaluationRunner::onRetrying(double backoffScale, int delayMs, const Api::ApiError &error)
{
    // One 429 means the whole account is at its limit: hold every new request, not just the one that was refused.
    if (error.httpStatus == 429 || error.httpStatus == 503)
        pauseFor(qint64(double(delayMs) * backoffScale));
}

void EvaluationRunner::onRateLimit(const Api::RateLimitInfo &info)
{
    if (info.remainingRequests == 0 && info.resetRequestsMs > 0) {
        auto *client = qobject_cast<Api::ApiClient *>(sender());
        pauseFor(qint64(double(info.resetRequestsMs) * (client ? client->backoffScale() : 1.0)));
    }
}

void EvaluationRunner::prepareLanes()
{
    for (const QPointer<Api::ApiClient> &owned : std::as_const(m_ownedLaneClients))
        delete owned.data();
    m_ownedLaneClients.clear();
    m_lanes.clear();
    const int laneCount = (m_concurrency + s_connectionsPerManager - 1) / s_connectionsPerManager;
    for (Api::ApiClient *client : {m_a.client.data(), m_b.client.data(), m_judge.client.data()}) {
        if (!client || m_lanes.contains(client))
            continue;
        QList<QPointer<Api::ApiClient>> lanes{client};
        for (int lane = 1; lane < laneCount; ++lane) {
            const Api::Provider &provider = client->provider();
            auto *clone = new Api::ApiClient(Api::Provider::create(provider.id(), provider.options()), this);
            clone->setRetryPolicy(client->retryPolicy());
            clone->setBackoffScale(client->backoffScale());
            clone->setConnectTimeoutMs(client->connectTimeoutMs());
            clone->setTransferTimeoutMs(client->transferTimeoutMs());
            lanes << clone;
            m_ownedLaneClients << clone;
        }
        m_lanes.insert(client, lanes);
    }
}

Api::ApiClient *EvaluationRunner::laneFor(Api::ApiClient *client) const
{
    const QList<QPointer<Api::ApiClient>> lanes = m_lanes.value(client);
    Api::ApiClient *best = client;
    int bestLoad = INT_MAX;
    for (Api::ApiClient *lane : lanes) {
        if (!lane)
            continue;
        const int load = int(std::count_if(m_inFlight.cbegin(), m_inFlight.cend(), [lane](const InFlight &flight) {
            return flight.request && flight.request->client() == lane;
        }));
        if (load < bestLoad) {
            bestLoad = load;
            best = lane;
        }
    }
    return best;
}

void EvaluationRunner::pauseFor(qint64 waitMs)
{
    if (waitMs <= 0)
        return;
    if (m_pausedUntil.hasExpired() || m_pausedUntil.remainingTime() < waitMs) {
        m_pausedUntil = QDeadlineTimer(waitMs);
        ++m_rateLimitPauses;
        Q_EMIT rateLimited(waitMs);
    }
    if (m_running)
        m_resumeTimer.start(std::max<qint64>(1, m_pausedUntil.remainingTime()));
}

void EvaluationRunner::taskDone()
{
    ++m_networkTasksDone;
}

int EvaluationRunner::completedExamples() const
{
    auto sideDone = [this](const CallRecord &record) {
        if (record.state == CallRecord::State::Failed)
            return true;
        if (record.state != CallRecord::State::Answered)
            return false;
        return !m_scorer.isJudge() || record.passed.has_value() || !record.judgeReason.isEmpty();
    };
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [&](const ExampleOutcome &outcome) { return sideDone(outcome.a) && sideDone(outcome.b); }));
}

void EvaluationRunner::emitProgress()
{
    qint64 eta = -1;
    const qint64 remaining = qint64(m_queue.size()) + m_inFlight.size();
    if (m_networkTasksDone >= 4 && m_clock.isValid())
        eta = remaining * m_clock.elapsed() / m_networkTasksDone;
    else if (remaining == 0)
        eta = 0;
    Q_EMIT progressChanged(completedExamples(), int(m_outcomes.size()), eta);
}

void EvaluationRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    const QList<InFlight> flights = m_inFlight;
    m_inFlight.clear();
    for (const InFlight &flight : flights) {
        if (flight.request)
            flight.request->cancel();
    }
    for (ExampleOutcome &outcome : m_outcomes) {
        for (CallRecord *record : {&outcome.a, &outcome.b}) {
            if (record->state == CallRecord::State::Running)
                record->state = CallRecord::State::Pending;
        }
    }
    finishRun();
}

void EvaluationRunner::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_resumeTimer.stop();
    for (const QMetaObject::Connection &connection : std::as_const(m_clientConnections))
        disconnect(connection);
    m_clientConnections.clear();
    emitProgress();
    Q_EMIT finished();
}

EvaluationSummary EvaluationRunner::summary() const
{
    return EvaluationSummary::compute(m_outcomes, m_a.label(), m_b.label(), m_scorer.spec());
}

} // namespace Fts::Eval

#include "moc_EvaluationRunner.cpp"
