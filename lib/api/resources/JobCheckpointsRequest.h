// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/JobCheckpoint.h"
#include "api/resources/ListPage.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `GET /fine_tuning/jobs/{id}/checkpoints?after=&limit=`. */
class JobCheckpointsRequest : public ApiRequest
{
    Q_OBJECT

public:
    JobCheckpointsRequest(ApiClient *client, const QString &jobId, const QString &after = {}, int limit = 10,
                          QObject *parent = nullptr);
    const ListPage<JobCheckpoint> &page() const { return m_page; }

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QString m_jobId;
    ListPage<JobCheckpoint> m_page;
};

} // namespace Fts::Api
