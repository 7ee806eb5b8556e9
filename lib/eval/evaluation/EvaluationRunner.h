// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/ChatCompletionRequest.h"
#include "eval/evaluation/EvaluationSummary.h"
#include "eval/evaluation/ExampleOutcome.h"
#include "eval/evaluation/GenerationSettings.h"
#include "eval/evaluation/InferencePricing.h"
#include "eval/evaluation/ModelEndpoint.h"
#include "eval/evaluation/Scorer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace Fts::Eval {

class ResultStore;

/**
 * Runs a test set through model A and model B (and the judge model, for the LLM judge) with a bounded number of
 * requests in flight, on the caller's event loop: nothing blocks, every reply is stored as it arrives, and the
 * table can update row by row through outcomeChanged().
 *
 * Rate limits never reach the user as errors: a 429 or a Retry-After pauses every new request for the time the
 * server asks (the transport retries the request itself), `x-ratelimit-remaining-requests: 0` pauses until the
 * reset, and a call that still ends in 429 goes back in the queue. Answers already in the result store are
 * reused, so a re-run or a resumed run only asks for what is missing. Authentication and unknown-model errors
 * stop the run with fatalError(): they would fail every remaining call the same way.
 *
 * Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host (the per-host setting only came
 * with QHttp1Configuration in 6.5), which would silently cap a concurrency of 16 at 6 against local llama.cpp,
 * Ollama or vLLM servers. Above 6, the runner therefore spreads requests over clones of the client, each with
 * its own network manager: "concurrency N" means N requests really in flight.
 */
class EvaluationRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationRunner)
public:
    enum class Side { A, B };
    Q_ENUM(Side)

    explicit EvaluationRunner(QObject *parent = nullptr);
    ~EvaluationRunner() override;

    void setModels(const ModelEndpoint &a, const ModelEndpoint &b);
    const ModelEndpoint &modelA() const { return m_a; }
    const ModelEndpoint &modelB() const { return m_b; }
    void setSettings(const GenerationSettings &settings) { m_settings = settings; }
    const GenerationSettings &settings() const { return m_settings; }
    /** Requests in flight at most (default 8, at least 1). Applies to the next dispatch. */
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    void setScorer(const Scorer &scorer);
    const Scorer &scorer() const { return m_scorer; }
    /** The judge for Scorer::Kind::Judge; its rubric is the scorer's parameter (empty: the default rubric). */
    void setJudge(const ModelEndpoint &judge) { m_judge = judge; }
    /**
     * Prices every call, answered or to come, stored ones included, so that editing a price updates the costs
     * on screen (emits outcomesReset() when there are answers).
     */
    void setPricing(const InferencePricing &pricing);
    const InferencePricing &pricing() const { return m_pricing; }
    /** Not owned; answers are stored and reused when set. */
    void setResultStore(ResultStore *store) { m_store = store; }
    /** How often a call that keeps getting 429 goes back in the queue before it is reported (default 8). */
    void setMaxRateLimitRequeues(int count) { m_maxRequeues = count; }

    /** Starts the run; false (and nothing emitted) if a model is missing or a run is going on. */
    bool start(const QList<EvalExample> &examples, const QString &testSetPath = {});
    /** Shows a stored run: answers from the store, nothing sent. */
    void loadStored(const QList<EvalExample> &examples);
    /** Stops sending, aborts what is in flight; answers received so far stay stored. Emits finished(). */
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    const QList<ExampleOutcome> &outcomes() const { return m_outcomes; }
    EvaluationSummary summary() const;
    /** Scores every answer again with another offline scorer, without any request. */
    void rescore(const Scorer &scorer);
    qint64 runId() const { return m_runId; }

    int completedExamples() const;
    int requestsSent() const { return m_requestsSent; }
    int inFlight() const { return int(m_inFlight.size()); }
    int maxInFlightSeen() const { return m_maxInFlightSeen; }
    int rateLimitPauses() const { return m_rateLimitPauses; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    void outcomeChanged(int position);
    /** Every outcome changed at once (start, loadStored, rescore). */
    void outcomesReset();
    /** @p etaMs is -1 until enough calls finished to estimate. */
    void progressChanged(int doneExamples, int totalExamples, qint64 etaMs);
    /** New requests wait @p waitMs because the server asked for it. */
    void rateLimited(qint64 waitMs);
    /** A problem that stops the run (bad key, unknown model); received answers are kept. */
    void fatalError(const QString &message);
    void finished();

private:
    struct Task
    {
        int position = 0;
        Side side = Side::A;
        bool judge = false;
        int requeues = 0;
    };
    struct InFlight
    {
        QPointer<Api::ChatCompletionRequest> request;
        Task task;
    };

    const ModelEndpoint &endpoint(Side side) const { return side == Side::A ? m_a : m_b; }
    CallRecord &call(int position, Side side);
    QString judgeKey() const;
    void resetOutcomes(const QList<EvalExample> &examples);
    bool fillFromStore(int position, Side side);
    void scoreOrQueueJudge(int position, Side side, bool allowRequests);
    void pump();
    void send(const Task &task);
    void onAnswered(Api::ChatCompletionRequest *request, const Task &task);
    void onFailed(Api::ChatCompletionRequest *request, const Task &task, const Api::ApiError &error);
    void onRetrying(double backoffScale, int delayMs, const Api::ApiError &error);
    void onRateLimit(const Api::RateLimitInfo &info);
    void pauseFor(qint64 waitMs);
    void prepareLanes();
    Api::ApiClient *laneFor(Api::ApiClient *client) const;
    void removeInFlight(Api::ChatCompletionRequest *request);
    void taskDone();
    void emitProgress();
    void finishRun();

    ModelEndpoint m_a;
    ModelEndpoint m_b;
    ModelEndpoint m_judge;
    GenerationSettings m_settings;
    Scorer m_scorer;
    InferencePricing m_pricing;
    ResultStore *m_store = nullptr;
    int m_concurrency = 8;
    int m_maxRequeues = 8;

    QList<ExampleOutcome> m_outcomes;
    std::deque<Task> m_queue;
    QList<InFlight> m_inFlight;
    QTimer m_resumeTimer;
    QDeadlineTimer m_pausedUntil;
    QElapsedTimer m_clock;
    QList<QMetaObject::Connection> m_clientConnections;
    /** Per configured client: itself plus clones with their own network manager (see prepareLanes()). */
    QHash<Api::ApiClient *, QList<QPointer<Api::ApiClient>>> m_lanes;
    QList<QPointer<Api::ApiClient>> m_ownedLaneClients;
    qint64 m_runId = 0;
    bool m_running = false;
    bool m_cancelled = false;
    int m_requestsSent = 0;
    int m_networkTasksDone = 0;
    int m_maxInFlightSeen = 0;
    int m_rateLimitPauses = 0;
};

} // namespace Fts::Eval
