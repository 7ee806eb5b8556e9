// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/providers/ProviderCapabilities.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QHttpMultiPart;

namespace Fts::Api {

class ApiClient;

/**
 * One API call, owned and cancellable (Nextcloud's AbstractNetworkJob pattern): construct it with a client,
 * connect to finished()/failed(), call start(). Exactly one of finished() or failed() is emitted, once;
 * cancel() emits failed() with Kind::Cancelled. With autoDelete (the default) the request deletes itself
 * after that signal, so read its results inside the slot. Retries, backoff and timeouts happen inside;
 * nothing blocks and no event loop is nested.
 */
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    /** How a failed attempt may be sent again. */
    enum class RetryMode {
        Always,    ///< idempotent (GET, DELETE, cancel…) or harmless to repeat: retried per RetryPolicy
        Never,     ///< sent once
        Reconcile, ///< creates something: after an ambiguous failure, reconcile() checks before resending
    };
    Q_ENUM(RetryMode)

    explicit ApiRequest(ApiClient *client, QObject *parent = nullptr);
    ~ApiRequest() override;
    Q_DISABLE_COPY_MOVE(ApiRequest)

    /** Sends the request. Validation errors are reported through failed(), asynchronously. */
    void start();
    /** Aborts the transfer or the pending retry and emits failed(Kind::Cancelled). Safe to call twice. */
    void cancel();

    bool isRunning() const { return m_started && !m_done; }
    bool isDone() const { return m_done; }
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    ApiClient *client() const;
    QByteArray verb() const { return m_verb; }
    QString path() const { return m_path; }
    QUrl url() const;
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    /** `x-request-id` (or Azure's `apim-request-id`) of the last response. */
    QString requestId() const { return m_requestId; }
    /** Number of times the request was sent (1 + retries). */
    int attempts() const { return m_attempts; }
    /** Wall time of the final attempt, from sending to the last byte. */
    qint64 latencyMs() const { return m_latencyMs; }
    /** Wall time of the final attempt, from sending to the first body byte. */
    qint64 timeToFirstByteMs() const { return m_firstByteMs; }
    /** Total wall time from start() to finished/failed, retries and waits included. */
    qint64 totalElapsedMs() const { return m_totalTimer.isValid() ? m_totalTimer.elapsed() : 0; }
    QByteArray responseHeader(const QByteArray &name) const;
    /** The JSON object of the last successful response, exactly as received (for `--format json`). */
    QJsonObject json() const { return m_json; }

    /** Body size limit; larger answers fail with InvalidResponse instead of filling memory. */
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

Q_SIGNALS:
    void finished();
    void failed(const Fts::Api::ApiError &error);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void downloadProgress(qint64 bytesReceived, qint64 bytesTotal);
    /** A retry is scheduled after `delayMs` (before the backoff scale), following `error`. */
    void retrying(int retryNumber, int delayMs, const Fts::Api::ApiError &error);

protected:
    void setVerb(const QByteArray &verb) { m_verb = verb; }
    void setPath(const QString &path) { m_path = path; }
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QJsonObject &body);
    /** Called for every attempt, because a sent multipart body cannot be rewound reliably. */
    void setMultipartFactory(std::function<QHttpMultiPart *()> factory) { m_multipartFactory = std::move(factory); }
    void setRawBody(const QByteArray &body, const QByteArray &contentType);
    void setRetryMode(RetryMode mode) { m_retryMode = mode; }
    RetryMode retryMode() const { return m_retryMode; }
    /** Streaming requests get their 2xx body through handleStreamData() as it arrives. */
    void setStreaming(bool streaming) { m_streaming = streaming; }
    void setRequiredCapability(ProviderCapability capability) { m_requiredCapability = capability; }

    /** Client-side checks before anything is sent (bad suffix, missing id…). */
    virtual ApiError validateBeforeSend() const { return {}; }
    /** A 2xx body. The default parses a JSON object into json() and calls handleJson(). */
    virtual ApiError handleResponse(const QByteArray &body);
    virtual ApiError handleJson(const QJsonObject &object);
    virtual void handleStreamData(const QByteArray &data) { Q_UNUSED(data) }
    /** The 2xx stream ended; return an error if it ended too early. */
    virtual ApiError finishStream() { return {}; }
    /** True once a streaming request delivered data: it can no longer be retried transparently. */
    bool streamStarted() const { return m_streamStarted; }

    /**
     * RetryMode::Reconcile: an attempt failed in a way that leaves it unknown whether the server acted
     * (timeout, dropped connection, 5xx). Find out, then call resolveReconciliation(). Default: assumes
     * nothing happened.
     */
    virtual void reconcile(const ApiError &error);
    /** `handled`: the server had acted and the subclass has stored the result: finish successfully. */
    void resolveReconciliation(bool handled, const ApiError &lookupError = {});

    /** Ends the request with an error detected while streaming (e.g. an error event). */
    void failNow(const ApiError &error);

private:
    void sendAttempt();
    void connectReply(QNetworkReply *reply);
    void onReadyRead();
    void onReplyFinished();
    void onConnectTimeout();
    void onTransferTimeout();
    void touchTransfer();
    void handleAttemptError(const ApiError &error, const QByteArray &shouldRetry, const QByteArray &retryAfterMs,
                            const QByteArray &retryAfter);
    void scheduleRetry(int delayMs, const ApiError &error);
    void finish(const ApiError &error);
    static bool isAmbiguous(const ApiError &error);

    QPointer<ApiClient> m_client;
    QByteArray m_verb = QByteArrayLiteral("GET");
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    bool m_hasBody = false;
    std::function<QHttpMultiPart *()> m_multipartFactory;
    RetryMode m_retryMode = RetryMode::Always;
    bool m_streaming = false;
    std::optional<ProviderCapability> m_requiredCapability;
    QByteArray m_idempotencyKey;

    QPointer<QNetworkReply> m_reply;
    QByteArray m_responseBody;
    QList<QNetworkReply::RawHeaderPair> m_responseHeaders;
    QJsonObject m_json;
    QTimer m_connectTimer;
    QTimer m_transferTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptTimer;
    QElapsedTimer m_totalTimer;
    ApiError m_error;
    ApiError m_pendingRetryError;
    int m_pendingRetryDelay = 0;
    int m_httpStatus = 0;
    QString m_requestId;
    int m_attempts = 0;
    qint64 m_latencyMs = 0;
    qint64 m_firstByteMs = -1;
    qint64 m_maxResponseBytes = 64 * 1024 * 1024;
    bool m_started = false;
    bool m_done = false;
    bool m_autoDelete = true;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_streamStarted = false;
    bool m_reconciling = false;
    bool m_counted = false;
};

} // namespace Fts::Api
