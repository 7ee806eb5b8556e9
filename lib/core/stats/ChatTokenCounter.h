// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/ExampleTokens.h"
#include "core/tokenizer/BpeEncoding.h"

#include <QByteArrayView>

namespace Fts::Core {

/**
 * Counts the tokens of training examples straight from their JSON bytes (simdjson, no Qt objects).
 *
 * The formula is OpenAI's cookbook's (num_tokens_from_messages), made total over today's format: per message
 * 3 tokens plus the tokens of every string field (the role too) plus 1 when it has a name; tool_calls and
 * function_call count their function name and arguments, content given as parts counts the text parts;
 * numbers, booleans and null count nothing; 3 more per example prime the reply. A preference (DPO) example
 * is counted as its input.messages followed by its preferred_output. Image parts cost no tokens here:
 * their price depends on the image size, which a dataset line does not carry.
 *
 * Reentrant: every thread uses its own parser and buffers, so one counter serves a whole thread pool.
 */
class ChatTokenCounter
{
public:
    explicit ChatTokenCounter(EncodingId encoding);

    EncodingId encoding() const { return m_encoding->id(); }
    /** The figures of one JSONL line (without its line terminator). */
    ExampleTokens count(QByteArrayView line) const;

    static constexpr int TokensPerMessage = 3;
    static constexpr int TokensPerName = 1;
    static constexpr int ReplyPrimingTokens = 3;

private:
    const BpeEncoding *m_encoding;
};

} // namespace Fts::Core
