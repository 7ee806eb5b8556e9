// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/UploadObject.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/**
 * The calls of the Uploads API that answer with an Upload: create (`POST /uploads`), complete
 * (`POST /uploads/{id}/complete` with the ordered part ids) and cancel. Parts go through UploadPartRequest;
 * LargeFileUpload drives the whole sequence.
 */
class UploadRequest : public ApiRequest
{
    Q_OBJECT

public:
    static UploadRequest *create(ApiClient *client, const QString &fileName, const QString &purpose, qint64 bytes,
                                 const QString &mimeType = QStringLiteral("text/jsonl"), QObject *parent = nullptr);
    static UploadRequest *complete(ApiClient *client, const QString &uploadId, const QStringList &partIds,
                                   const QByteArray &md5Hex = {}, QObject *parent = nullptr);
    static UploadRequest *cancelUpload(ApiClient *client, const QString &uploadId, QObject *parent = nullptr);

    const UploadObject &upload() const { return m_upload; }

protected:
    ApiError handleJson(const QJsonObject &object) override;

private:
    UploadRequest(ApiClient *client, QObject *parent);

    UploadObject m_upload;
};

} // namespace Fts::Api
