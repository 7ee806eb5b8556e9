// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/JobMonitor.h"

#include "api/ApiError.h"
#include "api/resources/FileContentRequest.h"
#include "api/resources/JobCheckpointsRequest.h"
#include "api/resources/JobEventPoller.h"
#include "api/resources/JobListRequest.h"
#include "api/transport/ApiClient.h"
#include "eval/metrics/MetricCsv.h"
#include "eval/metrics/RunStore.h"

#include <algorithm>

namespace Fts::Eval {

JobMonitor::JobMonitor(Api::ApiClient *client, RunStore *store, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profile(profile)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobMonitor::refreshNow);
}

JobMonitor::~JobMonitor()
{
    stop();
}

void JobMonitor::setIntervals(int activeMs, int idleMs, int maxBackoffMs)
{
    m_activeMs = activeMs;
    m_idleMs = idleMs;
    m_maxBackoffMs = maxBackoffMs;
    for (const auto &poller : std::as_const(m_pollers))
        if (poller)
            poller->setIntervalMs(m_activeMs);
}

void JobMonitor::start()
{
    m_running = true;
    refreshNow();
}

void JobMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    for (const auto &poller : std::as_const(m_pollers))
        if (poller)
            poller->stop();
}

void JobMonitor::schedule()
{
    if (!m_running)
        return;
    bool anyActive = false;
    for (const QString &id : m_store->runIds(m_profile))
        anyActive = anyActive || (m_store->record(id).source() == RunRecord::Source::Provider && m_store->record(id).isActive());
    int interval = anyActive ? m_activeMs : m_idleMs;
    if (m_failures > 0) {
        // Exponential backoff: a provider outage should not be hammered, and the user sees why.
        const qint64 backoff = qint64(m_activeMs) << std::min(m_failures, 16);
        interval = int(std::min<qint64>(m_maxBackoffMs, std::max<qint64>(interval, backoff)));
    }
    m_timer.start(interval);
}

void JobMonitor::refreshNow()
{
    if (!m_client || !m_store || m_listing)
        return;
    m_timer.stop();
    m_listing = true;
    auto *request = new Api::JobListRequest(m_client, {}, 50, {}, this);
    connect(request, &Api::ApiRequest::finished, this, [this, request] {
        m_listing = false;
        m_failures = 0;
        onListed(request->page().data);
        Q_EMIT listRefreshed();
        schedule();
    });
    connect(request, &Api::ApiRequest::failed, this, [this](const Api::ApiError &error) {
        m_listing = false;
        if (error.kind != Api::ApiError::Kind::Cancelled) {
            ++m_failures;
            Q_EMIT pollFailed(error.userMessage());
        }
        schedule();
    });
    request->start();
}

void JobMonitor::onListed(const QList<Api::FineTuningJob> &jobs)
{
    for (const Api::FineTuningJob &job : jobs) {
        const bool wasActive = m_store->contains(job.id) && m_store->record(job.id).isActive();
        m_store->upsertJob(m_profile, job.raw);
        if (job.isActive())
            follow(job.id);
        else if (wasActive && !m_pollers.contains(job.id))
            fetchFinalResults(job.id);
    }
}

void JobMonitor::follow(const QString &jobId)
{
    if (m_pollers.value(jobId))
        return;
    auto *poller = new Api::JobEventPoller(m_client, jobId, this);
    poller->setIntervalMs(m_activeMs);
    m_pollers.insert(jobId, poller);
    connect(poller, &Api::JobEventPoller::eventsReceived, this, [this, jobId](const QList<Api::JobEvent> &events) {
        MetricHistory &history = m_store->history(jobId);
        for (const Api::JobEvent &event : events)
            history.mergeEvent(event.raw);
        m_store->notifyHistoryChanged(jobId);
    });
    connect(poller, &Api::JobEventPoller::jobUpdated, this,
            [this](const Api::FineTuningJob &job) { m_store->upsertJob(m_profile, job.raw); });
    connect(poller, &Api::JobEventPoller::jobFinished, this, [this, jobId, poller](const Api::FineTuningJob &job) {
        m_store->upsertJob(m_profile, job.raw);
        m_pollers.remove(jobId);
        poller->deleteLater();
        fetchFinalResults(jobId);
        Q_EMIT jobFinished(jobId);
        schedule();
    });
    poller->start();
}

void JobMonitor::watch(const QString &jobId)
{
    if (!m_store || !m_store->contains(jobId) || m_store->record(jobId).source() != RunRecord::Source::Provider)
        return;
    const RunRecord record = m_store->record(jobId);
    if (record.isActive() || record.status() == RunRecord::Status::Paused) {
        follow(jobId);
        if (auto poller = m_pollers.value(jobId))
            poller->pollNow();
        return;
    }
    const MetricHistory &history = m_store->history(jobId);
    if (history.checkpoints().isEmpty() || history.isEmpty())
        fetchFinalResults(jobId);
}

void JobMonitor::fetchFinalResults(const QString &jobId)
{
    if (!m_client || m_finalFetched.contains(jobId))
        return;
    m_finalFetched.insert(jobId);
    auto *checkpoints = new Api::JobCheckpointsRequest(m_client, jobId, {}, 10, this);
    connect(checkpoints, &Api::ApiRequest::finished, this, [this, jobId, checkpoints] {
        MetricHistory &history = m_store->history(jobId);
        for (const Api::JobCheckpoint &checkpoint : checkpoints->page().data)
            history.mergeCheckpoint(CheckpointRecord::fromJson(checkpoint.raw));
        m_store->notifyHistoryChanged(jobId);
    });
    connect(checkpoints, &Api::ApiRequest::failed, this, [this, jobId](const Api::ApiError &error) {
        m_finalFetched.remove(jobId);
        Q_EMIT pollFailed(error.userMessage());
    });
    checkpoints->start();
    const QString resultFile = m_store->record(jobId).resultFile();
    if (!resultFile.isEmpty())
        fetchResultFile(jobId, resultFile);
    // Events of a job finished before we first saw it: one backfilling round fills the log.
    if (!m_pollers.value(jobId) && m_store->history(jobId).events().isEmpty()) {
        auto *poller = new Api::JobEventPoller(m_client, jobId, this);
        poller->setFollowJob(false);
        connect(poller, &Api::JobEventPoller::eventsReceived, this, [this, jobId](const QList<Api::JobEvent> &events) {
            MetricHistory &history = m_store->history(jobId);
            for (const Api::JobEvent &event : events)
                history.mergeEvent(event.raw);
            m_store->notifyHistoryChanged(jobId);
        });
        connect(poller, &Api::JobEventPoller::roundFinished, poller, &QObject::deleteLater);
        poller->pollNow();
    }
}

void JobMonitor::fetchResultFile(const QString &jobId, const QString &fileId)
{
    auto *request = new Api::FileContentRequest(m_client, fileId, this);
    connect(request, &Api::ApiRequest::finished, this, [this, jobId, request] {
        const MetricCsv::ParseResult parsed = MetricCsv::parse(request->decodedContent());
        if (!parsed.ok())
            return;
        m_store->history(jobId).mergeAll(parsed.points);
        m_store->notifyHistoryChanged(jobId);
    });
    connect(request, &Api::ApiRequest::failed, this, [this](const Api::ApiError &error) { Q_EMIT pollFailed(error.userMessage()); });
    request->start();
}

void JobMonitor::performAction(const QString &jobId, Api::JobActionRequest::Action action)
{
    auto *request = new Api::JobActionRequest(m_client, jobId, action, this);
    connect(request, &Api::ApiRequest::finished, this, [this, jobId, action, request] {
        m_store->upsertJob(m_profile, request->job().raw);
        if (request->job().isActive())
            follow(jobId);
        Q_EMIT actionSucceeded(jobId, action);
        refreshNow();
    });
    connect(request, &Api::ApiRequest::failed, this,
            [this, jobId](const Api::ApiError &error) { Q_EMIT actionFailed(jobId, error.userMessage()); });
    request->start();
}

} // namespace Fts::Eval

#include "moc_JobMonitor.cpp"
