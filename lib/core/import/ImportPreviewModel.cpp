// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ImportPreviewModel.h"

#include "core/editing/DatasetSplitNames.h"
#include "core/editing/ExampleJson.h"

#include <QJsonArray>

namespace Fts::Core {

namespace {
constexpr int s_shownLength = 400;
}

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::clear()
{
    setResult(ImportResult());
}

void ImportPreviewModel::setResult(const ImportResult &result, int maxExamples)
{
    beginResetModel();
    m_rows.clear();
    m_lines = result.lines.mid(0, maxExamples);
    m_sourceLines = result.sourceLines.mid(0, maxExamples);
    m_splits = result.splits.mid(0, maxExamples);
    for (int example = 0; example < m_lines.size(); ++example) {
        QJsonObject object;
        ExampleJson::parse(m_lines.at(example), &object);
        const QJsonArray messages = ExampleJson::messages(object);
        for (qsizetype i = 0; i < messages.size(); ++i)
            m_rows.append({example, i == 0, messages.at(i).toObject()});
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString messageRole = row.message.value(QLatin1String("role")).toString();
    switch (role) {
    case MessageRoleRole:
        return messageRole;
    case ExampleIndexRole:
        return row.example;
    case Qt::ToolTipRole:
        return QString::fromUtf8(m_lines.at(row.example));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ExampleColumn: {
        if (!row.firstOfExample)
            return QString();
        QString text = tr("#%1 · line %2").arg(row.example + 1).arg(m_sourceLines.value(row.example));
        const DatasetSplit split = m_splits.value(row.example, DatasetSplit::Unassigned);
        if (split != DatasetSplit::Unassigned)
            text += QStringLiteral(" · ") + DatasetSplitNames::displayName(split);
        return text;
    }
    case RoleColumn: {
        const QJsonValue weight = row.message.value(QLatin1String("weight"));
        if (weight.isDouble())
            return tr("%1 (weight %2)").arg(messageRole).arg(weight.toInt());
        return messageRole;
    }
    case ContentColumn: {
        QString text = ExampleJson::contentText(row.message.value(QLatin1String("content")));
        if (text.size() > s_shownLength)
            text = text.left(s_shownLength - 1) + QChar(0x2026);
        return text;
    }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExampleColumn:
        return tr("Example");
    case RoleColumn:
        return tr("Role");
    case ContentColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Fts::Core

#include "moc_ImportPreviewModel.cpp"
