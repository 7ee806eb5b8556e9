// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/RunStore.h"

#include "eval/metrics/MetricCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Fts::Eval {

namespace {
using Kind = MetricPoint::Kind;

QVariant nullable(double value)
{
    return std::isnan(value) ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}
} // namespace

RunStore::RunStore(QObject *parent)
    : QObject(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { flush(); });
}

RunStore::~RunStore()
{
    if (!isOpen())
        return;
    flush();
    const QString name = m_connection;
    m_connection.clear();
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QString RunStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs.sqlite");
}

bool RunStore::open(const QString &path, QString *error)
{
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = QStringLiteral("fts-runs-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = tr("Cannot open the run history %1: %2").arg(path, db.lastError().text());
        db = {};
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_connection = name;
    createSchema();
    loadRecords();
    return true;
}

void RunStore::createSchema()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, record TEXT NOT NULL, "
                          "created_at INTEGER, total_steps INTEGER, epoch_count INTEGER, last_step INTEGER)"));
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS points (run_id TEXT NOT NULL, step INTEGER NOT NULL, "
                          "train_loss REAL, train_accuracy REAL, valid_loss REAL, valid_accuracy REAL, "
                          "full_valid_loss REAL, full_valid_accuracy REAL, PRIMARY KEY (run_id, step)) WITHOUT ROWID"));
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS events (run_id TEXT NOT NULL, id TEXT NOT NULL, "
                          "json TEXT NOT NULL, PRIMARY KEY (run_id, id)) WITHOUT ROWID"));
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS checkpoints (run_id TEXT NOT NULL, id TEXT NOT NULL, "
                          "json TEXT NOT NULL, PRIMARY KEY (run_id, id)) WITHOUT ROWID"));
}

void RunStore::loadRecords()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT id, record, total_steps, last_step FROM runs"));
    while (q.next()) {
        const RunRecord record = RunRecord::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        if (record.id().isEmpty())
            continue;
        m_records.insert(record.id(), record);
        m_progress.insert(record.id(), Progress{q.value(3).toInt(), q.value(2).toInt()});
    }
}

QStringList RunStore::runIds(const QString &profile) const
{
    QList<const RunRecord *> selected;
    for (const RunRecord &record : m_records) {
        if (profile.isEmpty() || record.profile() == profile || record.source() == RunRecord::Source::Imported)
            selected.append(&record);
    }
    std::sort(selected.begin(), selected.end(), [](const RunRecord *a, const RunRecord *b) {
        const QDateTime ca = a->createdAt();
        const QDateTime cb = b->createdAt();
        if (ca != cb)
            return ca > cb;
        return a->id() < b->id();
    });
    QStringList ids;
    for (const RunRecord *record : selected)
        ids.append(record->id());
    return ids;
}

MetricHistory &RunStore::history(const QString &id)
{
    auto it = m_histories.find(id);
    if (it != m_histories.end())
        return *it->second;
    auto history = std::make_unique<MetricHistory>();
    if (isOpen())
        loadHistory(id, *history);
    const RunRecord record = m_records.value(id);
    if (record.epochCount() > 0)
        history->setEpochCount(record.epochCount());
    history->markClean();
    return *m_histories.emplace(id, std::move(history)).first->second;
}

void RunStore::loadHistory(const QString &id, MetricHistory &history)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT total_steps, epoch_count FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        history.setTotalSteps(q.value(0).toInt());
        history.setEpochCount(q.value(1).toInt());
    }
    q.prepare(QStringLiteral("SELECT step, train_loss, train_accuracy, valid_loss, valid_accuracy, full_valid_loss, "
                             "full_valid_accuracy FROM points WHERE run_id = ? ORDER BY step"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            MetricPoint point(q.value(0).toInt());
            for (int k = 0; k < MetricPoint::KindCount; ++k) {
                const QVariant v = q.value(k + 1);
                if (!v.isNull())
                    point.setValue(static_cast<Kind>(k), v.toDouble());
            }
            history.merge(point);
        }
    }
    q.prepare(QStringLiteral("SELECT json FROM checkpoints WHERE run_id = ?"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            history.mergeCheckpoint(CheckpointRecord::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
    q.prepare(QStringLiteral("SELECT json FROM events WHERE run_id = ?"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            history.mergeEvent(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
}

void RunStore::notifyHistoryChanged(const QString &id)
{
    updateProgress(id);
    scheduleSave(id);
    Q_EMIT historyChanged(id);
}

void RunStore::updateProgress(const QString &id)
{
    auto it = m_histories.find(id);
    if (it == m_histories.end())
        return;
    const Progress progress{it->second->lastStep(), it->second->totalSteps()};
    const Progress old = m_progress.value(id);
    m_progress.insert(id, progress);
    if (old.lastStep != progress.lastStep || old.totalSteps != progress.totalSteps) {
        m_dirtyRecords.insert(id);
        Q_EMIT runUpdated(id);
    }
}

void RunStore::upsertJob(const QString &profile, const QJsonObject &job)
{
    const QString id = job.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return;
    const bool known = m_records.contains(id);
    RunRecord record = known ? m_records.value(id) : RunRecord::fromJob(profile, job);
    if (known && record.job() == job)
        return;
    record.setJob(job);
    m_records.insert(id, record);
    auto historyIt = m_histories.find(id);
    if (historyIt != m_histories.end() && record.epochCount() > 0) {
        historyIt->second->setEpochCount(record.epochCount());
        m_dirtyHistories.insert(id);
    }
    m_dirtyRecords.insert(id);
    scheduleSave(id);
    if (known)
        Q_EMIT runUpdated(id);
    else
        Q_EMIT runAdded(id);
}

void RunStore::putRecord(const RunRecord &record)
{
    const bool known = m_records.contains(record.id());
    m_records.insert(record.id(), record);
    m_dirtyRecords.insert(record.id());
    scheduleSave(record.id());
    if (known)
        Q_EMIT runUpdated(record.id());
    else
        Q_EMIT runAdded(record.id());
}

void RunStore::removeRun(const QString &id)
{
    if (!m_records.remove(id))
        return;
    m_histories.erase(id);
    m_progress.remove(id);
    m_dirtyRecords.remove(id);
    m_dirtyHistories.remove(id);
    if (isOpen()) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        for (const QString &table : {QStringLiteral("runs"), QStringLiteral("points"), QStringLiteral("events"), QStringLiteral("checkpoints")}) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, table == QLatin1String("runs") ? QStringLiteral("id") : QStringLiteral("run_id")));
            q.addBindValue(id);
            q.exec();
        }
    }
    Q_EMIT runRemoved(id);
}

QString RunStore::importCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const MetricCsv::ParseResult parsed = MetricCsv::parse(file.readAll());
    if (!parsed.ok()) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), parsed.error);
        return {};
    }
    const QString id = QStringLiteral("import-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    RunRecord record = RunRecord::imported(id, QFileInfo(path).completeBaseName(), path);
    QJsonObject job{{QStringLiteral("id"), id},
                    {QStringLiteral("created_at"), QFileInfo(path).lastModified().toSecsSinceEpoch()}};
    record.setJob(job);
    MetricHistory &runHistory = history(id);
    runHistory.mergeAll(parsed.points);
    m_records.insert(id, record);
    m_dirtyRecords.insert(id);
    updateProgress(id);
    scheduleSave(id);
    Q_EMIT runAdded(id);
    return id;
}

void RunStore::scheduleSave(const QString &id)
{
    if (m_histories.count(id))
        m_dirtyHistories.insert(id);
    if (isOpen() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

bool RunStore::flush(QString *error)
{
    m_saveTimer.stop();
    if (!isOpen())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    bool ok = true;
    const QSet<QString> histories = std::exchange(m_dirtyHistories, {});
    for (const QString &id : histories) {
        auto it = m_histories.find(id);
        if (it != m_histories.end() && m_records.contains(id))
            ok = saveHistory(id, *it->second) && ok;
    }
    const QSet<QString> records = std::exchange(m_dirtyRecords, {});
    for (const QString &id : records)
        if (m_records.contains(id))
            ok = saveRecord(m_records.value(id)) && ok;
    ok = db.commit() && ok;
    if (!ok && error)
        *error = tr("Could not save the run history: %1").arg(db.lastError().text());
    return ok;
}

bool RunStore::saveRecord(const RunRecord &record)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO runs (id, record, created_at, total_steps, epoch_count, last_step) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const Progress progress = m_progress.value(record.id());
    auto it = m_histories.find(record.id());
    q.addBindValue(record.id());
    q.addBindValue(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(record.createdAt().isValid() ? record.createdAt().toSecsSinceEpoch() : 0);
    q.addBindValue(it != m_histories.end() ? it->second->totalSteps() : progress.totalSteps);
    q.addBindValue(it != m_histories.end() ? it->second->epochCount() : record.epochCount());
    q.addBindValue(progress.lastStep);
    return q.exec();
}

bool RunStore::saveHistory(const QString &id, MetricHistory &history)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO points VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto &steps = history.steps();
    bool ok = true;
    for (int i = history.dirtyFromIndex(); i < history.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(steps[i]);
        for (int k = 0; k < MetricPoint::KindCount; ++k)
            q.addBindValue(nullable(history.column(static_cast<Kind>(k))[i]));
        ok = q.exec() && ok;
    }
    QSqlQuery e(QSqlDatabase::database(m_connection));
    e.prepare(QStringLiteral("INSERT OR IGNORE INTO events VALUES (?, ?, ?)"));
    for (const RunEvent &event : history.unsavedEvents()) {
        e.addBindValue(id);
        e.addBindValue(event.id);
        e.addBindValue(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
        ok = e.exec() && ok;
    }
    // A run keeps a handful of checkpoints (the last three epochs): rewriting them is cheap and idempotent.
    QSqlQuery c(QSqlDatabase::database(m_connection));
    c.prepare(QStringLiteral("INSERT OR REPLACE INTO checkpoints VALUES (?, ?, ?)"));
    for (const CheckpointRecord &checkpoint : history.checkpoints()) {
        c.addBindValue(id);
        c.addBindValue(checkpoint.id);
        c.addBindValue(QJsonDocument(checkpoint.toJson()).toJson(QJsonDocument::Compact));
        ok = c.exec() && ok;
    }
    m_dirtyRecords.insert(id);  // total steps and epochs live in the runs row
    if (ok)
        history.markClean();
    return ok;
}

} // namespace Fts::Eval

#include "moc_RunStore.cpp"
