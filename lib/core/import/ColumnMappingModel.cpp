// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ColumnMappingModel.h"

namespace Fts::Core {

namespace {

constexpr int s_samplesPerColumn = 5;
constexpr int s_sampleLength = 60;

QString elided(const QString &text, int length)
{
    const QString simple = text.left(length * 4).simplified();
    return simple.size() > length ? simple.left(length - 1) + QChar(0x2026) : simple;
}

} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ColumnMappingModel::setTable(const QStringList &columnNames, const QList<CsvRecord> &rows,
                                  const ColumnMapping &mapping)
{
    beginResetModel();
    m_names = columnNames;
    m_mapping = mapping;
    m_samples.clear();
    for (int column = 0; column < columnNames.size(); ++column) {
        QStringList samples;
        for (const CsvRecord &record : rows) {
            if (samples.size() >= s_samplesPerColumn)
                break;
            const QString cell = record.fields.value(column);
            if (!cell.trimmed().isEmpty())
                samples.append(cell);
        }
        m_samples.append(samples);
        m_mapping.setRole(column, mapping.role(column));
    }
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_names.at(row);
        break;
    case SamplesColumn:
        if (role == Qt::DisplayRole) {
            QStringList shown;
            for (const QString &sample : m_samples.at(row).mid(0, 3))
                shown.append(elided(sample, s_sampleLength));
            return shown.join(QStringLiteral("  ·  "));
        }
        if (role == Qt::ToolTipRole) {
            QStringList shown;
            for (const QString &sample : m_samples.at(row))
                shown.append(elided(sample, s_sampleLength * 3));
            return shown.join(QLatin1Char('\n'));
        }
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return ColumnMapping::roleName(m_mapping.role(row));
        if (role == Qt::EditRole)
            return int(m_mapping.role(row));
        break;
    default:
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != RoleColumn || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int roleValue = value.toInt(&ok);
    if (!ok || !ColumnMapping::allRoles().contains(ColumnRole(roleValue)))
        return false;
    if (m_mapping.role(index.row()) == ColumnRole(roleValue))
        return true;
    m_mapping.setRole(index.row(), ColumnRole(roleValue));
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RoleColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Column");
    case SamplesColumn:
        return tr("Sample values");
    case RoleColumn:
        return tr("Becomes");
    default:
        return {};
    }
}

} // namespace Fts::Core

#include "moc_ColumnMappingModel.cpp"
