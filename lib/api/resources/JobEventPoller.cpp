// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobEventPoller.h"

#include "api/resources/JobEventsRequest.h"
#include "api/resources/JobRetrieveRequest.h"
#include "api/transport/ApiClient.h"

#include <algorithm>

namespace Fts::Api {

JobEventPoller::JobEventPoller(ApiClient *client, const QString &jobId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(jobId)
{
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &JobEventPoller::pollNow);
}

JobEventPoller::~JobEventPoller()
{
    if (m_current)
        m_current->cancel();
}

void JobEventPoller::start()
{
    m_active = true;
    m_timer.start();
    pollNow();
}

void JobEventPoller::stop()
{
    m_active = false;
    m_timer.stop();
    if (m_current) {
        ApiRequest *current = m_current;
        m_current = nullptr;
        disconnect(current, nullptr, this, nullptr);
        current->cancel();
    }
    m_roundRunning = false;
}

void JobEventPoller::pollNow()
{
    if (m_roundRunning || !m_client)
        return;
    m_roundRunning = true;
    m_roundEvents.clear();
    if (!m_followJob) {
        fetchEvents(QString());
        return;
    }
    auto *request = new JobRetrieveRequest(m_client, m_jobId, this);
    m_current = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        m_job = request->job();
        m_jobTerminal = m_job.isTerminal();
        Q_EMIT jobUpdated(m_job);
        fetchEvents(QString());
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) { endRound(error); });
    request->start();
}

void JobEventPoller::fetchEvents(const QString &after)
{
    auto *request = new JobEventsRequest(m_client, m_jobId, after, m_pageSize, this);
    m_current = request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        const ListPage<JobEvent> &page = request->page();
        bool metKnown = false;
        for (const JobEvent &event : page.data) {
            if (m_seen.contains(event.id)) {
                metKnown = true;
                continue;
            }
            if (std::any_of(m_roundEvents.cbegin(), m_roundEvents.cend(),
                            [&](const JobEvent &other) { return other.id == event.id; }))
                continue;
            m_roundEvents.append(event);
        }
        if (!metKnown && page.hasMore && !page.data.isEmpty()) {
            fetchEvents(page.nextAfter());
            return;
        }
        endRound();
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) { endRound(error); });
    request->start();
}

void JobEventPoller::endRound(const ApiError &error)
{
    m_current = nullptr;
    m_roundRunning = false;
    if (!m_roundEvents.isEmpty()) {
        QList<JobEvent> fresh(m_roundEvents.crbegin(), m_roundEvents.crend());
        // Same-second events keep the server's order (reversed above); otherwise sort by time.
        std::stable_sort(fresh.begin(), fresh.end(),
                         [](const JobEvent &a, const JobEvent &b) { return a.createdAt < b.createdAt; });
        for (const JobEvent &event : fresh) {
            m_seen.insert(event.id, int(m_events.size()));
            m_events.append(event);
        }
        m_roundEvents.clear();
        Q_EMIT eventsReceived(fresh);
    }
    if (error && error.kind != ApiError::Kind::Cancelled)
        Q_EMIT pollFailed(error);
    Q_EMIT roundFinished();
    if (!error && m_followJob && m_jobTerminal && m_active) {
        stop();
        Q_EMIT jobFinished(m_job);
    }
}

} // namespace Fts::Api

#include "moc_JobEventPoller.cpp"
