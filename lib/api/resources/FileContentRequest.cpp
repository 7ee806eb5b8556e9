// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FileContentRequest.h"

#include <QUrl>

namespace Fts::Api {

FileContentRequest::FileContentRequest(ApiClient *client, const QString &fileId, QObject *parent)
    : ApiRequest(client, parent)
    , m_fileId(fileId.trimmed())
{
    setRequiredCapability(ProviderCapability::Files);
    setPath(QStringLiteral("files/") + QString::fromLatin1(QUrl::toPercentEncoding(m_fileId))
            + QStringLiteral("/content"));
    setMaxResponseBytes(600LL * 1024 * 1024);
}

ApiError FileContentRequest::validateBeforeSend() const
{
    if (m_fileId.isEmpty())
        return ApiError::invalidRequest(tr("No file id was given."), QStringLiteral("file_id"));
    return {};
}

ApiError FileContentRequest::handleResponse(const QByteArray &body)
{
    m_content = body;
    return {};
}

QByteArray FileContentRequest::decodeResultFile(const QByteArray &content)
{
    const QByteArray trimmed = content.trimmed();
    if (trimmed.isEmpty() || trimmed.size() % 4 != 0)
        return content;
    for (const char c : trimmed) {
        const bool base64Char = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '+' || c == '/' || c == '=';
        if (!base64Char)
            return content;
    }
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return content;
    // Base64 of a CSV is text; a binary result means the content was not base64 after all.
    for (const char c : decoded.decoded) {
        const uchar byte = uchar(c);
        if (byte < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return content;
    }
    return decoded.decoded;
}

} // namespace Fts::Api

#include "moc_FileContentRequest.cpp"
