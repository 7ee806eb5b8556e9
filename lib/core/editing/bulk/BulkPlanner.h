// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/bulk/BulkPlan.h"
#include "core/editing/bulk/BulkSnapshot.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Fts::Core {

/**
 * Plans bulk operations off the GUI thread: start() returns at once, progressChanged() reports, and
 * finished() delivers the plan of the latest start() (an earlier one still running is cancelled and its
 * result dropped), so a preview can re-plan on every keystroke.
 *
 * The work is split into chunks of rows that all cores take in turn; untouched examples are recognised
 * from their raw bytes whenever possible and never parsed.
 */
class BulkPlanner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPlanner)
public:
    /** (rows done, rows total); called from worker threads. */
    using ProgressFunction = std::function<void(int done, int total)>;

    explicit BulkPlanner(QObject *parent = nullptr);
    /** Cancels and waits for the workers. */
    ~BulkPlanner() override;

    void start(std::shared_ptr<const BulkSnapshot> snapshot, const BulkOperation &operation);
    void cancel();
    bool isRunning() const;

    /** The plan itself, synchronously (tests, benchmarks, workers); returns a cancelled plan when @p cancel is set. */
    static BulkPlan plan(const BulkSnapshot &snapshot, const BulkOperation &operation,
                         const std::atomic_bool *cancel = nullptr, const ProgressFunction &progress = {});

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(const Fts::Core::BulkPlan &plan);

private:
    void onFinished();

    QFutureWatcher<BulkPlan> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<BulkPlan>> m_running;
    std::atomic_int m_lastPercent{-1};
};

} // namespace Fts::Core
