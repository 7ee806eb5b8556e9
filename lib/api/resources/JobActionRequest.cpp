// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobActionRequest.h"

#include <QUrl>

namespace Fts::Api {

JobActionRequest::JobActionRequest(ApiClient *client, const QString &jobId, Action action, QObject *parent)
    : ApiRequest(client, parent)
    , m_jobId(jobId.trimmed())
    , m_action(action)
{
    setRequiredCapability(action == Action::Cancel ? ProviderCapability::FineTuning : ProviderCapability::PauseResume);
    setVerb(QByteArrayLiteral("POST"));
    setPath(QStringLiteral("fine_tuning/jobs/") + QString::fromLatin1(QUrl::toPercentEncoding(m_jobId))
            + QLatin1Char('/') + actionName(action));
    // Cancelling, pausing or resuming twice leaves the job in the same state: safe to retry.
    setRetryMode(RetryMode::Always);
}

QString JobActionRequest::actionName(Action action)
{
    switch (action) {
    case Action::Cancel: return QStringLiteral("cancel");
    case Action::Pause: return QStringLiteral("pause");
    case Action::Resume: return QStringLiteral("resume");
    }
    return {};
}

ApiError JobActionRequest::validateBeforeSend() const
{
    if (m_jobId.isEmpty())
        return ApiError::invalidRequest(tr("No job id was given."), QStringLiteral("fine_tuning_job_id"));
    return {};
}

ApiError JobActionRequest::handleJson(const QJsonObject &object)
{
    m_job = FineTuningJob::fromJson(object);
    return {};
}

} // namespace Fts::Api

#include "moc_JobActionRequest.cpp"
