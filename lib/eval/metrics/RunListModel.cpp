// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/RunListModel.h"

#include "eval/metrics/RunStore.h"

#include <QColor>
#include <QLocale>

namespace Fts::Eval {

RunListModel::RunListModel(RunStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &RunStore::runAdded, this, &RunListModel::onRunAdded);
    connect(store, &RunStore::runUpdated, this, &RunListModel::onRunUpdated);
    connect(store, &RunStore::runRemoved, this, &RunListModel::onRunRemoved);
    reload();
}

void RunListModel::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    reload();
}

void RunListModel::reload()
{
    beginResetModel();
    m_ids = m_store ? m_store->runIds(m_profile) : QStringList();
    endResetModel();
}

bool RunListModel::belongs(const QString &id) const
{
    const RunRecord record = m_store->record(id);
    return m_profile.isEmpty() || record.profile() == m_profile || record.source() == RunRecord::Source::Imported;
}

void RunListModel::onRunAdded(const QString &id)
{
    if (!belongs(id) || m_ids.contains(id))
        return;
    // Keep the store's order (newest first) by inserting where the fresh list puts it.
    const QStringList ordered = m_store->runIds(m_profile);
    int row = 0;
    for (const QString &other : ordered) {
        if (other == id)
            break;
        if (m_ids.contains(other))
            ++row;
    }
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void RunListModel::onRunUpdated(const QString &id)
{
    const int row = m_ids.indexOf(id);
    if (row < 0) {
        onRunAdded(id);
        return;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunListModel::onRunRemoved(const QString &id)
{
    const int row = m_ids.indexOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

QString RunListModel::runId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QString();
}

int RunListModel::rowOf(const QString &runId) const
{
    return m_ids.indexOf(runId);
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime RunListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString RunListModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const QString id = m_ids[index.row()];
    const RunRecord record = m_store->record(id);
    const RunStore::Progress progress = m_store->progress(id);
    if (role == RunIdRole)
        return id;
    if (role == StatusRole)
        return static_cast<int>(record.status());
    if (role == ActiveRole)
        return record.isActive();

    const QLocale locale;
    const QDateTime created = record.createdAt();
    const QDateTime finished = record.finishedAt();
    const qint64 elapsed = created.isValid() ? created.secsTo(finished.isValid() ? finished : (record.isActive() ? now() : created)) : -1;

    if (role == SortRole) {
        switch (index.column()) {
        case CreatedColumn: return created.isValid() ? created.toSecsSinceEpoch() : 0;
        case ElapsedColumn: return elapsed;
        case ProgressColumn: return progress.totalSteps > 0 ? double(progress.lastStep) / progress.totalSteps : 0.0;
        case TrainedTokensColumn: return record.trainedTokens();
        default: break;
        }
        role = Qt::DisplayRole;
    }

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StatusColumn: return RunRecord::statusLabel(record.status(), record.statusText());
        case NameColumn: return record.displayName();
        case ModelColumn: return record.fineTunedModel().isEmpty() ? record.model() : record.fineTunedModel();
        case CreatedColumn: return created.isValid() ? locale.toString(created.toLocalTime(), QLocale::ShortFormat) : QString();
        case ElapsedColumn:
            // Without a finish time a finished job's duration is unknown, not zero.
            if (record.source() == RunRecord::Source::Imported || (!record.isActive() && !finished.isValid()))
                return QString();
            return formatDuration(elapsed);
        case ProgressColumn:
            if (progress.totalSteps > 0)
                return tr("%1 of %2").arg(locale.toString(progress.lastStep), locale.toString(progress.totalSteps));
            return progress.lastStep > 0 ? tr("step %1").arg(locale.toString(progress.lastStep)) : QString();
        case FinishColumn: {
            const QDateTime estimate = record.estimatedFinish();
            if (!record.isActive() || !estimate.isValid())
                return QString();
            const qint64 left = now().secsTo(estimate);
            return left > 0 ? tr("in %1").arg(formatDuration(left)) : tr("any moment");
        }
        case TrainedTokensColumn:
            return record.trainedTokens() >= 0 ? locale.toString(record.trainedTokens()) : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn && !record.errorMessage().isEmpty())
            return record.errorMessage();
        if (index.column() == NameColumn)
            return id;
        if (index.column() == FinishColumn && record.estimatedFinish().isValid())
            return locale.toString(record.estimatedFinish().toLocalTime(), QLocale::LongFormat);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (record.status()) {
        case RunRecord::Status::Succeeded: return QColor(0x1b, 0x7f, 0x3b);
        case RunRecord::Status::Failed: return QColor(0xb3, 0x26, 0x1e);
        case RunRecord::Status::Running: return QColor(0x1a, 0x5f, 0xb4);
        case RunRecord::Status::Cancelled:
        case RunRecord::Status::Paused: return QColor(0x80, 0x80, 0x80);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == TrainedTokensColumn || index.column() == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case NameColumn: return tr("Name");
    case ModelColumn: return tr("Model");
    case CreatedColumn: return tr("Created");
    case ElapsedColumn: return tr("Elapsed");
    case ProgressColumn: return tr("Step");
    case FinishColumn: return tr("Finishes");
    case TrainedTokensColumn: return tr("Trained tokens");
    default: return {};
    }
}

} // namespace Fts::Eval

#include "moc_RunListModel.cpp"
