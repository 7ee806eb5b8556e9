// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FileObject.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/**
 * `POST /files` as multipart/form-data (`purpose`, then `file` streamed from disk, never loaded whole).
 * Progress arrives through uploadProgress(); cancel() stops the transfer. Files above the Uploads
 * threshold should go through FileUploader, which picks LargeFileUpload for them.
 */
class FileUploadRequest : public ApiRequest
{
    Q_OBJECT

public:
    FileUploadRequest(ApiClient *client, const QString &filePath, const QString &purpose = QStringLiteral("fine-tune"),
                      QObject *parent = nullptr);
    /** Uploads in-memory bytes under `fileName` (tests, generated datasets). */
    static FileUploadRequest *fromData(ApiClient *client, const QByteArray &data, const QString &fileName,
                                       const QString &purpose = QStringLiteral("fine-tune"), QObject *parent = nullptr);

    const FileObject &file() const { return m_file; }
    QString filePath() const { return m_filePath; }

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QHttpMultiPart *buildMultipart() const;

    QString m_filePath;
    QString m_fileName;
    QString m_purpose;
    QByteArray m_data;
    bool m_fromData = false;
    FileObject m_file;
};

} // namespace Fts::Api
