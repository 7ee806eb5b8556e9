// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/DatasetStatisticsJob.h"

#include "core/dataset/JsonlDocument.h"
#include "core/stats/DatasetTokenCounter.h"
#include "core/tokenizer/BpeRankTable.h"

#include <QtConcurrent>

namespace Fts::Core {

/**
 * The examples as they are when the job starts: views into the document's file, kept mapped by `retained`
 * (a 300 MB file is not copied), and copies of the few lines edited since it was opened.
 */
struct DatasetStatisticsJob::Snapshot
{
    std::shared_ptr<const void> retained;
    std::vector<QByteArrayView> lines;
    std::vector<QByteArray> editedLines; // owners of the views of edited lines
    std::vector<int> lineNumbers;

    qsizetype size() const { return qsizetype(lineNumbers.size()); }
    QByteArrayView line(qsizetype index) const { return lines[std::size_t(index)]; }
};

struct DatasetStatisticsJob::Outcome
{
    bool cancelled = false;
    std::vector<ExampleTokens> examples;
    std::vector<int> lineNumbers;
    std::vector<quint64> hashes;
    DatasetStatistics statistics;
};

namespace {

quint64 lineHash(QByteArrayView line)
{
    return BpeRankTable::hashBytes(reinterpret_cast<const std::uint8_t *>(line.data()), std::size_t(line.size()));
}

} // namespace

DatasetStatisticsJob::DatasetStatisticsJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DatasetStatisticsJob::onFinished);
}

DatasetStatisticsJob::~DatasetStatisticsJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool DatasetStatisticsJob::isRunning() const
{
    return m_watcher.isRunning();
}

void DatasetStatisticsJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DatasetStatisticsJob::start(const JsonlDocument &document, const DatasetStatistics::Options &options)
{
    cancel();
    m_watcher.waitForFinished();

    auto snapshot = std::make_shared<Snapshot>();
    const int exampleCount = document.exampleCount();
    snapshot->retained = document.retainBytes();
    snapshot->lines.reserve(std::size_t(exampleCount));
    snapshot->lineNumbers.reserve(std::size_t(exampleCount));
    for (int i = 0; i < exampleCount; ++i) {
        const int lineIndex = document.lineIndexOfExample(i);
        snapshot->lineNumbers.push_back(JsonlDocument::lineNumber(lineIndex));
        if (document.isLineOriginal(lineIndex)) {
            snapshot->lines.push_back(document.lineView(lineIndex));
        } else {
            // The document drops an edited line's buffer when it is edited again: the job keeps its own copy.
            // std::vector may move QByteArrays on growth, but their heap buffers (and so the views) stay put.
            snapshot->editedLines.push_back(document.lineBytes(lineIndex));
            snapshot->lines.push_back(QByteArrayView(snapshot->editedLines.back()));
        }
    }

    if (m_cacheEncoding != options.encoding) {
        m_cache.clear();
        m_cacheEncoding = options.encoding;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_lastPercent = -1;
    Q_EMIT progressChanged(0);

    const QHash<quint64, ExampleTokens> cache = m_cache; // implicitly shared, read-only in the worker
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([snapshot, cache, cancelFlag, options, this] {
        auto outcome = std::make_shared<Outcome>();
        const qsizetype count = snapshot->size();
        outcome->hashes.resize(std::size_t(count));
        outcome->examples.resize(std::size_t(count));
        std::vector<qsizetype> misses;
        for (qsizetype i = 0; i < count; ++i) {
            const quint64 hash = lineHash(snapshot->line(i));
            outcome->hashes[std::size_t(i)] = hash;
            const auto cached = cache.constFind(hash);
            if (cached != cache.constEnd())
                outcome->examples[std::size_t(i)] = *cached;
            else
                misses.push_back(i);
        }
        // The destructor waits for this worker, so `this` outlives it; queued calls to a deleted object are dropped.
        auto progress = [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (m_lastPercent.exchange(percent) != percent)
                QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progressChanged(percent); },
                                          Qt::QueuedConnection);
        };
        const DatasetTokenCounter::Result counted = DatasetTokenCounter::count(
            qsizetype(misses.size()), [&](qsizetype index) { return snapshot->line(misses[std::size_t(index)]); },
            {}, options.encoding, progress, cancelFlag.get());
        if (counted.cancelled) {
            outcome->cancelled = true;
            return outcome;
        }
        for (std::size_t i = 0; i < misses.size(); ++i)
            outcome->examples[std::size_t(misses[i])] = counted.examples[i];
        outcome->lineNumbers = snapshot->lineNumbers;
        outcome->statistics = DatasetStatistics::compute(outcome->examples, outcome->lineNumbers, options);
        return outcome;
    }));
}

void DatasetStatisticsJob::onFinished()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.future().result();
    if (!outcome || outcome->cancelled) {
        Q_EMIT finished(false);
        return;
    }
    // Keep only the lines of this file: the cache follows the document instead of growing with every edit.
    QHash<quint64, ExampleTokens> cache;
    cache.reserve(qsizetype(outcome->hashes.size()));
    for (std::size_t i = 0; i < outcome->hashes.size(); ++i)
        cache.insert(outcome->hashes[i], outcome->examples[i]);
    m_cache = std::move(cache);
    m_lastExamples = std::move(outcome->examples);
    m_lastLineNumbers = std::move(outcome->lineNumbers);
    m_statistics = std::move(outcome->statistics);
    m_hasStatistics = true;
    Q_EMIT progressChanged(100);
    Q_EMIT statisticsChanged();
    Q_EMIT finished(true);
}

bool DatasetStatisticsJob::recompute(const DatasetStatistics::Options &options)
{
    if (!m_hasStatistics || options.encoding != m_statistics.options.encoding)
        return false;
    m_statistics = DatasetStatistics::compute(m_lastExamples, m_lastLineNumbers, options);
    Q_EMIT statisticsChanged();
    return true;
}

} // namespace Fts::Core

#include "moc_DatasetStatisticsJob.cpp"
