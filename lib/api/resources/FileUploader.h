// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/resources/FileObject.h"

#include <QObject>
#include <QPointer>

namespace Fts::Api {

class ApiClient;
class FileUploadRequest;
class LargeFileUpload;

/**
 * Uploads a training file the right way for its size: one multipart `POST /files` up to the threshold
 * (default 100 MB), the Uploads API in parts above it. One progress signal, one result, cancel().
 */
class FileUploader : public QObject
{
    Q_OBJECT

public:
    FileUploader(ApiClient *client, const QString &filePath, const QString &purpose = QStringLiteral("fine-tune"),
                 QObject *parent = nullptr);
    ~FileUploader() override;
    Q_DISABLE_COPY_MOVE(FileUploader)

    static constexpr qint64 DefaultThreshold = 100LL * 1024 * 1024;
    void setMultipartThreshold(qint64 bytes) { m_threshold = bytes; }
    /** Part size for the Uploads API (≤ 64 MB); tests use small parts. */
    void setPartSize(qint64 bytes) { m_partSize = bytes; }

    void start();
    void cancel();
    bool usesUploadsApi() const { return m_usesUploadsApi; }
    const FileObject &file() const { return m_file; }

Q_SIGNALS:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished();
    void failed(const Fts::Api::ApiError &error);

private:
    QPointer<ApiClient> m_client;
    QString m_filePath;
    QString m_purpose;
    qint64 m_threshold = DefaultThreshold;
    qint64 m_partSize = 64LL * 1024 * 1024;
    bool m_usesUploadsApi = false;
    qint64 m_reportedBytes = -1;
    QPointer<FileUploadRequest> m_simple;
    QPointer<LargeFileUpload> m_large;
    FileObject m_file;
};

} // namespace Fts::Api
