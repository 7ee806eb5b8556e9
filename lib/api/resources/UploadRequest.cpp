// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/UploadRequest.h"

#include <QJsonArray>
#include <QUrl>

namespace Fts::Api {

UploadRequest::UploadRequest(ApiClient *client, QObject *parent)
    : ApiRequest(client, parent)
{
    setRequiredCapability(ProviderCapability::Uploads);
    setVerb(QByteArrayLiteral("POST"));
}

UploadRequest *UploadRequest::create(ApiClient *client, const QString &fileName, const QString &purpose, qint64 bytes,
                                     const QString &mimeType, QObject *parent)
{
    auto *request = new UploadRequest(client, parent);
    request->setPath(QStringLiteral("uploads"));
    request->setJsonBody(QJsonObject{{QStringLiteral("filename"), fileName},
                                     {QStringLiteral("purpose"), purpose},
                                     {QStringLiteral("bytes"), bytes},
                                     {QStringLiteral("mime_type"), mimeType}});
    // An orphaned pending upload costs nothing and expires after an hour: retrying is safe.
    request->setRetryMode(RetryMode::Always);
    return request;
}

UploadRequest *UploadRequest::complete(ApiClient *client, const QString &uploadId, const QStringList &partIds,
                                       const QByteArray &md5Hex, QObject *parent)
{
    auto *request = new UploadRequest(client, parent);
    request->setPath(QStringLiteral("uploads/") + QString::fromLatin1(QUrl::toPercentEncoding(uploadId))
                     + QStringLiteral("/complete"));
    QJsonObject body{{QStringLiteral("part_ids"), QJsonArray::fromStringList(partIds)}};
    if (!md5Hex.isEmpty())
        body.insert(QStringLiteral("md5"), QString::fromLatin1(md5Hex));
    request->setJsonBody(body);
    // Completing twice fails harmlessly ("already completed"); the file exists once.
    request->setRetryMode(RetryMode::Always);
    return request;
}

UploadRequest *UploadRequest::cancelUpload(ApiClient *client, const QString &uploadId, QObject *parent)
{
    auto *request = new UploadRequest(client, parent);
    request->setPath(QStringLiteral("uploads/") + QString::fromLatin1(QUrl::toPercentEncoding(uploadId))
                     + QStringLiteral("/cancel"));
    request->setRetryMode(RetryMode::Always);
    return request;
}

ApiError UploadRequest::handleJson(const QJsonObject &object)
{
    m_upload = UploadObject::fromJson(object);
    if (m_upload.id.isEmpty())
        return ApiError::invalidResponse(tr("the upload has no id"), requestId());
    return {};
}

} // namespace Fts::Api

#include "moc_UploadRequest.cpp"
