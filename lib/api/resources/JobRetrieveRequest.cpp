// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobRetrieveRequest.h"

#include <QUrl>

namespace Fts::Api {

JobRetrieveRequest::JobRetrieveRequest(ApiClient *client, const QString &jobId, QObject *parent)
    : ApiRequest(client, parent)
    , m_jobId(jobId.trimmed())
{
    setRequiredCapability(ProviderCapability::FineTuning);
    setPath(QStringLiteral("fine_tuning/jobs/") + QString::fromLatin1(QUrl::toPercentEncoding(m_jobId)));
}

ApiError JobRetrieveRequest::validateBeforeSend() const
{
    if (m_jobId.isEmpty())
        return ApiError::invalidRequest(tr("No job id was given."), QStringLiteral("fine_tuning_job_id"));
    return {};
}

ApiError JobRetrieveRequest::handleJson(const QJsonObject &object)
{
    m_job = FineTuningJob::fromJson(object);
    if (m_job.id.isEmpty())
        return ApiError::invalidResponse(tr("the job has no id"), requestId());
    return {};
}

} // namespace Fts::Api

#include "moc_JobRetrieveRequest.cpp"
