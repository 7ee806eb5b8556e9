// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/ChatCompletion.h"
#include "api/resources/ChatCompletionParams.h"
#include "api/transport/ApiRequest.h"
#include "api/transport/SseParser.h"

namespace Fts::Api {

/**
 * `POST /chat/completions`, plain or streamed. Streamed answers arrive through contentDelta() as the
 * server sends them (parsed by SseParser); finished() follows `data: [DONE]` with the assembled
 * completion(), including usage (requested with stream_options.include_usage) and latency. An error event
 * inside the stream fails the request with Kind::Stream.
 */
class ChatCompletionRequest : public ApiRequest
{
    Q_OBJECT

public:
    ChatCompletionRequest(ApiClient *client, const ChatCompletionParams &params, bool stream = false,
                          QObject *parent = nullptr);

    bool isStreaming() const { return m_stream; }
    const ChatCompletionParams &params() const { return m_params; }
    /** Valid after finished(); while streaming, content holds what arrived so far. */
    const ChatCompletion &completion() const { return m_completion; }

Q_SIGNALS:
    void contentDelta(const QString &text);

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;
    void handleStreamData(const QByteArray &data) override;
    ApiError finishStream() override;

private:
    void handleEvent(const SseEvent &event);

    ChatCompletionParams m_params;
    bool m_stream;
    SseParser m_parser;
    ChatCompletion m_completion;
    bool m_sawDone = false;
    bool m_sawChunk = false;
};

} // namespace Fts::Api
