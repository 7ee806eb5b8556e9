// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/DatasetTokenCounter.h"

#include "core/dataset/JsonlDocument.h"
#include "core/stats/ChatTokenCounter.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace Fts::Core {

namespace {

/** Big enough that scheduling costs nothing, small enough for smooth progress and a prompt cancel. */
constexpr qsizetype ChunkSize = 256;

} // namespace

DatasetTokenCounter::Result DatasetTokenCounter::count(const JsonlDocument &document, EncodingId encoding,
                                                       const ProgressFunction &progress,
                                                       const std::atomic_bool *cancel)
{
    const int exampleCount = document.exampleCount();
    std::vector<int> lineNumbers(static_cast<std::size_t>(exampleCount));
    for (int i = 0; i < exampleCount; ++i)
        lineNumbers[std::size_t(i)] = JsonlDocument::lineNumber(document.lineIndexOfExample(i));
    return count(
        exampleCount,
        [&document](qsizetype index) { return document.lineView(document.lineIndexOfExample(int(index))); },
        std::move(lineNumbers), encoding, progress, cancel);
}

namespace {

QThreadPool &countingPool()
{
    static QThreadPool pool;
    return pool;
}

} // namespace

DatasetTokenCounter::Result DatasetTokenCounter::count(qsizetype exampleCount, const LineFunction &line,
                                                       std::vector<int> lineNumbers, EncodingId encoding,
                                                       const ProgressFunction &progress,
                                                       const std::atomic_bool *cancel)
{
    Result result;
    result.examples.resize(std::size_t(exampleCount));
    result.lineNumbers = std::move(lineNumbers);
    const ChatTokenCounter counter(encoding);

    std::vector<qsizetype> chunkStarts;
    for (qsizetype start = 0; start < exampleCount; start += ChunkSize)
        chunkStarts.push_back(start);
    std::atomic<qint64> done = 0;
    std::atomic_bool stopped = false;
    // A pool of its own: callers are often workers of the global pool themselves (statistics, the list's token
    // column, the training data check), and a map queued behind its own blocked callers would never run.
    QtConcurrent::blockingMap(&countingPool(), chunkStarts, [&](qsizetype start) {
        if (stopped.load(std::memory_order_relaxed) || (cancel && cancel->load(std::memory_order_relaxed))) {
            stopped = true;
            return;
        }
        const qsizetype end = std::min(start + ChunkSize, exampleCount);
        for (qsizetype index = start; index < end; ++index)
            result.examples[std::size_t(index)] = counter.count(line(index));
        const qint64 total = done.fetch_add(end - start) + (end - start);
        if (progress)
            progress(total, exampleCount);
    });
    result.cancelled = stopped || (cancel && cancel->load());
    return result;
}

} // namespace Fts::Core
