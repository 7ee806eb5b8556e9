// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FileListRequest.h"

namespace Fts::Api {

FileListRequest::FileListRequest(ApiClient *client, const QString &purpose, const QString &after, int limit,
                                 const QString &order, QObject *parent)
    : ApiRequest(client, parent)
{
    setRequiredCapability(ProviderCapability::Files);
    setPath(QStringLiteral("files"));
    QUrlQuery query;
    if (!purpose.isEmpty())
        query.addQueryItem(QStringLiteral("purpose"), purpose);
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!order.isEmpty())
        query.addQueryItem(QStringLiteral("order"), order);
    setQuery(query);
}

ApiError FileListRequest::handleJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("data")).isArray())
        return ApiError::invalidResponse(tr("the file list has no \"data\" array"), requestId());
    m_page = ListPage<FileObject>::fromJson(object);
    return {};
}

} // namespace Fts::Api

#include "moc_FileListRequest.cpp"
