// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobListRequest.h"

namespace Fts::Api {

JobListRequest::JobListRequest(ApiClient *client, const QString &after, int limit,
                               const QMap<QString, QString> &metadataFilter, QObject *parent)
    : ApiRequest(client, parent)
{
    setRequiredCapability(ProviderCapability::FineTuning);
    setPath(QStringLiteral("fine_tuning/jobs"));
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    for (auto it = metadataFilter.begin(); it != metadataFilter.end(); ++it)
        query.addQueryItem(QStringLiteral("metadata[%1]").arg(it.key()), it.value());
    setQuery(query);
}

ApiError JobListRequest::handleJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("data")).isArray())
        return ApiError::invalidResponse(tr("the job list has no \"data\" array"), requestId());
    m_page = ListPage<FineTuningJob>::fromJson(object);
    return {};
}

} // namespace Fts::Api

#include "moc_JobListRequest.cpp"
