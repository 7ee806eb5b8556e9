// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ImportJob.h"

#include <QPointer>

#include <algorithm>
#include <QtConcurrent/QtConcurrentRun>

namespace Fts::Core {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        // discard() leaves an empty future behind, which reports itself finished: nothing to deliver.
        if (m_watcher.future().resultCount() == 0)
            return;
        m_result = m_watcher.future().result();
        Q_EMIT progressChanged(100);
        Q_EMIT finished();
    });
}

ImportJob::~ImportJob()
{
    stop();
}

void ImportJob::stop()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    if (m_watcher.isRunning()) {
        m_watcher.blockSignals(true);
        m_watcher.waitForFinished();
        m_watcher.blockSignals(false);
    }
}

void ImportJob::discard()
{
    stop();
    // A new (empty) future drops the old one's notifications that are already posted.
    m_watcher.setFuture(QFuture<ImportResult>());
    m_lastPercent.reset();
    m_result = ImportResult();
}

void ImportJob::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ImportJob::start(const Work &work)
{
    stop();
    m_result = ImportResult();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_lastPercent = std::make_shared<std::atomic_int>(-1);
    const auto cancelFlag = m_cancelFlag;
    const auto lastPercent = m_lastPercent;
    // Progress is posted to this object's thread; the guard drops it if the job is gone by then.
    QPointer<ImportJob> self(this);
    const ProgressFunction progress = [self, lastPercent, this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
        if (lastPercent->exchange(percent) == percent)
            return;
        // A discarded or restarted job has another (or no) counter: its late progress is dropped.
        QMetaObject::invokeMethod(
            this, [self, percent, lastPercent] {
                if (self && self->m_lastPercent == lastPercent)
                    Q_EMIT self->progressChanged(percent);
            }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([work, progress, cancelFlag] { return work(progress, cancelFlag.get()); }));
}

} // namespace Fts::Core

#include "moc_ImportJob.cpp"
