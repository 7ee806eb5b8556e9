// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/ChatCompletion.h"

#include "api/resources/JsonFields.h"

#include <QJsonArray>

namespace Fts::Api {

ChatCompletion::Usage ChatCompletion::Usage::fromJson(const QJsonObject &object)
{
    Usage usage;
    usage.present = !object.isEmpty();
    usage.promptTokens = JsonFields::integer(object, QLatin1String("prompt_tokens"));
    usage.completionTokens = JsonFields::integer(object, QLatin1String("completion_tokens"));
    usage.totalTokens = JsonFields::integer(object, QLatin1String("total_tokens"),
                                            usage.promptTokens + usage.completionTokens);
    usage.cachedTokens = JsonFields::optionalInteger(JsonFields::object(object, QLatin1String("prompt_tokens_details")),
                                                     QLatin1String("cached_tokens"));
    usage.reasoningTokens = JsonFields::optionalInteger(
        JsonFields::object(object, QLatin1String("completion_tokens_details")), QLatin1String("reasoning_tokens"));
    return usage;
}

ChatCompletion ChatCompletion::fromJson(const QJsonObject &object)
{
    ChatCompletion completion;
    completion.raw = object;
    completion.id = JsonFields::string(object, QLatin1String("id"));
    completion.model = JsonFields::string(object, QLatin1String("model"));
    completion.created = JsonFields::integer(object, QLatin1String("created"));
    completion.systemFingerprint = JsonFields::string(object, QLatin1String("system_fingerprint"));
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject message = JsonFields::object(choice, QLatin1String("message"));
        completion.content = JsonFields::string(message, QLatin1String("content"));
        completion.refusal = JsonFields::string(message, QLatin1String("refusal"));
        completion.finishReason = JsonFields::string(choice, QLatin1String("finish_reason"));
    }
    completion.usage = Usage::fromJson(JsonFields::object(object, QLatin1String("usage")));
    return completion;
}

} // namespace Fts::Api
