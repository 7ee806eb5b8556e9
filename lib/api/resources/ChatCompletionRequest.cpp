// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/ChatCompletionRequest.h"

#include "api/resources/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Fts::Api {

ChatCompletionRequest::ChatCompletionRequest(ApiClient *client, const ChatCompletionParams &params, bool stream,
                                             QObject *parent)
    : ApiRequest(client, parent)
    , m_params(params)
    , m_stream(stream)
{
    setRequiredCapability(stream ? ProviderCapability::ChatStreaming : ProviderCapability::ChatCompletions);
    setVerb(QByteArrayLiteral("POST"));
    setPath(QStringLiteral("chat/completions"));
    setStreaming(stream);
    // Repeating a completion has no side effect but cost; the SDK retries it like any request.
    setRetryMode(RetryMode::Always);
    setJsonBody(m_params.toJson(stream));
}

ApiError ChatCompletionRequest::validateBeforeSend() const
{
    if (m_params.model.trimmed().isEmpty())
        return ApiError::invalidRequest(tr("Choose a model to chat with."), QStringLiteral("model"));
    if (m_params.messages.isEmpty())
        return ApiError::invalidRequest(tr("The conversation has no message."), QStringLiteral("messages"));
    return {};
}

ApiError ChatCompletionRequest::handleJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("choices")).isArray())
        return ApiError::invalidResponse(tr("the answer has no \"choices\""), requestId());
    m_completion = ChatCompletion::fromJson(object);
    m_completion.requestId = requestId();
    m_completion.latencyMs = latencyMs();
    return {};
}

void ChatCompletionRequest::handleStreamData(const QByteArray &data)
{
    const QList<SseEvent> events = m_parser.feed(data);
    for (const SseEvent &event : events) {
        if (isDone())
            return;
        handleEvent(event);
    }
    if (m_parser.hasError() && !isDone())
        failNow(ApiError::invalidResponse(tr("a streamed event is too large"), requestId()));
}

void ChatCompletionRequest::handleEvent(const SseEvent &event)
{
    if (event.isDone()) {
        m_sawDone = true;
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(event.data, &parseError);
    if (!document.isObject()) {
        failNow(ApiError::invalidResponse(tr("a streamed chunk is not valid JSON"), requestId()));
        return;
    }
    const QJsonObject chunk = document.object();
    if (chunk.value(QLatin1String("error")).isObject() || event.event == "error") {
        ApiError error = ApiError::http(httpStatus(), chunk, requestId());
        error.kind = ApiError::Kind::Stream;
        failNow(error);
        return;
    }
    m_sawChunk = true;
    m_completion.raw = chunk;
    if (m_completion.id.isEmpty())
        m_completion.id = JsonFields::string(chunk, QLatin1String("id"));
    if (m_completion.model.isEmpty())
        m_completion.model = JsonFields::string(chunk, QLatin1String("model"));
    if (m_completion.created == 0)
        m_completion.created = JsonFields::integer(chunk, QLatin1String("created"));
    const QString fingerprint = JsonFields::string(chunk, QLatin1String("system_fingerprint"));
    if (!fingerprint.isEmpty())
        m_completion.systemFingerprint = fingerprint;
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (JsonFields::integer(choice, QLatin1String("index")) != 0)
            continue;
        const QJsonObject delta = JsonFields::object(choice, QLatin1String("delta"));
        const QString text = JsonFields::string(delta, QLatin1String("content"));
        m_completion.refusal += JsonFields::string(delta, QLatin1String("refusal"));
        const QString finish = JsonFields::string(choice, QLatin1String("finish_reason"));
        if (!finish.isEmpty())
            m_completion.finishReason = finish;
        if (!text.isEmpty()) {
            if (m_completion.timeToFirstTokenMs < 0)
                m_completion.timeToFirstTokenMs = timeToFirstByteMs();
            m_completion.content += text;
            Q_EMIT contentDelta(text);
            if (isDone())
                return;
        }
    }
    const QJsonObject usage = JsonFields::object(chunk, QLatin1String("usage"));
    if (!usage.isEmpty())
        m_completion.usage = ChatCompletion::Usage::fromJson(usage);
}

ApiError ChatCompletionRequest::finishStream()
{
    for (const SseEvent &event : m_parser.finish()) {
        if (isDone())
            return {};
        handleEvent(event);
    }
    m_completion.requestId = requestId();
    m_completion.latencyMs = latencyMs();
    if (!m_sawChunk)
        return ApiError::invalidResponse(tr("the stream ended before any answer arrived"), requestId());
    if (!m_sawDone && m_completion.finishReason.isEmpty())
        return ApiError::invalidResponse(tr("the stream ended in the middle of the answer"), requestId());
    return {};
}

} // namespace Fts::Api

#include "moc_ChatCompletionRequest.cpp"
