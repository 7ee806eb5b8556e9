// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FineTuningJob.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `GET /fine_tuning/jobs/{id}`. */
class JobRetrieveRequest : public ApiRequest
{
    Q_OBJECT

public:
    JobRetrieveRequest(ApiClient *client, const QString &jobId, QObject *parent = nullptr);
    const FineTuningJob &job() const { return m_job; }

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QString m_jobId;
    FineTuningJob m_job;
};

} // namespace Fts::Api
