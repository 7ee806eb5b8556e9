// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/UploadPartRequest.h"

#include "api/resources/JsonFields.h"

#include <QHttpMultiPart>
#include <QUrl>

namespace Fts::Api {

UploadPartRequest::UploadPartRequest(ApiClient *client, const QString &uploadId, const QByteArray &data,
                                     QObject *parent)
    : ApiRequest(client, parent)
    , m_data(data)
{
    setRequiredCapability(ProviderCapability::Uploads);
    setVerb(QByteArrayLiteral("POST"));
    setPath(QStringLiteral("uploads/") + QString::fromLatin1(QUrl::toPercentEncoding(uploadId)) + QStringLiteral("/parts"));
    // A part that is added twice is simply not listed in `complete`: retrying a part is safe.
    setRetryMode(RetryMode::Always);
    setMultipartFactory([this] {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"data\"; filename=\"part\""));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        part.setBody(m_data);
        multipart->append(part);
        return multipart;
    });
}

ApiError UploadPartRequest::validateBeforeSend() const
{
    if (m_data.size() > MaxPartBytes)
        return ApiError::invalidRequest(tr("An upload part may be at most 64 MB."));
    return {};
}

ApiError UploadPartRequest::handleJson(const QJsonObject &object)
{
    m_partId = JsonFields::string(object, QLatin1String("id"));
    if (m_partId.isEmpty())
        return ApiError::invalidResponse(tr("the upload part has no id"), requestId());
    return {};
}

} // namespace Fts::Api

#include "moc_UploadPartRequest.cpp"
