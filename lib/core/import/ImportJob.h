// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ImportResult.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Fts::Core {

/**
 * Runs one conversion (CSV, prompt/completion, …) in the thread pool with progress and cancel, so that a
 * large import never blocks the GUI thread. finished() arrives in the job's thread; result() then holds the
 * examples, or cancelled set.
 *
 *     job->start([settings](const auto &progress, const std::atomic_bool *cancel) {
 *         return CsvImporter::convert(settings, progress, cancel);
 *     });
 */
class ImportJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)
public:
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;
    using Work = std::function<ImportResult(const ProgressFunction &progress, const std::atomic_bool *cancel)>;

    explicit ImportJob(QObject *parent = nullptr);
    /** Cancels a running conversion and waits for it (conversions check the flag every few hundred rows). */
    ~ImportJob() override;

    /** Starts @p work; a conversion still running is cancelled and its result dropped. */
    void start(const Work &work);
    /** Asks the conversion to stop; finished() still comes, with a result marked cancelled. */
    void cancel();
    /**
     * Stops the conversion and forgets it: no finished() or progressChanged() follows, even when the work had
     * already ended, and result() is empty. For when what it converted no longer applies (another file, a mapping
     * with a problem).
     */
    void discard();
    bool isRunning() const { return m_watcher.isRunning(); }
    ImportResult result() const { return m_result; }

Q_SIGNALS:
    void progressChanged(int percent);
    void finished();

private:
    void stop();

    QFutureWatcher<ImportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic_int> m_lastPercent;
    ImportResult m_result;
};

} // namespace Fts::Core
