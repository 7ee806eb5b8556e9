// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/DatasetValidator.h"
#include "core/validation/ValidationReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Fts::Core {

class JsonlDocument;

/**
 * Opens a dataset without blocking the calling (GUI) thread: maps and indexes the file, then validates it
 * across the thread pool, with progress and cancel. When finished(true) arrives, takeDocument() hands over
 * the document (now living in the loader's thread) and report() has the validation result.
 *
 *     auto *loader = new DatasetLoader(this);
 *     connect(loader, &DatasetLoader::progressChanged, bar, &QProgressBar::setValue);
 *     connect(loader, &DatasetLoader::finished, this, [=](bool ok) { if (ok) show(loader->takeDocument(this)); });
 *     loader->start(path);
 */
class DatasetLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetLoader)
public:
    enum class Stage { Indexing, Validating };
    Q_ENUM(Stage)

    explicit DatasetLoader(QObject *parent = nullptr);
    /** Cancels a running load and waits for the worker (which stops within milliseconds). */
    ~DatasetLoader() override;

    void setRuleSet(DatasetValidator::RuleSet ruleSet) { m_ruleSet = ruleSet; }
    DatasetValidator::RuleSet ruleSet() const { return m_ruleSet; }

    /** Starts loading @p path; a load already running is cancelled first. */
    void start(const QString &path);
    /** Asks the worker to stop; finished(false) follows with cancelled() true. */
    void cancel();
    bool isRunning() const;

    QString filePath() const { return m_path; }
    /** After finished(true): the loaded document, reparented to @p parent. Only the first call gets it. */
    JsonlDocument *takeDocument(QObject *parent = nullptr);
    ValidationReport report() const { return m_report; }
    /** After finished(false): why (translated), or empty when cancelled. */
    QString errorMessage() const { return m_errorMessage; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    /** Overall progress 0–100 (indexing counts for the first 10). */
    void progressChanged(int percent);
    void stageChanged(Fts::Core::DatasetLoader::Stage stage);
    void finished(bool success);

private:
    struct Result;
    void onWorkerFinished();

    DatasetValidator::RuleSet m_ruleSet = DatasetValidator::RuleSet::OpenAi;
    QString m_path;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    std::unique_ptr<JsonlDocument> m_document;
    ValidationReport m_report;
    QString m_errorMessage;
    bool m_cancelled = false;
    std::atomic_int m_lastPercent = -1; // written by worker threads
};

} // namespace Fts::Core
