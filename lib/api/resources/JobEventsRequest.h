// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/JobEvent.h"
#include "api/resources/ListPage.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/**
 * `GET /fine_tuning/jobs/{id}/events?after=&limit=`: one page, **newest first**; `after` pages backwards
 * in time. JobEventPoller builds live polling and backfill on top.
 */
class JobEventsRequest : public ApiRequest
{
    Q_OBJECT

public:
    JobEventsRequest(ApiClient *client, const QString &jobId, const QString &after = {}, int limit = 20,
                     QObject *parent = nullptr);
    const ListPage<JobEvent> &page() const { return m_page; }
    QString jobId() const { return m_jobId; }

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QString m_jobId;
    ListPage<JobEvent> m_page;
};

} // namespace Fts::Api
