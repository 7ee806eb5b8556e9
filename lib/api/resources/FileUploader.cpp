// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FileUploader.h"

#include "api/resources/FileUploadRequest.h"
#include "api/resources/LargeFileUpload.h"
#include "api/transport/ApiClient.h"

#include <QFileInfo>

namespace Fts::Api {

FileUploader::FileUploader(ApiClient *client, const QString &filePath, const QString &purpose, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filePath(filePath)
    , m_purpose(purpose)
{
}

FileUploader::~FileUploader() = default;

void FileUploader::start()
{
    const qint64 size = QFileInfo(m_filePath).size();
    m_usesUploadsApi = size > m_threshold;
    if (m_usesUploadsApi) {
        m_large = new LargeFileUpload(m_client, m_filePath, m_purpose, this);
        m_large->setPartSize(m_partSize);
        connect(m_large, &LargeFileUpload::progress, this, &FileUploader::progress);
        connect(m_large, &LargeFileUpload::finished, this, [this] {
            m_file = m_large->file();
            Q_EMIT finished();
        });
        connect(m_large, &LargeFileUpload::failed, this, &FileUploader::failed);
        m_large->start();
        return;
    }
    m_simple = new FileUploadRequest(m_client, m_filePath, m_purpose, this);
    FileUploadRequest *request = m_simple;
    connect(request, &ApiRequest::uploadProgress, this, [this, size](qint64 sent, qint64 total) {
        // The multipart envelope adds a few hundred bytes: report in file bytes, never backwards.
        const qint64 fileBytes = total > 0 ? std::min(size, sent * size / total) : 0;
        if (fileBytes > m_reportedBytes) {
            m_reportedBytes = fileBytes;
            Q_EMIT progress(fileBytes, size);
        }
    });
    connect(request, &ApiRequest::finished, this, [this, request] {
        m_file = request->file();
        Q_EMIT finished();
    });
    connect(request, &ApiRequest::failed, this, &FileUploader::failed);
    request->start();
}

void FileUploader::cancel()
{
    if (m_simple)
        m_simple->cancel();
    if (m_large)
        m_large->cancel();
}

} // namespace Fts::Api

#include "moc_FileUploader.cpp"
