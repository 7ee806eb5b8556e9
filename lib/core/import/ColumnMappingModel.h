// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ColumnMapping.h"
#include "core/import/CsvReader.h"

#include <QAbstractTableModel>

namespace Fts::Core {

/**
 * The columns of an imported table as rows: the column's name, a few sample values and the role it is
 * mapped to (editable: Qt::EditRole takes and gives the ColumnRole as an int).
 */
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingModel)
public:
    enum Column { NameColumn, SamplesColumn, RoleColumn, ColumnCount };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    /** Shows @p columnNames with samples from @p rows, mapped as @p mapping says. */
    void setTable(const QStringList &columnNames, const QList<CsvRecord> &rows, const ColumnMapping &mapping);
    ColumnMapping mapping() const { return m_mapping; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** A column's role was changed through setData(). */
    void mappingChanged();

private:
    QStringList m_names;
    QList<QStringList> m_samples;
    ColumnMapping m_mapping;
};

} // namespace Fts::Core
