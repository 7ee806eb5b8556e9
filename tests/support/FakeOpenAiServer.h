// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QTcpSocket;

namespace Fts::Test {

/**
 * A stateful OpenAI (or Azure OpenAI v1) server on 127.0.0.1 and a free port, for tests that run the real
 * client over loopback HTTP. It keeps files, uploads, fine-tuning jobs, models and chat; jobs move
 * validating_files → queued → running → succeeded on a compressed clock while emitting metrics events,
 * checkpoints and a base64 result CSV shaped like OpenAI's. Faults can be injected per method and path;
 * every request is recorded, and the highest number of requests in flight at once is tracked.
 *
 *     FakeOpenAiServer server;
 *     QVERIFY(server.start());
 *     options.baseUrl = server.baseUrl();       // http://127.0.0.1:<port>/v1 (or /openai/v1 in Azure mode)
 *     options.apiKey = server.apiKey();
 */
class FakeOpenAiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    enum class Mode { OpenAi, Azure };

    /** Something to go wrong with a matching request. */
    struct Fault
    {
        enum class Kind {
            HttpError,     ///< status + OpenAI error body (+ Retry-After headers)
            Drop,          ///< close the connection without an answer
            TruncatedJson, ///< the normal answer cut in half (Content-Length matches the cut body)
            Oversized,     ///< a 200 with a huge JSON body
            Delay,         ///< the normal answer, late
            StreamError,   ///< streaming chat: an error event after the first content chunk
            StreamDrop,    ///< streaming chat: connection dropped after the first content chunk
        };
        Kind kind = Kind::HttpError;
        int status = 500;
        QString errorType = QStringLiteral("server_error");
        QString errorCode;
        QString message = QStringLiteral("The server had an error while processing your request.");
        QByteArray retryAfter;
        QByteArray retryAfterMs;
        QByteArray shouldRetry;
        int delayMs = 0;
        qint64 oversizedBytes = 8 * 1024 * 1024;
        /** Carry the request out (create the job…) and only then apply the fault: the ambiguous case. */
        bool afterHandling = false;

        static Fault httpError(int status, const QString &type = QStringLiteral("server_error"),
                               const QString &code = {}, const QString &message = {});
        static Fault rateLimited(const QByteArray &retryAfterSeconds = QByteArrayLiteral("1"),
                                 const QByteArray &retryAfterMs = {});
        static Fault quotaExhausted();
        static Fault drop(bool afterHandling = false);
        static Fault truncatedJson();
        static Fault oversized(qint64 bytes);
        static Fault delay(int ms);
        static Fault streamError(const QString &message = QStringLiteral("The model produced invalid content."));
        static Fault streamDrop();
    };

    /** What arrived, as the server parsed it. */
    struct Request
    {
        QByteArray method;
        QString path;      ///< relative to the API prefix: "/fine_tuning/jobs"
        QString fullPath;  ///< as sent: "/v1/fine_tuning/jobs"
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedAtMs = 0; ///< since the server started

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };

    /** How fast a job runs, in server milliseconds. */
    struct JobTimeline
    {
        int validatingMs = 60;
        int queuedMs = 60;
        int stepMs = 15;
        int totalSteps = 30;
        int epochs = 3;
    };

    using ChatResponder = std::function<QString(const QString &model, const QJsonArray &messages)>;

    explicit FakeOpenAiServer(QObject *parent = nullptr);
    ~FakeOpenAiServer() override;

    /** Listens on 127.0.0.1 with an ephemeral port. */
    bool start();
    quint16 port() const { return m_port; }
    /** http://127.0.0.1:<port>/v1, or …/openai/v1 in Azure mode. */
    QUrl baseUrl() const;

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    /** The key clients must send (Bearer, or api-key in Azure mode); empty accepts anything. */
    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }

    // Faults and timing
    /** The next `times` requests whose method matches (empty = any) and whose path matches `pathPattern`. */
    void addFault(const QByteArray &method, const QString &pathPattern, const Fault &fault, int times = 1);
    void clearFaults();
    int pendingFaultCount() const;
    /** Added to every answer. */
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    /** Added to every chat answer (eval needs ~300 ms per response). */
    void setChatLatencyMs(int ms) { m_chatLatencyMs = ms; }
    void setStreamChunkDelayMs(int ms) { m_streamChunkDelayMs = ms; }
    /** x-ratelimit-* headers on every answer (on by default). */
    void setRateLimitHeaders(bool enabled) { m_rateLimitHeaders = enabled; }

    // Chat
    /** Deterministic answers: called with the model and the messages of each chat request. */
    void setChatResponder(ChatResponder responder) { m_chatResponder = std::move(responder); }

    // Jobs
    void setJobTimeline(const JobTimeline &timeline) { m_timeline = timeline; }
    /** Off: jobs only move on advanceJobs(), for step-exact tests. On by default. */
    void setAutoAdvance(bool enabled);
    void advanceJobs(int milliseconds);
    /** The next created job fails during validation with this message. */
    void setNextJobFailure(const QString &message) { m_nextJobFailure = message; }
    /** Adds a job directly (for pagination tests); returns its id. */
    QString seedJob(const QJsonObject &overrides = {});
    QJsonObject job(const QString &id) const;
    QStringList jobIds() const; ///< newest first
    void setJobStatus(const QString &id, const QString &status);
    int jobEventCount(const QString &id) const;

    // Files and models
    QString addFile(const QString &fileName, const QByteArray &content, const QString &purpose = QStringLiteral("fine-tune"));
    bool hasFile(const QString &id) const { return m_files.contains(id); }
    QByteArray fileContent(const QString &id) const;
    QJsonObject fileObject(const QString &id) const;
    int fileCount() const { return int(m_fileOrder.size()); }
    void addModel(const QString &id, const QString &ownedBy = QStringLiteral("system"),
                  const QString &shutdownDate = {});
    QJsonObject upload(const QString &id) const { return m_uploads.value(id).object; }

    // Observation
    QList<Request> requests() const { return m_requests; }
    /** Requests whose relative path matches the regular expression (and method, if given). */
    QList<Request> requestsMatching(const QString &pathPattern, const QByteArray &method = {}) const;
    void clearRequests() { m_requests.clear(); }
    int inFlightRequests() const { return m_inFlight; }
    int maxConcurrentRequests() const { return m_maxInFlight; }
    void resetMaxConcurrentRequests() { m_maxInFlight = m_inFlight; }

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);
    void jobStatusChanged(const QString &jobId, const QString &status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;
        bool stream = false;
        QList<QByteArray> events; ///< SSE payloads (without "data: ")
        bool isChat = false;
    };
    struct FaultRule
    {
        QByteArray method;
        QRegularExpression path;
        Fault fault;
        int remaining = 1;
    };
    struct JobState
    {
        QJsonObject object;
        QList<QJsonObject> events; ///< oldest first
        QList<QJsonObject> checkpoints; ///< oldest first
        qint64 phaseMs = 0;
        int step = 0;
        QString failure;
        QList<QByteArray> csvRows;
    };
    struct FileState
    {
        QJsonObject object;
        QByteArray content;
    };
    struct UploadState
    {
        QJsonObject object;
        QHash<QString, QByteArray> parts;
    };

    Reply route(const Request &request);
    Reply routeFiles(const Request &request, const QStringList &segments);
    Reply routeUploads(const Request &request, const QStringList &segments);
    Reply routeJobs(const Request &request, const QStringList &segments);
    Reply routeModels(const Request &request, const QStringList &segments);
    Reply routeChat(const Request &request);
    Reply createJob(const QJsonObject &body);
    Reply jobAction(const QString &id, const QString &action);

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply error(int status, const QString &message, const QString &type = QStringLiteral("invalid_request_error"),
                       const QString &param = {}, const QString &code = {});
    static Reply faultReply(const Fault &fault);
    void deliver(QPointer<QTcpSocket> socket, Reply reply, std::optional<Fault> fault);
    void writeReply(QTcpSocket *socket, const Reply &reply);
    void writeStream(QPointer<QTcpSocket> socket, Reply reply, std::optional<Fault> fault);
    void finishRequest();
    QByteArray nextRequestId();
    QString newId(const QString &prefix);
    std::optional<Fault> takeFault(const Request &request);
    bool isAuthorized(const Request &request) const;

    void tick();
    void advanceJob(JobState &job, qint64 ms);
    void addEvent(JobState &job, const QString &level, const QString &message, const QJsonObject &data = {},
                  const QString &type = QStringLiteral("message"));
    void setStatus(JobState &job, const QString &status);
    void succeedJob(JobState &job);
    QJsonObject metricsForStep(const JobState &job, int step, bool fullValidation) const;
    static qint64 now();

    Mode m_mode = Mode::OpenAi;
    quint16 m_port = 0;
    QString m_apiKey = QStringLiteral("sk-fake-test-key");
    QList<FaultRule> m_faults;
    int m_latencyMs = 0;
    int m_chatLatencyMs = 0;
    int m_streamChunkDelayMs = 5;
    bool m_rateLimitHeaders = true;
    int m_remainingRequests = 5000;
    ChatResponder m_chatResponder;
    JobTimeline m_timeline;
    QString m_nextJobFailure;
    QTimer m_clock;
    QElapsedTimer m_clockElapsed;
    qint64 m_lastTick = 0;
    QElapsedTimer m_uptime;

    QHash<QString, JobState> m_jobs;
    QStringList m_jobOrder; ///< oldest first
    QHash<QString, FileState> m_files;
    QStringList m_fileOrder;
    QHash<QString, UploadState> m_uploads;
    QList<QJsonObject> m_models;
    QList<Request> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    quint64 m_counter = 0;
};

} // namespace Fts::Test
