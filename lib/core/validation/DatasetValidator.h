// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ValidationIssue.h"
#include "core/validation/ValidationReport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Fts::Core {

class JsonlDocument;

/**
 * Checks a JSONL dataset line by line (simdjson, split across threads on big files) and then as a whole.
 *
 * Rule set "openai" (the default) checks today's fine-tuning formats. Errors: invalid_utf8, invalid_json,
 * data_type, missing_messages_list, message_missing_key, message_unrecognized_key, unrecognized_role,
 * missing_content, invalid_content, invalid_content_part, invalid_value, invalid_weight, invalid_tool_call,
 * unknown_tool_call_id, invalid_function_call, invalid_tools, invalid_functions,
 * example_missing_assistant_message, no_trained_assistant_message, missing_input, missing_preference_output,
 * invalid_preference_output, legacy_format, mixed_format. Warnings: missing_system_message,
 * missing_user_message, empty_content, undefined_tool, empty_line, duplicate_example, too_few_examples,
 * crlf_line_endings, byte_order_mark.
 *
 * Rule set "cookbook" reproduces the OpenAI cookbook checker ("Data preparation and analysis for chat model
 * fine-tuning") and counts the way it does: data_type, missing_messages_list (per example),
 * message_missing_key, message_unrecognized_key, unrecognized_role, missing_content (per message),
 * example_missing_assistant_message (per example), plus invalid_json and invalid_utf8 for lines it could not
 * even load, and its two data warnings missing_system_message and missing_user_message. Where the notebook
 * would crash (messages that are not a list, a message that is not an object), it counts
 * missing_messages_list and message_missing_key respectively.
 *
 * Blank lines are not examples: the openai rules warn about each (empty_line), the cookbook rules skip them.
 */
class DatasetValidator
{
    Q_DECLARE_TR_FUNCTIONS(DatasetValidator)
public:
    enum class RuleSet { OpenAi, Cookbook };
    /** May be called from any thread, with the number of lines checked so far. */
    using ProgressFunction = std::function<void(int linesDone, int linesTotal)>;

    explicit DatasetValidator(RuleSet ruleSet = RuleSet::OpenAi);

    RuleSet ruleSet() const { return m_ruleSet; }
    /** 0 (the default) uses every core for big files; 1 forces a single thread. */
    void setMaxThreads(int threads) { m_maxThreads = threads; }
    /**
     * For a caller that reads the document once (`ftstudio check`): each thread releases the mapped pages of the
     * lines it has checked (JsonlDocument::releaseMappedPages), so that closing the document has almost nothing
     * left to unmap. Off by default: the editor reads the same pages again.
     */
    void setReleaseCheckedPages(bool release) { m_releaseCheckedPages = release; }

    /** Validates the whole document; the document must not change meanwhile. */
    ValidationReport validate(const JsonlDocument &document, const ProgressFunction &progress = {},
                              const std::atomic_bool *cancel = nullptr) const;
    /** Checks one line on its own (no duplicate, format-mix or file checks); @p lineNumber is 1-based. */
    QList<ValidationIssue> validateLine(QByteArrayView bytes, int lineNumber) const;

    static QString ruleSetName(RuleSet ruleSet);
    static std::optional<RuleSet> ruleSetFromName(const QString &name);
    /** Every kind a rule set can report. */
    static QStringList errorKinds(RuleSet ruleSet);
    static QStringList warningKinds(RuleSet ruleSet);
    /** Fewer examples than this draw the too_few_examples warning (OpenAI's minimum). */
    static constexpr int MinimumExamples = 10;

private:
    RuleSet m_ruleSet;
    int m_maxThreads = 0;
    bool m_releaseCheckedPages = false;
};

} // namespace Fts::Core
