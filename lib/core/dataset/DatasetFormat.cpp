// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/DatasetFormat.h"

#include "core/dataset/JsonNode.h"

namespace Fts::Core {

QString DatasetFormats::name(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Chat: return QStringLiteral("chat");
    case DatasetFormat::Preference: return QStringLiteral("preference");
    case DatasetFormat::PromptCompletion: return QStringLiteral("prompt_completion");
    case DatasetFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString DatasetFormats::displayName(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Chat: return tr("chat");
    case DatasetFormat::Preference: return tr("preference (DPO)");
    case DatasetFormat::PromptCompletion: return tr("legacy prompt/completion");
    case DatasetFormat::Unknown: break;
    }
    return tr("unknown");
}

DatasetFormat DatasetFormats::fromKeys(bool hasMessages, bool hasInput, bool hasPreferenceOutput,
                                       bool hasPromptOrCompletion)
{
    if (hasMessages)
        return DatasetFormat::Chat;
    if (hasInput || hasPreferenceOutput)
        return DatasetFormat::Preference;
    if (hasPromptOrCompletion)
        return DatasetFormat::PromptCompletion;
    return DatasetFormat::Unknown;
}

DatasetFormat DatasetFormats::detect(const JsonNode &example)
{
    if (!example.isObject())
        return DatasetFormat::Unknown;
    return fromKeys(example.contains(QStringLiteral("messages")), example.contains(QStringLiteral("input")),
                    example.contains(QStringLiteral("preferred_output"))
                        || example.contains(QStringLiteral("non_preferred_output")),
                    example.contains(QStringLiteral("prompt")) || example.contains(QStringLiteral("completion")));
}

} // namespace Fts::Core
