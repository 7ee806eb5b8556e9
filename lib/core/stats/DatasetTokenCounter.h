// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/ExampleTokens.h"
#include "core/tokenizer/BpeEncoding.h"

#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <vector>

namespace Fts::Core {

class JsonlDocument;

/**
 * Counts the tokens of every example of a file on all cores (QtConcurrent over chunks of examples), with
 * progress and cancel. Blocking: call it from a worker thread or the command line.
 */
class DatasetTokenCounter
{
public:
    struct Result
    {
        std::vector<ExampleTokens> examples; ///< one per example, in file order
        std::vector<int> lineNumbers;        ///< the 1-based physical line of each example
        bool cancelled = false;
    };
    /** (examples done, examples total); called from worker threads, at most once per chunk. */
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;
    /** The bytes of example @p index; must be safe to call from several threads at once. */
    using LineFunction = std::function<QByteArrayView(qsizetype index)>;

    /** Every example (non-blank line) of @p document; the document must not change meanwhile. */
    static Result count(const JsonlDocument &document, EncodingId encoding, const ProgressFunction &progress = {},
                        const std::atomic_bool *cancel = nullptr);
    /** @p exampleCount examples read through @p line, their line numbers given by @p lineNumbers. */
    static Result count(qsizetype exampleCount, const LineFunction &line, std::vector<int> lineNumbers,
                        EncodingId encoding, const ProgressFunction &progress = {},
                        const std::atomic_bool *cancel = nullptr);
};

} // namespace Fts::Core
