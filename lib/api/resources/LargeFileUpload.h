// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/resources/FileObject.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace Fts::Api {

class ApiClient;
class UploadPartRequest;

/**
 * A file sent through the Uploads API: create the upload, send parts of at most 64 MB with two in flight
 * (each part retried on its own by the transport), then complete with the part ids in file order and the
 * MD5 of the whole file. Any unrecoverable part failure or cancel() cancels the upload on the server too.
 * Only the parts in flight are held in memory.
 */
class LargeFileUpload : public QObject
{
    Q_OBJECT

public:
    LargeFileUpload(ApiClient *client, const QString &filePath, const QString &purpose = QStringLiteral("fine-tune"),
                    QObject *parent = nullptr);
    ~LargeFileUpload() override;
    Q_DISABLE_COPY_MOVE(LargeFileUpload)

    void setPartSize(qint64 bytes) { m_partSize = bytes; }
    void setMaxPartsInFlight(int count) { m_maxInFlight = std::max(1, count); }

    void start();
    void cancel();

    QString uploadId() const { return m_uploadId; }
    const FileObject &file() const { return m_file; }
    int partCount() const { return m_partCount; }

Q_SIGNALS:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished();
    void failed(const Fts::Api::ApiError &error);

private:
    void sendMoreParts();
    void completeUpload();
    void fail(const ApiError &error);
    void reportProgress();

    QPointer<ApiClient> m_client;
    QString m_filePath;
    QString m_purpose;
    QFile m_input;
    qint64 m_totalBytes = 0;
    qint64 m_partSize = 64LL * 1024 * 1024;
    int m_maxInFlight = 2;
    int m_partCount = 0;
    int m_nextPart = 0;
    int m_donePartCount = 0;
    qint64 m_doneBytes = 0;
    qint64 m_reportedBytes = -1;
    QString m_uploadId;
    QStringList m_partIds;
    QHash<UploadPartRequest *, qint64> m_inFlightSent;
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    FileObject m_file;
    bool m_done = false;
};

} // namespace Fts::Api
