// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/JobActionRequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Fts::Api {
class ApiClient;
class ApiError;
class JobEventPoller;
struct FineTuningJob;
}

namespace Fts::Eval {

class RunStore;

/**
 * Keeps the RunStore in step with a provider account: lists jobs fast while one runs and slowly when none
 * does (backing off on errors), follows every active job's events into its metric history, and when a job
 * ends reads its checkpoints and its result file (the complete curve). Also carries out cancel, pause and
 * resume. Everything is asynchronous on the API client; nothing here blocks.
 */
class JobMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobMonitor)
public:
    JobMonitor(Api::ApiClient *client, RunStore *store, const QString &profile, QObject *parent = nullptr);
    ~JobMonitor() override;

    /** Polling intervals: while a job runs, while none does, and the longest wait after errors. */
    void setIntervals(int activeMs, int idleMs, int maxBackoffMs);
    int currentIntervalMs() const { return m_timer.interval(); }
    int consecutiveFailures() const { return m_failures; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /** Lists jobs now (the next poll is rescheduled from here). */
    void refreshNow();
    /**
     * The user opened this run: make sure its history is complete (backfill events, checkpoints and the
     * result file of a finished job seen for the first time).
     */
    void watch(const QString &jobId);
    void performAction(const QString &jobId, Api::JobActionRequest::Action action);

    QString profile() const { return m_profile; }

Q_SIGNALS:
    void listRefreshed();
    /** A poll failed after the request's own retries; the message is for the user. */
    void pollFailed(const QString &message);
    /** A job reached succeeded, failed or cancelled while we watched it. */
    void jobFinished(const QString &jobId);
    void actionSucceeded(const QString &jobId, Fts::Api::JobActionRequest::Action action);
    void actionFailed(const QString &jobId, const QString &message);

private:
    void schedule();
    void onListed(const QList<Api::FineTuningJob> &jobs);
    void follow(const QString &jobId);
    void fetchFinalResults(const QString &jobId);
    void fetchResultFile(const QString &jobId, const QString &fileId);

    QPointer<Api::ApiClient> m_client;
    QPointer<RunStore> m_store;
    QString m_profile;
    QTimer m_timer;
    int m_activeMs = 5000;
    int m_idleMs = 60000;
    int m_maxBackoffMs = 300000;
    int m_failures = 0;
    bool m_running = false;
    bool m_listing = false;
    QHash<QString, QPointer<Api::JobEventPoller>> m_pollers;
    QSet<QString> m_finalFetched;
};

} // namespace Fts::Eval
