// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeOpenAiServer.h"

#include "support/MultipartParser.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>

#include <cmath>
#include <memory>

namespace Fts::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

int wordCount(const QString &text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray())
        text += part.toObject().value(QLatin1String("text")).toString();
    return text;
}

} // namespace

// ---- Fault factories -----------------------------------------------------------------------------------

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::httpError(int status, const QString &type, const QString &code,
                                                           const QString &message)
{
    Fault fault;
    fault.kind = Kind::HttpError;
    fault.status = status;
    fault.errorType = type;
    fault.errorCode = code;
    if (!message.isEmpty())
        fault.message = message;
    return fault;
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::rateLimited(const QByteArray &retryAfterSeconds,
                                                             const QByteArray &retryAfterMs)
{
    Fault fault = httpError(429, QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"),
                            QStringLiteral("Rate limit reached for requests per min (RPM). Please try again later."));
    fault.retryAfter = retryAfterSeconds;
    fault.retryAfterMs = retryAfterMs;
    return fault;
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::quotaExhausted()
{
    return httpError(429, QStringLiteral("insufficient_quota"), QStringLiteral("insufficient_quota"),
                     QStringLiteral("You exceeded your current quota, please check your plan and billing details."));
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::drop(bool afterHandling)
{
    Fault fault;
    fault.kind = Kind::Drop;
    fault.afterHandling = afterHandling;
    return fault;
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::truncatedJson()
{
    Fault fault;
    fault.kind = Kind::TruncatedJson;
    return fault;
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::oversized(qint64 bytes)
{
    Fault fault;
    fault.kind = Kind::Oversized;
    fault.oversizedBytes = bytes;
    return fault;
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::delay(int ms)
{
    Fault fault;
    fault.kind = Kind::Delay;
    fault.delayMs = ms;
    return fault;
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::streamError(const QString &message)
{
    Fault fault;
    fault.kind = Kind::StreamError;
    fault.message = message;
    return fault;
}

FakeOpenAiServer::Fault FakeOpenAiServer::Fault::streamDrop()
{
    Fault fault;
    fault.kind = Kind::StreamDrop;
    return fault;
}

QByteArray FakeOpenAiServer::Request::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key.toLower() == lower)
            return value;
    }
    return {};
}

QJsonObject FakeOpenAiServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// ---- Lifecycle -----------------------------------------------------------------------------------------

FakeOpenAiServer::FakeOpenAiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_uptime.start();
    m_clock.setInterval(5);
    connect(&m_clock, &QTimer::timeout, this, &FakeOpenAiServer::tick);
    addModel(QStringLiteral("gpt-4o-mini-2024-07-18"), QStringLiteral("system"), QStringLiteral("2027-01-14"));
    addModel(QStringLiteral("gpt-4o-2024-08-06"), QStringLiteral("system"), QStringLiteral("2027-01-14"));
    addModel(QStringLiteral("gpt-4.1-2025-04-14"), QStringLiteral("system"), QStringLiteral("2027-01-14"));
    addModel(QStringLiteral("gpt-4.1-mini-2025-04-14"), QStringLiteral("system"), QStringLiteral("2027-01-14"));
    addModel(QStringLiteral("gpt-3.5-turbo-0125"), QStringLiteral("openai"), QStringLiteral("2026-10-23"));
}

FakeOpenAiServer::~FakeOpenAiServer() = default;

bool FakeOpenAiServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0)
        return false;
    setAutoAdvance(true);
    return true;
}

QUrl FakeOpenAiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                    .arg(m_port)
                    .arg(m_mode == Mode::Azure ? QStringLiteral("/openai/v1") : QStringLiteral("/v1")));
}

void FakeOpenAiServer::setAutoAdvance(bool enabled)
{
    if (enabled) {
        m_clockElapsed.start();
        m_lastTick = 0;
        m_clock.start();
    } else {
        m_clock.stop();
    }
}

void FakeOpenAiServer::tick()
{
    const qint64 elapsed = m_clockElapsed.elapsed();
    const qint64 delta = elapsed - m_lastTick;
    m_lastTick = elapsed;
    if (delta > 0)
        advanceJobs(int(delta));
}

qint64 FakeOpenAiServer::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString FakeOpenAiServer::newId(const QString &prefix)
{
    ++m_counter;
    // Fixed-width counters keep ids unique and readable in failure messages.
    return prefix + QStringLiteral("%1").arg(m_counter, 6, 10, QLatin1Char('0'));
}

QByteArray FakeOpenAiServer::nextRequestId()
{
    ++m_counter;
    return "req_fake" + QByteArray::number(m_counter);
}

// ---- Faults and observation ----------------------------------------------------------------------------

void FakeOpenAiServer::addFault(const QByteArray &method, const QString &pathPattern, const Fault &fault, int times)
{
    m_faults.append({method.toUpper(), QRegularExpression(pathPattern), fault, times});
}

void FakeOpenAiServer::clearFaults()
{
    m_faults.clear();
}

int FakeOpenAiServer::pendingFaultCount() const
{
    int count = 0;
    for (const FaultRule &rule : m_faults)
        count += rule.remaining;
    return count;
}

std::optional<FakeOpenAiServer::Fault> FakeOpenAiServer::takeFault(const Request &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        if (!rule.path.match(request.path).hasMatch())
            continue;
        const Fault fault = rule.fault;
        if (--rule.remaining <= 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

QList<FakeOpenAiServer::Request> FakeOpenAiServer::requestsMatching(const QString &pathPattern,
                                                                     const QByteArray &method) const
{
    const QRegularExpression pattern(pathPattern);
    QList<Request> result;
    for (const Request &request : m_requests) {
        if ((method.isEmpty() || request.method == method) && pattern.match(request.path).hasMatch())
            result.append(request);
    }
    return result;
}

bool FakeOpenAiServer::isAuthorized(const Request &request) const
{
    if (m_apiKey.isEmpty())
        return true;
    if (m_mode == Mode::Azure)
        return request.header("api-key") == m_apiKey.toUtf8();
    return request.header("authorization") == "Bearer " + m_apiKey.toUtf8();
}

// ---- Request handling ----------------------------------------------------------------------------------

bool FakeOpenAiServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    Request request;
    request.method = methodName(httpRequest.method());
    request.fullPath = httpRequest.url().path();
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    request.receivedAtMs = m_uptime.elapsed();
    const QString prefix = m_mode == Mode::Azure ? QStringLiteral("/openai/v1") : QStringLiteral("/v1");
    request.path = request.fullPath.startsWith(prefix) ? request.fullPath.mid(prefix.size()) : QString();
    m_requests.append(request);
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    Q_EMIT requestReceived(request.method, request.path);

    QPointer<QTcpSocket> guard(socket);
    std::optional<Fault> fault = takeFault(request);
    Reply reply;
    if (request.path.isEmpty())
        reply = error(404, QStringLiteral("Unknown path %1").arg(request.fullPath));
    else if (!isAuthorized(request))
        reply = error(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"), {},
                      QStringLiteral("invalid_api_key"));
    else if (fault && !fault->afterHandling && (fault->kind == Fault::Kind::HttpError || fault->kind == Fault::Kind::Drop
                                                || fault->kind == Fault::Kind::Oversized))
        reply = faultReply(*fault);
    else
        reply = route(request);

    int delay = m_latencyMs + (reply.isChat ? m_chatLatencyMs : 0);
    if (fault && fault->kind == Fault::Kind::Delay)
        delay += fault->delayMs;
    QTimer::singleShot(delay, this, [this, guard, reply, fault] { deliver(guard, reply, fault); });
    return true;
}

void FakeOpenAiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    writeReply(socket, error(404, QStringLiteral("Not found")));
}

void FakeOpenAiServer::finishRequest()
{
    --m_inFlight;
}

void FakeOpenAiServer::deliver(QPointer<QTcpSocket> socket, Reply reply, std::optional<Fault> fault)
{
    // The client may have given up (timeout, cancel): never touch a socket that is gone.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        finishRequest();
        return;
    }
    if (fault && fault->kind == Fault::Kind::Drop) {
        socket->abort();
        finishRequest();
        return;
    }
    if (fault && fault->kind == Fault::Kind::TruncatedJson && !reply.stream)
        reply.body = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
    if (reply.stream) {
        writeStream(socket, reply, fault);
        return;
    }
    writeReply(socket, reply);
    finishRequest();
}

void FakeOpenAiServer::writeReply(QTcpSocket *socket, const Reply &reply)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "x-request-id: " + nextRequestId() + "\r\n";
    out += "openai-version: 2020-10-01\r\nopenai-processing-ms: 3\r\n";
    if (m_mode == Mode::Azure)
        out += "apim-request-id: " + nextRequestId() + "\r\nx-ms-region: Sweden Central\r\n";
    if (m_rateLimitHeaders) {
        m_remainingRequests = std::max(0, m_remainingRequests - 1);
        out += "x-ratelimit-limit-requests: 5000\r\nx-ratelimit-limit-tokens: 2000000\r\n";
        out += "x-ratelimit-remaining-requests: " + QByteArray::number(m_remainingRequests) + "\r\n";
        out += "x-ratelimit-remaining-tokens: 1999000\r\nx-ratelimit-reset-requests: 12ms\r\n";
        out += "x-ratelimit-reset-tokens: 6m0s\r\n";
    }
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += reply.body;
    socket->write(out);
}

void FakeOpenAiServer::writeStream(QPointer<QTcpSocket> socket, Reply reply, std::optional<Fault> fault)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n";
    head += "Cache-Control: no-cache\r\nx-request-id: " + nextRequestId() + "\r\n\r\n";
    socket->write(head);
    auto index = std::make_shared<int>(0);
    auto timer = new QTimer(this);
    timer->setInterval(m_streamChunkDelayMs);
    auto writeChunk = [socket](const QByteArray &payload) {
        socket->write(QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n");
    };
    connect(timer, &QTimer::timeout, this, [this, socket, reply, fault, index, timer, writeChunk] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            finishRequest();
            return;
        }
        const int position = (*index)++;
        // Events: [0] role chunk, [1] first content chunk, … ; faults strike after the first content chunk.
        if (fault && position == 2 && fault->kind == Fault::Kind::StreamDrop) {
            socket->abort();
            timer->deleteLater();
            finishRequest();
            return;
        }
        if (fault && position == 2 && fault->kind == Fault::Kind::StreamError) {
            const QJsonObject errorObject{{QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("message"), fault->message},
                                                       {QStringLiteral("type"), QStringLiteral("server_error")},
                                                       {QStringLiteral("param"), QJsonValue()},
                                                       {QStringLiteral("code"), QJsonValue()}}}};
            writeChunk("data: " + QJsonDocument(errorObject).toJson(QJsonDocument::Compact) + "\n\n");
            writeChunk("");
            timer->deleteLater();
            finishRequest();
            return;
        }
        if (position < reply.events.size()) {
            writeChunk("data: " + reply.events.at(position) + "\n\n");
            return;
        }
        writeChunk("data: [DONE]\n\n");
        writeChunk("");
        timer->deleteLater();
        finishRequest();
    });
    timer->start();
}

FakeOpenAiServer::Reply FakeOpenAiServer::json(const QJsonObject &object, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

FakeOpenAiServer::Reply FakeOpenAiServer::error(int status, const QString &message, const QString &type,
                                               const QString &param, const QString &code)
{
    return json(QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("message"), message},
                                         {QStringLiteral("type"), type},
                                         {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param)},
                                         {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}}}},
                status);
}

FakeOpenAiServer::Reply FakeOpenAiServer::faultReply(const Fault &fault)
{
    if (fault.kind == Fault::Kind::Oversized) {
        Reply reply;
        QByteArray body = "{\"object\":\"list\",\"padding\":\"";
        body += QByteArray(std::max<qint64>(0, fault.oversizedBytes - 40), 'x');
        body += "\",\"data\":[]}";
        reply.body = body;
        return reply;
    }
    Reply reply = error(fault.status, fault.message, fault.errorType, {}, fault.errorCode);
    if (!fault.retryAfter.isEmpty())
        reply.headers.append({"retry-after", fault.retryAfter});
    if (!fault.retryAfterMs.isEmpty())
        reply.headers.append({"retry-after-ms", fault.retryAfterMs});
    if (!fault.shouldRetry.isEmpty())
        reply.headers.append({"x-should-retry", fault.shouldRetry});
    return reply;
}

FakeOpenAiServer::Reply FakeOpenAiServer::route(const Request &request)
{
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    if (segments.isEmpty())
        return error(404, QStringLiteral("Not found"));
    const QString &resource = segments.first();
    if (resource == QLatin1String("files"))
        return routeFiles(request, segments);
    if (resource == QLatin1String("uploads"))
        return routeUploads(request, segments);
    if (resource == QLatin1String("fine_tuning"))
        return routeJobs(request, segments);
    if (resource == QLatin1String("models"))
        return routeModels(request, segments);
    if (resource == QLatin1String("chat") && segments.value(1) == QLatin1String("completions")
        && request.method == "POST")
        return routeChat(request);
    return error(404, QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), request.fullPath));
}

// ---- Files ---------------------------------------------------------------------------------------------

QString FakeOpenAiServer::addFile(const QString &fileName, const QByteArray &content, const QString &purpose)
{
    FileState state;
    const QString id = newId(QStringLiteral("file-fake"));
    state.content = content;
    state.object = QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("object"), QStringLiteral("file")},
                               {QStringLiteral("bytes"), qint64(content.size())},
                               {QStringLiteral("created_at"), now()},
                               {QStringLiteral("expires_at"), QJsonValue()},
                               {QStringLiteral("filename"), fileName},
                               {QStringLiteral("purpose"), purpose},
                               {QStringLiteral("status"), QStringLiteral("processed")},
                               {QStringLiteral("status_details"), QJsonValue()}};
    m_files.insert(id, state);
    m_fileOrder.append(id);
    return id;
}

QByteArray FakeOpenAiServer::fileContent(const QString &id) const
{
    return m_files.value(id).content;
}

QJsonObject FakeOpenAiServer::fileObject(const QString &id) const
{
    return m_files.value(id).object;
}

FakeOpenAiServer::Reply FakeOpenAiServer::routeFiles(const Request &request, const QStringList &segments)
{
    if (segments.size() == 1 && request.method == "POST") {
        bool ok = false;
        const auto parts = MultipartParser::parse(request.header("content-type"), request.body, &ok);
        const MultipartParser::Part *file = MultipartParser::find(parts, "file");
        const MultipartParser::Part *purpose = MultipartParser::find(parts, "purpose");
        if (!ok || !file)
            return error(400, QStringLiteral("Missing required parameter: 'file'."), QStringLiteral("invalid_request_error"),
                         QStringLiteral("file"));
        if (!purpose || purpose->data.isEmpty())
            return error(400, QStringLiteral("Missing required parameter: 'purpose'."),
                         QStringLiteral("invalid_request_error"), QStringLiteral("purpose"));
        const QString id = addFile(QString::fromUtf8(file->fileName), file->data, QString::fromUtf8(purpose->data));
        return json(m_files.value(id).object);
    }
    if (segments.size() == 1 && request.method == "GET") {
        const QString purpose = request.query.queryItemValue(QStringLiteral("purpose"));
        const QString after = request.query.queryItemValue(QStringLiteral("after"));
        const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
            ? request.query.queryItemValue(QStringLiteral("limit")).toInt()
            : 10000;
        const bool ascending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("asc");
        QStringList ordered = m_fileOrder;
        if (!ascending)
            std::reverse(ordered.begin(), ordered.end());
        qsizetype start = 0;
        if (!after.isEmpty())
            start = ordered.indexOf(after) + 1;
        QJsonArray data;
        bool hasMore = false;
        for (qsizetype i = start; i < ordered.size(); ++i) {
            const QJsonObject object = m_files.value(ordered.at(i)).object;
            if (!purpose.isEmpty() && object.value(QLatin1String("purpose")).toString() != purpose)
                continue;
            if (data.size() >= limit) {
                hasMore = true;
                break;
            }
            data.append(object);
        }
        return json(QJsonObject{
            {QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("data"), data},
            {QStringLiteral("first_id"), data.isEmpty() ? QJsonValue() : data.first().toObject().value(QLatin1String("id"))},
            {QStringLiteral("last_id"), data.isEmpty() ? QJsonValue() : data.last().toObject().value(QLatin1String("id"))},
            {QStringLiteral("has_more"), hasMore}});
    }
    const QString id = segments.value(1);
    if (!m_files.contains(id))
        return error(404, QStringLiteral("No such File object: %1").arg(id), QStringLiteral("invalid_request_error"),
                     QStringLiteral("id"));
    if (segments.size() == 2 && request.method == "GET")
        return json(m_files.value(id).object);
    if (segments.size() == 2 && request.method == "DELETE") {
        m_files.remove(id);
        m_fileOrder.removeAll(id);
        return json(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("object"), QStringLiteral("file")},
                                {QStringLiteral("deleted"), true}});
    }
    if (segments.size() == 3 && segments.at(2) == QLatin1String("content") && request.method == "GET") {
        Reply reply;
        reply.body = m_files.value(id).content;
        reply.contentType = "application/octet-stream";
        return reply;
    }
    return error(404, QStringLiteral("Invalid URL"));
}

// ---- Uploads -------------------------------------------------------------------------------------------

FakeOpenAiServer::Reply FakeOpenAiServer::routeUploads(const Request &request, const QStringList &segments)
{
    if (request.method != "POST")
        return error(405, QStringLiteral("Method not allowed"));
    if (segments.size() == 1) {
        const QJsonObject body = request.json();
        for (const char *field : {"filename", "purpose", "bytes", "mime_type"}) {
            if (!body.contains(QLatin1String(field)))
                return error(400, QStringLiteral("Missing required parameter: '%1'.").arg(QLatin1String(field)),
                             QStringLiteral("invalid_request_error"), QLatin1String(field));
        }
        UploadState state;
        const QString id = newId(QStringLiteral("upload_fake"));
        state.object = QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("object"), QStringLiteral("upload")},
                                   {QStringLiteral("bytes"), body.value(QLatin1String("bytes"))},
                                   {QStringLiteral("created_at"), now()},
                                   {QStringLiteral("filename"), body.value(QLatin1String("filename"))},
                                   {QStringLiteral("purpose"), body.value(QLatin1String("purpose"))},
                                   {QStringLiteral("status"), QStringLiteral("pending")},
                                   {QStringLiteral("expires_at"), now() + 3600},
                                   {QStringLiteral("file"), QJsonValue()}};
        m_uploads.insert(id, state);
        return json(state.object);
    }
    const QString id = segments.value(1);
    if (!m_uploads.contains(id))
        return error(404, QStringLiteral("No such Upload: %1").arg(id));
    UploadState &upload = m_uploads[id];
    const QString status = upload.object.value(QLatin1String("status")).toString();
    const QString action = segments.value(2);
    if (action == QLatin1String("parts")) {
        if (status != QLatin1String("pending"))
            return error(400, QStringLiteral("Upload %1 is %2; no more parts can be added.").arg(id, status));
        bool ok = false;
        const auto parts = MultipartParser::parse(request.header("content-type"), request.body, &ok);
        const MultipartParser::Part *data = MultipartParser::find(parts, "data");
        if (!ok || !data)
            return error(400, QStringLiteral("Missing required parameter: 'data'."), QStringLiteral("invalid_request_error"),
                         QStringLiteral("data"));
        if (data->data.size() > 64LL * 1024 * 1024)
            return error(400, QStringLiteral("Parts must be at most 64 MB."));
        const QString partId = newId(QStringLiteral("part_fake"));
        upload.parts.insert(partId, data->data);
        return json(QJsonObject{{QStringLiteral("id"), partId},
                                {QStringLiteral("object"), QStringLiteral("upload.part")},
                                {QStringLiteral("created_at"), now()},
                                {QStringLiteral("upload_id"), id}});
    }
    if (action == QLatin1String("complete")) {
        if (status != QLatin1String("pending"))
            return error(400, QStringLiteral("Upload %1 is %2.").arg(id, status));
        QByteArray content;
        for (const QJsonValue &partId : request.json().value(QLatin1String("part_ids")).toArray()) {
            if (!upload.parts.contains(partId.toString()))
                return error(400, QStringLiteral("Unknown part %1.").arg(partId.toString()),
                             QStringLiteral("invalid_request_error"), QStringLiteral("part_ids"));
            content += upload.parts.value(partId.toString());
        }
        const qint64 expected = upload.object.value(QLatin1String("bytes")).toInteger();
        if (content.size() != expected)
            return error(400, QStringLiteral("The parts add up to %1 bytes, but the upload declared %2.")
                                  .arg(content.size())
                                  .arg(expected),
                         QStringLiteral("invalid_request_error"), QStringLiteral("part_ids"));
        const QString fileId = addFile(upload.object.value(QLatin1String("filename")).toString(), content,
                                       upload.object.value(QLatin1String("purpose")).toString());
        upload.object.insert(QStringLiteral("status"), QStringLiteral("completed"));
        upload.object.insert(QStringLiteral("file"), m_files.value(fileId).object);
        return json(upload.object);
    }
    if (action == QLatin1String("cancel")) {
        if (status == QLatin1String("completed"))
            return error(400, QStringLiteral("Upload %1 is already completed.").arg(id));
        upload.object.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
        return json(upload.object);
    }
    return error(404, QStringLiteral("Invalid URL"));
}

// ---- Models --------------------------------------------------------------------------------------------

void FakeOpenAiServer::addModel(const QString &id, const QString &ownedBy, const QString &shutdownDate)
{
    m_models.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("created"), qint64(1721172741)},
                                {QStringLiteral("owned_by"), ownedBy},
                                {QStringLiteral("shutdown_date"), shutdownDate.isEmpty() ? QJsonValue() : QJsonValue(shutdownDate)}});
}

FakeOpenAiServer::Reply FakeOpenAiServer::routeModels(const Request &request, const QStringList &segments)
{
    if (segments.size() == 1 && request.method == "GET") {
        QJsonArray data;
        for (const QJsonObject &model : m_models)
            data.append(model);
        return json(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    }
    const QString id = segments.mid(1).join(QLatin1Char('/'));
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i).value(QLatin1String("id")).toString() != id)
            continue;
        if (request.method == "GET")
            return json(m_models.at(i));
        if (request.method == "DELETE") {
            if (!id.startsWith(QLatin1String("ft:")))
                return error(403, QStringLiteral("You have insufficient permissions for this operation."),
                             QStringLiteral("invalid_request_error"), {}, QStringLiteral("insufficient_permissions"));
            m_models.removeAt(i);
            return json(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("deleted"), true}});
        }
    }
    return error(404, QStringLiteral("The model '%1' does not exist").arg(id), QStringLiteral("invalid_request_error"),
                 QStringLiteral("model"), QStringLiteral("model_not_found"));
}

// ---- Chat ----------------------------------------------------------------------------------------------

FakeOpenAiServer::Reply FakeOpenAiServer::routeChat(const Request &request)
{
    const QJsonObject body = request.json();
    const QString model = body.value(QLatin1String("model")).toString();
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    if (model.isEmpty())
        return error(400, QStringLiteral("you must provide a model parameter"), QStringLiteral("invalid_request_error"),
                     QStringLiteral("model"));
    if (messages.isEmpty())
        return error(400, QStringLiteral("[] is too short - 'messages'"), QStringLiteral("invalid_request_error"),
                     QStringLiteral("messages"));
    QString answer;
    if (m_chatResponder) {
        answer = m_chatResponder(model, messages);
    } else {
        QString lastUser;
        for (const QJsonValue &message : messages) {
            if (message.toObject().value(QLatin1String("role")).toString() == QLatin1String("user"))
                lastUser = contentText(message.toObject().value(QLatin1String("content")));
        }
        answer = QStringLiteral("Echo: ") + lastUser;
    }
    int promptTokens = 0;
    for (const QJsonValue &message : messages)
        promptTokens += 4 + wordCount(contentText(message.toObject().value(QLatin1String("content"))));
    const int completionTokens = std::max(1, wordCount(answer));
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), promptTokens},
                            {QStringLiteral("completion_tokens"), completionTokens},
                            {QStringLiteral("total_tokens"), promptTokens + completionTokens},
                            {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 0}}},
                            {QStringLiteral("completion_tokens_details"),
                             QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}}};
    const QString id = newId(QStringLiteral("chatcmpl-fake"));
    const qint64 created = now();

    if (!body.value(QLatin1String("stream")).toBool()) {
        Reply reply = json(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("created"), created},
            {QStringLiteral("model"), model},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("message"),
                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                 {QStringLiteral("content"), answer},
                                                 {QStringLiteral("refusal"), QJsonValue()}}},
                                    {QStringLiteral("logprobs"), QJsonValue()},
                                    {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
            {QStringLiteral("usage"), usage},
            {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")}});
        reply.isChat = true;
        return reply;
    }

    const bool includeUsage = body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finishReason, bool withChoice = true) {
        QJsonObject object{{QStringLiteral("id"), id},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")}};
        object.insert(QStringLiteral("choices"),
                      withChoice ? QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                          {QStringLiteral("delta"), delta},
                                                          {QStringLiteral("logprobs"), QJsonValue()},
                                                          {QStringLiteral("finish_reason"), finishReason}}}
                                 : QJsonArray());
        if (includeUsage)
            object.insert(QStringLiteral("usage"), QJsonValue());
        return object;
    };
    Reply reply;
    reply.stream = true;
    reply.isChat = true;
    reply.events.append(QJsonDocument(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                        {QStringLiteral("content"), QString()}},
                                            QJsonValue()))
                            .toJson(QJsonDocument::Compact));
    // Split after spaces so the pieces join back to exactly the answer.
    QStringList pieces;
    QString current;
    for (const QChar c : answer) {
        current += c;
        if (c == QLatin1Char(' ')) {
            pieces.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty() || pieces.isEmpty())
        pieces.append(current);
    for (const QString &piece : pieces)
        reply.events.append(QJsonDocument(chunk(QJsonObject{{QStringLiteral("content"), piece}}, QJsonValue()))
                                .toJson(QJsonDocument::Compact));
    reply.events.append(QJsonDocument(chunk(QJsonObject(), QStringLiteral("stop"))).toJson(QJsonDocument::Compact));
    if (includeUsage) {
        QJsonObject last = chunk(QJsonObject(), QJsonValue(), false);
        last.insert(QStringLiteral("usage"), usage);
        reply.events.append(QJsonDocument(last).toJson(QJsonDocument::Compact));
    }
    return reply;
}

// ---- Fine-tuning jobs ----------------------------------------------------------------------------------

QString FakeOpenAiServer::seedJob(const QJsonObject &overrides)
{
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                     {QStringLiteral("training_file"), addFile(QStringLiteral("seed.jsonl"), QByteArrayLiteral("{}\n"))}};
    const Reply reply = createJob(body);
    const QString id = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("id")).toString();
    JobState &job = m_jobs[id];
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        job.object.insert(it.key(), it.value());
    return id;
}

QJsonObject FakeOpenAiServer::job(const QString &id) const
{
    return m_jobs.value(id).object;
}

QStringList FakeOpenAiServer::jobIds() const
{
    QStringList ids = m_jobOrder;
    std::reverse(ids.begin(), ids.end());
    return ids;
}

void FakeOpenAiServer::setJobStatus(const QString &id, const QString &status)
{
    if (m_jobs.contains(id))
        setStatus(m_jobs[id], status);
}

int FakeOpenAiServer::jobEventCount(const QString &id) const
{
    return int(m_jobs.value(id).events.size());
}

FakeOpenAiServer::Reply FakeOpenAiServer::createJob(const QJsonObject &body)
{
    const QString model = body.value(QLatin1String("model")).toString();
    const QString trainingFile = body.value(QLatin1String("training_file")).toString();
    const QString validationFile = body.value(QLatin1String("validation_file")).toString();
    if (model.isEmpty())
        return error(400, QStringLiteral("Missing required parameter: 'model'."), QStringLiteral("invalid_request_error"),
                     QStringLiteral("model"));
    if (!m_files.contains(trainingFile))
        return error(400, QStringLiteral("invalid training_file: %1").arg(trainingFile),
                     QStringLiteral("invalid_request_error"), QStringLiteral("training_file"));
    if (!validationFile.isEmpty() && !m_files.contains(validationFile))
        return error(400, QStringLiteral("invalid validation_file: %1").arg(validationFile),
                     QStringLiteral("invalid_request_error"), QStringLiteral("validation_file"));
    const QString suffix = body.value(QLatin1String("suffix")).toString();
    if (suffix.size() > 64)
        return error(400, QStringLiteral("suffix must be at most 64 characters"), QStringLiteral("invalid_request_error"),
                     QStringLiteral("suffix"));

    QJsonObject method = body.value(QLatin1String("method")).toObject();
    const QString methodType = method.value(QLatin1String("type")).toString(QStringLiteral("supervised"));
    QJsonObject requested = method.value(methodType).toObject().value(QLatin1String("hyperparameters")).toObject();
    if (requested.isEmpty())
        requested = body.value(QLatin1String("hyperparameters")).toObject();
    auto resolved = [&](const char *key, const QJsonValue &fallback) {
        const QJsonValue value = requested.value(QLatin1String(key));
        return value.isDouble() ? value : fallback;
    };
    QJsonObject hyperparameters{{QStringLiteral("n_epochs"), resolved("n_epochs", m_timeline.epochs)},
                                {QStringLiteral("batch_size"), resolved("batch_size", 1)},
                                {QStringLiteral("learning_rate_multiplier"), resolved("learning_rate_multiplier", 1.8)}};
    if (methodType == QLatin1String("dpo"))
        hyperparameters.insert(QStringLiteral("beta"), resolved("beta", 0.1));
    method = QJsonObject{{QStringLiteral("type"), methodType},
                         {methodType, QJsonObject{{QStringLiteral("hyperparameters"), hyperparameters}}}};

    JobState job;
    const QString id = newId(QStringLiteral("ftjob-fake"));
    job.failure = m_nextJobFailure;
    m_nextJobFailure.clear();
    job.object = QJsonObject{
        {QStringLiteral("object"), QStringLiteral("fine_tuning.job")},
        {QStringLiteral("id"), id},
        {QStringLiteral("model"), model},
        {QStringLiteral("created_at"), now()},
        {QStringLiteral("finished_at"), QJsonValue()},
        {QStringLiteral("fine_tuned_model"), QJsonValue()},
        {QStringLiteral("organization_id"), QStringLiteral("org-fake")},
        {QStringLiteral("result_files"), QJsonArray()},
        {QStringLiteral("status"), QStringLiteral("validating_files")},
        {QStringLiteral("validation_file"), validationFile.isEmpty() ? QJsonValue() : QJsonValue(validationFile)},
        {QStringLiteral("training_file"), trainingFile},
        // Real quirks: DPO jobs report null top-level hyperparameters, healthy jobs an empty error object.
        {QStringLiteral("hyperparameters"), methodType == QLatin1String("dpo") ? QJsonValue() : QJsonValue(hyperparameters)},
        {QStringLiteral("method"), method},
        {QStringLiteral("trained_tokens"), QJsonValue()},
        {QStringLiteral("error"), QJsonObject()},
        {QStringLiteral("user_provided_suffix"), suffix.isEmpty() ? QJsonValue() : QJsonValue(suffix)},
        {QStringLiteral("seed"), body.value(QLatin1String("seed")).isDouble() ? body.value(QLatin1String("seed")) : QJsonValue(1234)},
        {QStringLiteral("estimated_finish"), QJsonValue()},
        {QStringLiteral("integrations"), QJsonArray()},
        {QStringLiteral("metadata"), body.value(QLatin1String("metadata")).isObject() ? body.value(QLatin1String("metadata")) : QJsonValue()},
        {QStringLiteral("usage_metrics"), QJsonValue()},
        {QStringLiteral("shared_with_openai"), false}};
    addEvent(job, QStringLiteral("info"), QStringLiteral("Created fine-tuning job: %1").arg(id));
    addEvent(job, QStringLiteral("info"),
             validationFile.isEmpty()
                 ? QStringLiteral("Validating training file: %1").arg(trainingFile)
                 : QStringLiteral("Validating training file: %1 and validation file: %2").arg(trainingFile, validationFile));
    m_jobs.insert(id, job);
    m_jobOrder.append(id);
    return json(job.object);
}

FakeOpenAiServer::Reply FakeOpenAiServer::jobAction(const QString &id, const QString &action)
{
    JobState &job = m_jobs[id];
    const QString status = job.object.value(QLatin1String("status")).toString();
    const bool terminal = status == QLatin1String("succeeded") || status == QLatin1String("failed")
        || status == QLatin1String("cancelled");
    if (action == QLatin1String("cancel")) {
        if (terminal)
            return error(400, QStringLiteral("Job %1 has already completed; it cannot be cancelled.").arg(id));
        setStatus(job, QStringLiteral("cancelled"));
        job.object.insert(QStringLiteral("finished_at"), now());
        addEvent(job, QStringLiteral("info"), QStringLiteral("Fine-tuning job cancelled"));
    } else if (action == QLatin1String("pause")) {
        if (status != QLatin1String("running"))
            return error(400, QStringLiteral("Only running jobs can be paused (job %1 is %2).").arg(id, status));
        setStatus(job, QStringLiteral("paused"));
        addEvent(job, QStringLiteral("info"), QStringLiteral("Fine-tuning job paused"));
    } else if (action == QLatin1String("resume")) {
        if (status != QLatin1String("paused"))
            return error(400, QStringLiteral("Only paused jobs can be resumed (job %1 is %2).").arg(id, status));
        job.phaseMs = 0;
        setStatus(job, QStringLiteral("queued"));
        addEvent(job, QStringLiteral("info"), QStringLiteral("Fine-tuning job resumed"));
    } else {
        return error(404, QStringLiteral("Invalid URL"));
    }
    return json(job.object);
}

FakeOpenAiServer::Reply FakeOpenAiServer::routeJobs(const Request &request, const QStringList &segments)
{
    if (segments.value(1) != QLatin1String("jobs"))
        return error(404, QStringLiteral("Invalid URL"));
    if (segments.size() == 2 && request.method == "POST")
        return createJob(request.json());
    const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
        ? request.query.queryItemValue(QStringLiteral("limit")).toInt()
        : 20;
    const QString after = request.query.queryItemValue(QStringLiteral("after"));
    auto page = [&](const QList<QJsonObject> &newestFirst, bool withIds) {
        qsizetype start = 0;
        if (!after.isEmpty()) {
            start = newestFirst.size();
            for (qsizetype i = 0; i < newestFirst.size(); ++i) {
                if (newestFirst.at(i).value(QLatin1String("id")).toString() == after) {
                    start = i + 1;
                    break;
                }
            }
        }
        QJsonArray data;
        for (qsizetype i = start; i < newestFirst.size() && data.size() < limit; ++i)
            data.append(newestFirst.at(i));
        QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")},
                         {QStringLiteral("data"), data},
                         {QStringLiteral("has_more"), start + data.size() < newestFirst.size()}};
        if (withIds) {
            list.insert(QStringLiteral("first_id"),
                        data.isEmpty() ? QJsonValue() : data.first().toObject().value(QLatin1String("id")));
            list.insert(QStringLiteral("last_id"),
                        data.isEmpty() ? QJsonValue() : data.last().toObject().value(QLatin1String("id")));
        }
        return json(list);
    };
    if (segments.size() == 2 && request.method == "GET") {
        QList<QJsonObject> jobs;
        for (auto it = m_jobOrder.crbegin(); it != m_jobOrder.crend(); ++it) {
            const QJsonObject object = m_jobs.value(*it).object;
            bool matches = true;
            for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
                if (key.startsWith(QLatin1String("metadata[")) && key.endsWith(QLatin1Char(']'))) {
                    const QString metaKey = key.mid(9, key.size() - 10);
                    matches = matches && object.value(QLatin1String("metadata")).toObject().value(metaKey).toString() == value;
                }
            }
            if (matches)
                jobs.append(object);
        }
        return page(jobs, false);
    }
    const QString id = segments.value(2);
    if (!m_jobs.contains(id))
        return error(404, QStringLiteral("Could not find fine-tune job: %1").arg(id), QStringLiteral("invalid_request_error"),
                     QStringLiteral("id"));
    const JobState &job = m_jobs[id];
    if (segments.size() == 3 && request.method == "GET")
        return json(job.object);
    const QString sub = segments.value(3);
    if (request.method == "POST")
        return jobAction(id, sub);
    if (sub == QLatin1String("events")) {
        QList<QJsonObject> events(job.events.crbegin(), job.events.crend());
        return page(events, false);
    }
    if (sub == QLatin1String("checkpoints")) {
        QList<QJsonObject> checkpoints(job.checkpoints.crbegin(), job.checkpoints.crend());
        return page(checkpoints, true);
    }
    return error(404, QStringLiteral("Invalid URL"));
}

void FakeOpenAiServer::addEvent(JobState &job, const QString &level, const QString &message, const QJsonObject &data,
                                const QString &type)
{
    job.events.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("fine_tuning.job.event")},
                                  {QStringLiteral("id"), newId(QStringLiteral("ftevent-fake"))},
                                  {QStringLiteral("created_at"), now()},
                                  {QStringLiteral("level"), level},
                                  {QStringLiteral("message"), message},
                                  {QStringLiteral("data"), data.isEmpty() ? QJsonValue(QJsonObject()) : QJsonValue(data)},
                                  {QStringLiteral("type"), type}});
}

void FakeOpenAiServer::setStatus(JobState &job, const QString &status)
{
    job.object.insert(QStringLiteral("status"), status);
    if (status != QLatin1String("failed") && job.object.value(QLatin1String("error")).toObject().isEmpty())
        job.object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QJsonValue()},
                                                               {QStringLiteral("message"), QJsonValue()},
                                                               {QStringLiteral("param"), QJsonValue()}});
    Q_EMIT jobStatusChanged(job.object.value(QLatin1String("id")).toString(), status);
}

QJsonObject FakeOpenAiServer::metricsForStep(const JobState &job, int step, bool fullValidation) const
{
    const int total = std::max(1, m_timeline.totalSteps);
    const double progress = double(step) / total;
    // A smooth decaying curve with a deterministic wobble: realistic enough for charts, exact for tests.
    const double trainLoss = 0.25 + 2.2 * std::exp(-3.5 * progress) + 0.05 * std::sin(step * 1.7);
    const double trainAccuracy = std::min(0.99, 0.45 + 0.5 * progress + 0.02 * std::cos(step * 1.3));
    QJsonObject data{{QStringLiteral("step"), step},
                     {QStringLiteral("total_steps"), total},
                     {QStringLiteral("train_loss"), trainLoss},
                     {QStringLiteral("train_mean_token_accuracy"), trainAccuracy}};
    if (!job.object.value(QLatin1String("validation_file")).toString().isEmpty()) {
        data.insert(QStringLiteral("valid_loss"), trainLoss + 0.12 + 0.04 * std::sin(step * 0.9));
        data.insert(QStringLiteral("valid_mean_token_accuracy"), trainAccuracy - 0.05);
        if (fullValidation) {
            data.insert(QStringLiteral("full_valid_loss"), trainLoss + 0.15);
            data.insert(QStringLiteral("full_valid_mean_token_accuracy"), trainAccuracy - 0.06);
        }
    }
    return data;
}

void FakeOpenAiServer::advanceJobs(int milliseconds)
{
    // Small slices so a long jump still walks through every phase, as the real clock would.
    for (int remaining = milliseconds; remaining > 0; remaining -= 5) {
        const int slice = std::min(remaining, 5);
        for (const QString &id : std::as_const(m_jobOrder))
            advanceJob(m_jobs[id], slice);
    }
}

void FakeOpenAiServer::advanceJob(JobState &job, qint64 ms)
{
    const QString status = job.object.value(QLatin1String("status")).toString();
    if (status == QLatin1String("validating_files")) {
        job.phaseMs += ms;
        if (job.phaseMs < m_timeline.validatingMs)
            return;
        job.phaseMs = 0;
        if (!job.failure.isEmpty()) {
            job.object.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_training_file")},
                                                                   {QStringLiteral("message"), job.failure},
                                                                   {QStringLiteral("param"), QStringLiteral("training_file")}});
            job.object.insert(QStringLiteral("finished_at"), now());
            addEvent(job, QStringLiteral("error"), job.failure);
            setStatus(job, QStringLiteral("failed"));
            return;
        }
        addEvent(job, QStringLiteral("info"), QStringLiteral("Files validated, moving job to queued state"));
        setStatus(job, QStringLiteral("queued"));
    } else if (status == QLatin1String("queued")) {
        job.phaseMs += ms;
        if (job.phaseMs < m_timeline.queuedMs)
            return;
        job.phaseMs = 0;
        addEvent(job, QStringLiteral("info"), QStringLiteral("Fine-tuning job started"));
        setStatus(job, QStringLiteral("running"));
    } else if (status == QLatin1String("running")) {
        job.phaseMs += ms;
        const int total = std::max(1, m_timeline.totalSteps);
        const int perEpoch = std::max(1, total / std::max(1, m_timeline.epochs));
        while (job.phaseMs >= m_timeline.stepMs && job.step < total) {
            job.phaseMs -= m_timeline.stepMs;
            ++job.step;
            const bool epochEnd = job.step % perEpoch == 0 || job.step == total;
            const QJsonObject data = metricsForStep(job, job.step, epochEnd);
            QString message = QStringLiteral("Step %1/%2: training loss=%3")
                                  .arg(job.step)
                                  .arg(total)
                                  .arg(data.value(QLatin1String("train_loss")).toDouble(), 0, 'f', 2);
            if (data.contains(QLatin1String("valid_loss")))
                message += QStringLiteral(", validation loss=%1")
                               .arg(data.value(QLatin1String("valid_loss")).toDouble(), 0, 'f', 2);
            if (data.contains(QLatin1String("full_valid_loss")))
                message += QStringLiteral(", full validation loss=%1")
                               .arg(data.value(QLatin1String("full_valid_loss")).toDouble(), 0, 'f', 2);
            addEvent(job, QStringLiteral("info"), message, data, QStringLiteral("metrics"));
            const auto csvNumber = [&](const char *key) {
                return data.contains(QLatin1String(key))
                    ? QByteArray::number(data.value(QLatin1String(key)).toDouble(), 'f', 5)
                    : QByteArray();
            };
            job.csvRows.append(QByteArray::number(job.step) + ',' + csvNumber("train_loss") + ','
                               + csvNumber("train_mean_token_accuracy") + ',' + csvNumber("valid_loss") + ','
                               + csvNumber("valid_mean_token_accuracy"));
            if (epochEnd) {
                const QString jobId = job.object.value(QLatin1String("id")).toString();
                QJsonObject metrics = data;
                metrics.remove(QStringLiteral("total_steps"));
                const QString suffix = job.object.value(QLatin1String("user_provided_suffix")).toString();
                job.checkpoints.append(QJsonObject{
                    {QStringLiteral("object"), QStringLiteral("fine_tuning.job.checkpoint")},
                    {QStringLiteral("id"), newId(QStringLiteral("ftckpt_fake"))},
                    {QStringLiteral("created_at"), now()},
                    {QStringLiteral("fine_tuned_model_checkpoint"),
                     QStringLiteral("ft:%1:fake-org:%2:%3:ckpt-step-%4")
                         .arg(job.object.value(QLatin1String("model")).toString(), suffix, jobId.right(8))
                         .arg(job.step)},
                    {QStringLiteral("step_number"), job.step},
                    {QStringLiteral("metrics"), metrics},
                    {QStringLiteral("fine_tuning_job_id"), jobId}});
                while (job.checkpoints.size() > 3)
                    job.checkpoints.removeFirst();
                addEvent(job, QStringLiteral("info"), QStringLiteral("Checkpoint created at step %1").arg(job.step));
            }
        }
        if (job.step >= total)
            succeedJob(job);
    }
}

void FakeOpenAiServer::succeedJob(JobState &job)
{
    const QString id = job.object.value(QLatin1String("id")).toString();
    const QString suffix = job.object.value(QLatin1String("user_provided_suffix")).toString();
    const QString modelName = QStringLiteral("ft:%1:fake-org:%2:%3")
                                  .arg(job.object.value(QLatin1String("model")).toString(), suffix, id.right(8));
    QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n";
    for (const QByteArray &row : std::as_const(job.csvRows))
        csv += row + '\n';
    const QString resultFile = addFile(QStringLiteral("step_metrics.csv"), csv.toBase64(), QStringLiteral("fine-tune-results"));
    job.object.insert(QStringLiteral("fine_tuned_model"), modelName);
    job.object.insert(QStringLiteral("finished_at"), now());
    job.object.insert(QStringLiteral("trained_tokens"), qint64(job.step) * 1000);
    job.object.insert(QStringLiteral("result_files"), QJsonArray{resultFile});
    addModel(modelName, QStringLiteral("fake-org"));
    addEvent(job, QStringLiteral("info"), QStringLiteral("New fine-tuned model created"));
    addEvent(job, QStringLiteral("info"), QStringLiteral("The job has successfully completed"));
    setStatus(job, QStringLiteral("succeeded"));
}

} // namespace Fts::Test
