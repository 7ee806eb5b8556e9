// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/DatasetStatistics.h"
#include "core/stats/ExampleTokens.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

namespace Fts::Core {

class JsonlDocument;

/**
 * Computes DatasetStatistics for an open document in the background, for the GUI.
 *
 * start() copies the examples' bytes in the calling thread (so the user may keep editing, saving and
 * remapping the document meanwhile) and counts them on the thread pool with progress and cancel. Counts
 * are remembered by the bytes of each line, so after an edit only the changed examples are tokenized again;
 * a change of model, epochs or price alone needs no counting at all (recompute()).
 */
class DatasetStatisticsJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetStatisticsJob)
public:
    explicit DatasetStatisticsJob(QObject *parent = nullptr);
    /** Cancels a running count and waits for it (it stops within one chunk of examples). */
    ~DatasetStatisticsJob() override;

    /** Starts counting @p document for @p options; a count already running is cancelled first. */
    void start(const JsonlDocument &document, const DatasetStatistics::Options &options);
    /**
     * New figures from the last counts for other @p options (model, epochs, price), synchronously. Returns
     * false, changing nothing, when there are no counts yet or the encoding differs (then start() again).
     */
    bool recompute(const DatasetStatistics::Options &options);
    void cancel();
    bool isRunning() const;
    bool hasStatistics() const { return m_hasStatistics; }
    /** The last complete result. */
    const DatasetStatistics &statistics() const { return m_statistics; }

Q_SIGNALS:
    /** 0–100 while counting. */
    void progressChanged(int percent);
    /** New statistics are available (after start() or recompute()). */
    void statisticsChanged();
    /** A start() ended: true with new statistics, false when cancelled. */
    void finished(bool success);

private:
    struct Snapshot;
    struct Outcome;
    void onFinished();

    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QHash<quint64, ExampleTokens> m_cache;
    EncodingId m_cacheEncoding = EncodingId::O200kBase;
    std::vector<ExampleTokens> m_lastExamples;
    std::vector<int> m_lastLineNumbers;
    DatasetStatistics m_statistics;
    bool m_hasStatistics = false;
    std::atomic_int m_lastPercent = -1;
};

} // namespace Fts::Core
