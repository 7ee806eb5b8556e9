// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/DatasetStatistics.h"
#include "core/stats/ExampleTokens.h"
#include "core/validation/ValidationReport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Fts::Core {

/**
 * The check a training file gets before it is uploaded: every validation rule (rule set "openai") and the
 * exact token counts, in the background with progress and cancel. The file is given as bytes (an extract of
 * the open dataset, unsaved edits included) with the dataset line number of each of its lines, so findings
 * name the line the user can jump to. Statistics for another model or epoch count come from the kept counts
 * (statisticsFor()) without tokenizing again, as long as the encoding stays the same.
 */
class TrainingDataCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingDataCheck)
public:
    explicit TrainingDataCheck(QObject *parent = nullptr);
    /** Cancels a running check and waits for it (it stops within one chunk). */
    ~TrainingDataCheck() override;

    /**
     * Checks @p bytes (JSONL) counting tokens with @p encoding. @p sourceLineNumbers[i] is the line number
     * to report for line i + 1 of @p bytes; empty means the lines' own numbers. A running check is cancelled.
     */
    void start(const QByteArray &bytes, const QList<int> &sourceLineNumbers, EncodingId encoding);
    void cancel();
    /** True from start() until finished() is emitted (the worker itself ends a little earlier). */
    bool isRunning() const { return m_running; }
    bool hasResult() const { return m_hasResult; }
    EncodingId encoding() const { return m_encoding; }

    /** The validation findings, with source line numbers. */
    const ValidationReport &report() const { return m_report; }
    /** Figures for @p options from the last counts; options.encoding must be encoding(). */
    DatasetStatistics statisticsFor(const DatasetStatistics::Options &options) const;

Q_SIGNALS:
    /** 0–100 while checking. */
    void progressChanged(int percent);
    /** A start() ended: true with a new result, false when cancelled. */
    void finished(bool success);

private:
    struct Outcome;
    void onFinished();

    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    EncodingId m_encoding = EncodingId::O200kBase;
    ValidationReport m_report;
    std::vector<ExampleTokens> m_examples;
    std::vector<int> m_lineNumbers;
    bool m_hasResult = false;
    bool m_running = false;
};

} // namespace Fts::Core
