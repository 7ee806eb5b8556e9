// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ImportResult.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Fts::Core {

/**
 * Legacy prompt/completion JSONL ({"prompt": …, "completion": …} per line, the format of the retired
 * completions fine-tuning) to chat examples: an optional system message, the prompt as the user message
 * and the completion as the assistant answer.
 *
 * That format was produced with markers the chat format does not want: a separator at the end of every
 * prompt ("\n\n###\n\n"), a stop sequence at the end of every completion (" END" or "\n") and a space at
 * the start of every completion. A marker is removed only when EVERY example has the same one, which is how
 * those files were written; a marker on some lines only is text and stays. The notes say what was removed.
 */
class PromptCompletionConverter
{
    Q_DECLARE_TR_FUNCTIONS(PromptCompletionConverter)
public:
    struct Settings
    {
        QString systemPrompt;
        bool stripLegacyMarkers = true;
        bool spacedSeparators = false;
    };
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    /** Converts the JSONL in @p data; bad lines are reported with their 1-based line number. */
    static ImportResult convert(QByteArrayView data, const Settings &settings, const ProgressFunction &progress = {},
                                const std::atomic_bool *cancel = nullptr);
    /** Reads and converts the file at @p path. */
    static ImportResult convertFile(const QString &path, const Settings &settings,
                                    const ProgressFunction &progress = {}, const std::atomic_bool *cancel = nullptr);
};

} // namespace Fts::Core
