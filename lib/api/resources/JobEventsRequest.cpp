// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobEventsRequest.h"

#include <QUrl>

namespace Fts::Api {

JobEventsRequest::JobEventsRequest(ApiClient *client, const QString &jobId, const QString &after, int limit,
                                   QObject *parent)
    : ApiRequest(client, parent)
    , m_jobId(jobId.trimmed())
{
    setRequiredCapability(ProviderCapability::JobEvents);
    setPath(QStringLiteral("fine_tuning/jobs/") + QString::fromLatin1(QUrl::toPercentEncoding(m_jobId))
            + QStringLiteral("/events"));
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    setQuery(query);
}

ApiError JobEventsRequest::validateBeforeSend() const
{
    if (m_jobId.isEmpty())
        return ApiError::invalidRequest(tr("No job id was given."), QStringLiteral("fine_tuning_job_id"));
    return {};
}

ApiError JobEventsRequest::handleJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("data")).isArray())
        return ApiError::invalidResponse(tr("the event list has no \"data\" array"), requestId());
    m_page = ListPage<JobEvent>::fromJson(object);
    return {};
}

} // namespace Fts::Api

#include "moc_JobEventsRequest.cpp"
