// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/ChatCompletionParams.h"

namespace Fts::Api {

QJsonObject ChatCompletionParams::message(const QString &role, const QString &content)
{
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

QJsonObject ChatCompletionParams::toJson(bool stream) const
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("messages"), messages);
    if (temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    if (topP)
        body.insert(QStringLiteral("top_p"), *topP);
    if (maxCompletionTokens)
        body.insert(QStringLiteral("max_completion_tokens"), *maxCompletionTokens);
    if (seed)
        body.insert(QStringLiteral("seed"), *seed);
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return body;
}

} // namespace Fts::Api
