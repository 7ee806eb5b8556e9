// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/LargeFileUpload.h"

#include "api/resources/UploadPartRequest.h"
#include "api/resources/UploadRequest.h"
#include "api/transport/ApiClient.h"

#include <QFileInfo>
#include <QTimer>

namespace Fts::Api {

LargeFileUpload::LargeFileUpload(ApiClient *client, const QString &filePath, const QString &purpose, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filePath(filePath)
    , m_purpose(purpose)
    , m_input(filePath)
{
}

LargeFileUpload::~LargeFileUpload()
{
    for (UploadPartRequest *part : m_inFlightSent.keys()) {
        disconnect(part, nullptr, this, nullptr);
        part->cancel();
    }
}

void LargeFileUpload::start()
{
    if (!m_client) {
        fail(ApiError::invalidRequest(tr("No connection is configured.")));
        return;
    }
    if (!m_input.open(QIODevice::ReadOnly)) {
        const ApiError error = ApiError::invalidRequest(tr("The file \"%1\" cannot be read.").arg(m_filePath),
                                                        QStringLiteral("file"));
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    m_totalBytes = m_input.size();
    m_partSize = std::clamp<qint64>(m_partSize, 1, UploadPartRequest::MaxPartBytes);
    m_partCount = int(std::max<qint64>(1, (m_totalBytes + m_partSize - 1) / m_partSize));
    m_partIds = QStringList(m_partCount);
    auto *create = UploadRequest::create(m_client, QFileInfo(m_filePath).fileName(), m_purpose, m_totalBytes,
                                         QStringLiteral("text/jsonl"), this);
    connect(create, &ApiRequest::finished, this, [this, create] {
        m_uploadId = create->upload().id;
        sendMoreParts();
    });
    connect(create, &ApiRequest::failed, this, &LargeFileUpload::fail);
    create->start();
}

void LargeFileUpload::sendMoreParts()
{
    while (!m_done && m_inFlightSent.size() < m_maxInFlight && m_nextPart < m_partCount) {
        const int index = m_nextPart++;
        // Parts are read in file order, so the running MD5 covers the file exactly once, in order.
        const QByteArray data = m_input.read(m_partSize);
        if (data.isEmpty() && m_totalBytes > 0) {
            fail(ApiError::invalidRequest(tr("Reading \"%1\" failed: %2").arg(m_filePath, m_input.errorString()),
                                          QStringLiteral("file")));
            return;
        }
        m_md5.addData(data);
        auto *part = new UploadPartRequest(m_client, m_uploadId, data, this);
        m_inFlightSent.insert(part, 0);
        connect(part, &ApiRequest::uploadProgress, this, [this, part](qint64 sent, qint64) {
            if (m_inFlightSent.contains(part)) {
                m_inFlightSent[part] = std::min(sent, part->size());
                reportProgress();
            }
        });
        connect(part, &ApiRequest::finished, this, [this, part, index] {
            m_inFlightSent.remove(part);
            m_partIds[index] = part->partId();
            m_doneBytes += part->size();
            ++m_donePartCount;
            reportProgress();
            if (m_donePartCount == m_partCount)
                completeUpload();
            else
                sendMoreParts();
        });
        connect(part, &ApiRequest::failed, this, [this, part](const ApiError &error) {
            m_inFlightSent.remove(part);
            fail(error);
        });
        part->start();
    }
}

void LargeFileUpload::reportProgress()
{
    qint64 sent = m_doneBytes;
    for (const qint64 partial : std::as_const(m_inFlightSent))
        sent += partial;
    // A retried part starts again from zero; users should never see the bar move backwards.
    sent = std::min(sent, m_totalBytes);
    if (sent <= m_reportedBytes)
        return;
    m_reportedBytes = sent;
    Q_EMIT progress(sent, m_totalBytes);
}

void LargeFileUpload::completeUpload()
{
    m_input.close();
    auto *complete = UploadRequest::complete(m_client, m_uploadId, m_partIds, m_md5.result().toHex(), this);
    connect(complete, &ApiRequest::finished, this, [this, complete] {
        if (!complete->upload().file) {
            fail(ApiError::invalidResponse(tr("the completed upload carries no file"), complete->requestId()));
            return;
        }
        m_file = *complete->upload().file;
        m_done = true;
        Q_EMIT finished();
    });
    connect(complete, &ApiRequest::failed, this, &LargeFileUpload::fail);
    complete->start();
}

void LargeFileUpload::cancel()
{
    fail(ApiError::cancelled());
}

void LargeFileUpload::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    const auto parts = m_inFlightSent.keys();
    m_inFlightSent.clear();
    for (UploadPartRequest *part : parts) {
        disconnect(part, nullptr, this, nullptr);
        part->cancel();
    }
    if (!m_uploadId.isEmpty() && m_client) {
        // Tell the server so the parts already sent are discarded now rather than in an hour.
        UploadRequest::cancelUpload(m_client, m_uploadId, m_client)->start();
    }
    Q_EMIT failed(error);
}

} // namespace Fts::Api

#include "moc_LargeFileUpload.cpp"
