// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/resources/FineTuningJob.h"
#include "api/resources/JobEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Fts::Api {

class ApiClient;
class ApiRequest;

/**
 * Follows one job live. Every interval it (optionally) retrieves the job, then reads the first events page
 * (newest first) and de-duplicates by id. When a page holds nothing already seen and the API says there is
 * more, it keeps paging backwards with `after` until it meets a known event: the first poll therefore
 * backfills the whole history, and a long gap between polls loses nothing. New events are delivered oldest
 * first. With followJob, polling stops by itself after the job reached a terminal state.
 */
class JobEventPoller : public QObject
{
    Q_OBJECT

public:
    JobEventPoller(ApiClient *client, const QString &jobId, QObject *parent = nullptr);
    ~JobEventPoller() override;
    Q_DISABLE_COPY_MOVE(JobEventPoller)

    QString jobId() const { return m_jobId; }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }
    void setPageSize(int size) { m_pageSize = size; }
    /** Also retrieve the job each round and stop after a terminal state (default true). */
    void setFollowJob(bool follow) { m_followJob = follow; }

    void start();
    void stop();
    /** One round now (ignored while a round is running). */
    void pollNow();
    bool isActive() const { return m_active; }
    bool isPolling() const { return m_roundRunning; }

    /** Every event seen so far, oldest first. */
    const QList<JobEvent> &events() const { return m_events; }
    const FineTuningJob &job() const { return m_job; }

Q_SIGNALS:
    /** Only events not delivered before, oldest first. */
    void eventsReceived(const QList<Fts::Api::JobEvent> &events);
    void jobUpdated(const Fts::Api::FineTuningJob &job);
    /** The job reached succeeded, failed or cancelled and its last events were read. */
    void jobFinished(const Fts::Api::FineTuningJob &job);
    /** A round failed (after the request's own retries); polling continues at the next interval. */
    void pollFailed(const Fts::Api::ApiError &error);
    void roundFinished();

private:
    void fetchEvents(const QString &after);
    void endRound(const ApiError &error = {});

    QPointer<ApiClient> m_client;
    QString m_jobId;
    QTimer m_timer;
    int m_pageSize = 100;
    bool m_followJob = true;
    bool m_active = false;
    bool m_roundRunning = false;
    bool m_jobTerminal = false;
    FineTuningJob m_job;
    QList<JobEvent> m_events;
    QHash<QString, int> m_seen;
    QList<JobEvent> m_roundEvents; // newest first, as received
    QPointer<ApiRequest> m_current;
};

} // namespace Fts::Api
