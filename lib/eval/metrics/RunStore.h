// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/metrics/MetricHistory.h"
#include "eval/metrics/RunRecord.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Fts::Eval {

/**
 * Every run the dashboard knows (provider jobs of all profiles and imported CSVs) with their metric
 * histories, persisted in a local SQLite file so the dashboard opens instantly and shows finished runs
 * without a network. Histories load lazily on first use; changes are written in the background of the
 * event loop (coalesced, incremental from the first changed step) and flushed on destruction.
 */
class RunStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStore)
public:
    struct Progress
    {
        int lastStep = 0;
        int totalSteps = 0;
    };

    explicit RunStore(QObject *parent = nullptr);
    ~RunStore() override;

    /** The per-user database file under the application data directory. */
    static QString defaultPath();
    /** Opens (creating if needed) the database; ":memory:" keeps nothing. Loads the run list. */
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return !m_connection.isEmpty(); }

    /** Newest first; runs of @p profile plus every imported run (an empty profile lists all). */
    QStringList runIds(const QString &profile = {}) const;
    bool contains(const QString &id) const { return m_records.contains(id); }
    RunRecord record(const QString &id) const { return m_records.value(id); }
    Progress progress(const QString &id) const { return m_progress.value(id); }

    /** The history of @p id, loaded from disk on first access. Call historyChanged() after changing it. */
    MetricHistory &history(const QString &id);
    void notifyHistoryChanged(const QString &id);

    /** Adds or updates a provider job; the epoch count reaches the history once it is resolved. */
    void upsertJob(const QString &profile, const QJsonObject &job);
    void putRecord(const RunRecord &record);
    void removeRun(const QString &id);

    /**
     * Reads a result CSV (OpenAI's or our export) into a new imported run and returns its id; on failure
     * returns an empty id and sets @p error to a message naming the line.
     */
    QString importCsv(const QString &path, QString *error = nullptr);

    /** Writes pending changes now (normally done by a coalescing timer). */
    bool flush(QString *error = nullptr);

Q_SIGNALS:
    void runAdded(const QString &id);
    void runUpdated(const QString &id);
    void runRemoved(const QString &id);
    void historyChanged(const QString &id);

private:
    void createSchema();
    void loadRecords();
    void loadHistory(const QString &id, MetricHistory &history);
    bool saveRecord(const RunRecord &record);
    bool saveHistory(const QString &id, MetricHistory &history);
    void scheduleSave(const QString &id);
    void updateProgress(const QString &id);

    QString m_connection;
    QHash<QString, RunRecord> m_records;
    QHash<QString, Progress> m_progress;
    std::unordered_map<QString, std::unique_ptr<MetricHistory>> m_histories;
    QSet<QString> m_dirtyRecords;
    QSet<QString> m_dirtyHistories;
    QTimer m_saveTimer;
};

} // namespace Fts::Eval
