// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FileUploadRequest.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>

namespace Fts::Api {

FileUploadRequest::FileUploadRequest(ApiClient *client, const QString &filePath, const QString &purpose,
                                     QObject *parent)
    : ApiRequest(client, parent)
    , m_filePath(filePath)
    , m_fileName(QFileInfo(filePath).fileName())
    , m_purpose(purpose)
{
    setRequiredCapability(ProviderCapability::Files);
    setVerb(QByteArrayLiteral("POST"));
    setPath(QStringLiteral("files"));
    setMultipartFactory([this] { return buildMultipart(); });
}

FileUploadRequest *FileUploadRequest::fromData(ApiClient *client, const QByteArray &data, const QString &fileName,
                                               const QString &purpose, QObject *parent)
{
    auto *request = new FileUploadRequest(client, QString(), purpose, parent);
    request->m_data = data;
    request->m_fileName = fileName;
    request->m_fromData = true;
    return request;
}

ApiError FileUploadRequest::validateBeforeSend() const
{
    if (m_fromData)
        return {};
    const QFileInfo info(m_filePath);
    if (!info.exists() || !info.isFile())
        return ApiError::invalidRequest(tr("The file \"%1\" does not exist.").arg(m_filePath), QStringLiteral("file"));
    if (!info.isReadable())
        return ApiError::invalidRequest(tr("The file \"%1\" cannot be read.").arg(m_filePath), QStringLiteral("file"));
    if (info.size() > 512LL * 1024 * 1024)
        return ApiError::invalidRequest(tr("\"%1\" is larger than 512 MB; it must go through a multi-part upload.")
                                            .arg(info.fileName()),
                                        QStringLiteral("file"));
    return {};
}

QHttpMultiPart *FileUploadRequest::buildMultipart() const
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart purposePart;
    purposePart.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"purpose\""));
    purposePart.setBody(m_purpose.toUtf8());
    multipart->append(purposePart);

    QHttpPart filePart;
    QString safeName = m_fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'));
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(safeName));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    if (m_fromData) {
        filePart.setBody(m_data);
    } else {
        auto *file = new QFile(m_filePath, multipart);
        if (!file->open(QIODevice::ReadOnly)) {
            delete multipart;
            return nullptr;
        }
        filePart.setBodyDevice(file);
    }
    multipart->append(filePart);
    return multipart;
}

ApiError FileUploadRequest::handleJson(const QJsonObject &object)
{
    m_file = FileObject::fromJson(object);
    if (m_file.id.isEmpty())
        return ApiError::invalidResponse(tr("the uploaded file has no id"), requestId());
    return {};
}

} // namespace Fts::Api

#include "moc_FileUploadRequest.cpp"
