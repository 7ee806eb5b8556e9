// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/ApiRequest.h"

#include "api/transport/ApiClient.h"
#include "api/transport/HttpLogger.h"
#include "api/transport/OneShotBodyDevice.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cmath>

namespace Fts::Api {

ApiRequest::ApiRequest(ApiClient *client, QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
{
    m_connectTimer.setSingleShot(true);
    m_transferTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &ApiRequest::onConnectTimeout);
    connect(&m_transferTimer, &QTimer::timeout, this, &ApiRequest::onTransferTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_counted && !m_done && m_client)
        m_client->noteRequestEnded();
}

ApiClient *ApiRequest::client() const
{
    return m_client.data();
}

QUrl ApiRequest::url() const
{
    return m_client ? m_client->provider().endpoint(m_path, m_query) : QUrl();
}

QByteArray ApiRequest::responseHeader(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : m_responseHeaders) {
        if (key.toLower() == lower)
            return value;
    }
    return {};
}

void ApiRequest::setJsonBody(const QJsonObject &body)
{
    setRawBody(QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
}

void ApiRequest::setRawBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    m_contentType = contentType;
    m_hasBody = true;
}

void ApiRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    m_totalTimer.start();

    ApiError error;
    if (!m_client) {
        error = ApiError::invalidRequest(tr("No connection is configured."));
    } else if (m_requiredCapability && !m_client->supports(*m_requiredCapability)) {
        error = ApiError::invalidRequest(tr("%1 does not offer this operation.")
                                             .arg(m_client->provider().displayName()));
    } else {
        error = m_client->provider().validate();
        if (!error)
            error = Provider::checkTransportSecurity(url());
        if (!error)
            error = validateBeforeSend();
    }
    if (error) {
        // Asynchronous like every other outcome, so callers can connect after start() in the same slot.
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    m_counted = true;
    m_client->noteRequestStarted();
    sendAttempt();
}

void ApiRequest::cancel()
{
    if (m_done)
        return;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    finish(ApiError::cancelled());
}

void ApiRequest::sendAttempt()
{
    if (m_done || !m_client)
        return;
    ++m_attempts;
    m_responseBody.clear();
    m_responseHeaders.clear();
    m_timedOut = false;
    m_tooLarge = false;
    m_firstByteMs = -1;
    m_httpStatus = 0;

    QNetworkRequest request = m_client->prepareRequest(m_path, m_query);
    if (m_streaming)
        request.setRawHeader("Accept", "text/event-stream");
    HttpLogger::logRequest(m_verb, request, m_client->provider().secretHeaders(), m_attempts);

    QNetworkAccessManager *network = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (m_multipartFactory) {
        QHttpMultiPart *multipart = m_multipartFactory();
        if (!multipart) {
            finish(ApiError::invalidRequest(tr("The file to upload could not be read.")));
            return;
        }
        reply = network->sendCustomRequest(request, m_verb, multipart);
        multipart->setParent(reply);
    } else if (m_hasBody && m_retryMode != RetryMode::Always) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBodyDevice(m_body);
        reply = network->sendCustomRequest(request, m_verb, body);
        body->setParent(reply);
    } else if (m_hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
        reply = network->sendCustomRequest(request, m_verb, m_body);
    } else if (m_verb == "GET") {
        reply = network->get(request);
    } else if (m_verb == "DELETE") {
        reply = network->deleteResource(request);
    } else {
        reply = network->sendCustomRequest(request, m_verb, QByteArray());
    }
    m_attemptTimer.start();
    connectReply(reply);
    m_transferTimer.start(m_client->transferTimeoutMs());
}

void ApiRequest::connectReply(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (m_client)
            m_connectTimer.start(m_client->connectTimeoutMs());
    });
    connect(reply, &QNetworkReply::requestSent, &m_connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::encrypted, &m_connectTimer, &QTimer::stop);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_connectTimer.stop();
        touchTransfer();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0)
            m_connectTimer.stop();
        touchTransfer();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        touchTransfer();
        Q_EMIT downloadProgress(received, total);
    });
}

void ApiRequest::touchTransfer()
{
    if (m_transferTimer.isActive() && m_client)
        m_transferTimer.start(m_client->transferTimeoutMs());
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    touchTransfer();
    if (m_firstByteMs < 0)
        m_firstByteMs = m_attemptTimer.elapsed();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streaming && status >= 200 && status < 300) {
        m_streamStarted = true;
        const QByteArray data = m_reply->readAll();
        if (!data.isEmpty())
            handleStreamData(data);
        return;
    }
    const QByteArray data = m_reply->readAll();
    if (m_responseBody.size() + data.size() > m_maxResponseBytes) {
        m_tooLarge = true;
        m_responseBody.clear();
        m_reply->abort();
        return;
    }
    m_responseBody += data;
}

void ApiRequest::onConnectTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiRequest::onTransferTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->isOpen())
        onReadyRead();
    m_reply = nullptr;
    m_connectTimer.stop();
    m_transferTimer.stop();
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);

    m_latencyMs = m_attemptTimer.elapsed();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    QByteArray requestId = reply->rawHeader("x-request-id");
    if (requestId.isEmpty())
        requestId = reply->rawHeader("apim-request-id");
    m_requestId = QString::fromLatin1(requestId);
    if (m_client && m_httpStatus > 0)
        m_client->noteResponse(*reply);
    HttpLogger::logResponse(m_verb, reply->url(), m_httpStatus, requestId, m_latencyMs, m_responseBody.size());
    if (m_done)
        return;

    ApiError error;
    if (m_timedOut) {
        error = ApiError::timeout(tr("no answer within the time limit"));
        error.requestId = m_requestId;
    } else if (m_tooLarge) {
        finish(ApiError::invalidResponse(tr("the answer is larger than the %1 MB allowed")
                                             .arg(double(m_maxResponseBytes) / (1024.0 * 1024.0), 0, 'f', 1),
                                         m_requestId));
        return;
    } else if (m_httpStatus == 0 || (m_httpStatus >= 200 && m_httpStatus < 300 && reply->error() != QNetworkReply::NoError)) {
        // No status (refused, reset, DNS) or a 2xx whose body was cut off: the connection failed.
        error = ApiError::network(reply->errorString(), m_requestId);
    } else if (m_httpStatus >= 200 && m_httpStatus < 300) {
        const ApiError parseError = m_streaming ? finishStream() : handleResponse(m_responseBody);
        if (!m_done)
            finish(parseError);
        return;
    } else {
        error = ApiError::fromHttpBody(m_httpStatus, m_responseBody, m_requestId);
        if (error.isAuthenticationError() && m_client)
            Q_EMIT m_client->authenticationFailed(error);
    }
    handleAttemptError(error, responseHeader("x-should-retry"), responseHeader("retry-after-ms"),
                       responseHeader("retry-after"));
}

bool ApiRequest::isAmbiguous(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || (error.kind == ApiError::Kind::Http && error.httpStatus >= 500);
}

void ApiRequest::handleAttemptError(const ApiError &error, const QByteArray &shouldRetry,
                                    const QByteArray &retryAfterMs, const QByteArray &retryAfter)
{
    if (!m_client) {
        finish(error);
        return;
    }
    const RetryPolicy &policy = m_client->retryPolicy();
    const int retriesDone = m_attempts - 1;
    const bool canRetry = m_retryMode != RetryMode::Never && !(m_streaming && m_streamStarted)
        && retriesDone < policy.maxRetries && policy.isRetryable(error, shouldRetry);
    if (!canRetry) {
        finish(error);
        return;
    }
    const int delay = policy.delayMs(retriesDone, retryAfterMs, retryAfter, m_client->nextRandom());
    if (delay < 0) {
        finish(error);
        return;
    }
    if (m_retryMode == RetryMode::Reconcile && isAmbiguous(error)) {
        m_pendingRetryDelay = delay;
        m_pendingRetryError = error;
        m_reconciling = true;
        reconcile(error);
        return;
    }
    scheduleRetry(delay, error);
}

void ApiRequest::reconcile(const ApiError &error)
{
    Q_UNUSED(error)
    resolveReconciliation(false);
}

void ApiRequest::resolveReconciliation(bool handled, const ApiError &lookupError)
{
    if (m_done || !m_reconciling)
        return;
    m_reconciling = false;
    if (handled)
        finish({});
    else if (lookupError)
        finish(m_pendingRetryError); // unknown whether the server acted: never risk a duplicate
    else
        scheduleRetry(m_pendingRetryDelay, m_pendingRetryError);
}

void ApiRequest::scheduleRetry(int delayMs, const ApiError &error)
{
    Q_EMIT retrying(m_attempts, delayMs, error);
    if (m_done)
        return;
    const double scale = m_client ? m_client->backoffScale() : 1.0;
    m_retryTimer.start(int(std::lround(delayMs * scale)));
}

void ApiRequest::failNow(const ApiError &error)
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    finish(error);
}

ApiError ApiRequest::handleResponse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::invalidResponse(tr("malformed JSON at byte %1: %2")
                                             .arg(parseError.offset)
                                             .arg(parseError.errorString()),
                                         m_requestId);
    if (!document.isObject())
        return ApiError::invalidResponse(tr("expected a JSON object"), m_requestId);
    m_json = document.object();
    return handleJson(m_json);
}

ApiError ApiRequest::handleJson(const QJsonObject &object)
{
    Q_UNUSED(object)
    return {};
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_reconciling = false;
    m_connectTimer.stop();
    m_transferTimer.stop();
    m_retryTimer.stop();
    m_error = error;
    if (m_counted && m_client)
        m_client->noteRequestEnded();
    m_counted = false;
    if (error)
        Q_EMIT failed(error);
    else
        Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace Fts::Api

#include "moc_ApiRequest.cpp"
