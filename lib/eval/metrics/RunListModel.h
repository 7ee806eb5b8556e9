// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Fts::Eval {

class RunStore;

/**
 * The jobs list: one row per run of a profile (plus imported runs), newest first, with the status, the
 * model, the step of total steps and the time left. Kept in step with the RunStore signals.
 */
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)
public:
    enum Column { StatusColumn, NameColumn, ModelColumn, CreatedColumn, ElapsedColumn, ProgressColumn,
                  FinishColumn, TrainedTokensColumn, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole, ActiveRole, SortRole };

    explicit RunListModel(RunStore *store, QObject *parent = nullptr);

    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }
    QString runId(int row) const;
    int rowOf(const QString &runId) const;
    /** "Now" for elapsed times; tests pin it. An invalid time means the system clock. */
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatDuration(qint64 seconds);

private:
    void reload();
    void onRunAdded(const QString &id);
    void onRunUpdated(const QString &id);
    void onRunRemoved(const QString &id);
    bool belongs(const QString &id) const;
    QDateTime now() const;

    QPointer<RunStore> m_store;
    QString m_profile;
    QStringList m_ids;
    QDateTime m_now;
};

} // namespace Fts::Eval
