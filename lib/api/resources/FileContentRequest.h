// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/**
 * `GET /files/{id}/content`: opaque bytes. Fine-tuning result files come back base64-encoded
 * (the cookbook decodes them); decodedContent() undoes that and leaves any other content as is.
 */
class FileContentRequest : public ApiRequest
{
    Q_OBJECT

public:
    FileContentRequest(ApiClient *client, const QString &fileId, QObject *parent = nullptr);
    const QByteArray &content() const { return m_content; }
    QByteArray decodedContent() const { return decodeResultFile(m_content); }
    /** Base64 text → its bytes when it is strict base64 of printable text; anything else unchanged. */
    static QByteArray decodeResultFile(const QByteArray &content);

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleResponse(const QByteArray &body) override;

private:
    QString m_fileId;
    QByteArray m_content;
};

} // namespace Fts::Api
