// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Fts::Core {

class JsonNode;

/** The training-data format of one example, or of a whole file (its majority). */
enum class DatasetFormat {
    Unknown,          ///< not a JSON object, or none of the keys below
    Chat,             ///< {"messages": [...]}: supervised fine-tuning
    Preference,       ///< {"input": {"messages": ...}, "preferred_output", "non_preferred_output"}: DPO
    PromptCompletion, ///< {"prompt", "completion"}: the legacy completions format
};

/** Names and detection for DatasetFormat. */
class DatasetFormats
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFormats)
public:
    /** How many DatasetFormat values there are (for arrays indexed by format). */
    static constexpr int Count = int(DatasetFormat::PromptCompletion) + 1;

    /** Stable machine name: "chat", "preference", "prompt_completion", "unknown". */
    static QString name(DatasetFormat format);
    /** What a user reads, translated: "chat", "preference (DPO)", … */
    static QString displayName(DatasetFormat format);
    /** The format an example's top-level keys say it is in. */
    static DatasetFormat detect(const JsonNode &example);
    /** The same decision from key presence, for parsers that do not build a JsonNode. */
    static DatasetFormat fromKeys(bool hasMessages, bool hasInput, bool hasPreferenceOutput, bool hasPromptOrCompletion);
};

} // namespace Fts::Core
