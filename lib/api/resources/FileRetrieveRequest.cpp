// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FileRetrieveRequest.h"

#include <QUrl>

namespace Fts::Api {

FileRetrieveRequest::FileRetrieveRequest(ApiClient *client, const QString &fileId, QObject *parent)
    : ApiRequest(client, parent)
    , m_fileId(fileId.trimmed())
{
    setRequiredCapability(ProviderCapability::Files);
    setPath(QStringLiteral("files/") + QString::fromLatin1(QUrl::toPercentEncoding(m_fileId)));
}

ApiError FileRetrieveRequest::validateBeforeSend() const
{
    if (m_fileId.isEmpty())
        return ApiError::invalidRequest(tr("No file id was given."), QStringLiteral("file_id"));
    return {};
}

ApiError FileRetrieveRequest::handleJson(const QJsonObject &object)
{
    m_file = FileObject::fromJson(object);
    return {};
}

} // namespace Fts::Api

#include "moc_FileRetrieveRequest.cpp"
