// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/bulk/BulkPreviewModel.h"

#include <QPoint>

namespace Fts::Core {

BulkPreviewModel::BulkPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BulkPreviewModel::setPlan(const BulkPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void BulkPreviewModel::clear()
{
    setPlan(BulkPlan());
}

int BulkPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.previewItems.size());
}

int BulkPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkPreviewModel::afterText(const BulkPreviewItem &item) const
{
    if (!item.after.isEmpty())
        return item.after;
    switch (m_plan.operation.kind) {
    case BulkOperation::Kind::DeleteMatching:
        return tr("(deleted)");
    case BulkOperation::Kind::RemoveDuplicates:
        return tr("(removed)");
    default:
        return tr("(empty)");
    }
}

QString BulkPreviewModel::fieldLabel(const QString &field, int changes)
{
    return changes > 1 ? tr("%1 (%n matches)", nullptr, changes).arg(field) : field;
}

QString BulkPreviewModel::markedHtml(const QString &text, const QList<TextSpan> &marks, bool removal)
{
    // Translucent colours read on light and dark palettes alike.
    const QString open = removal
        ? QStringLiteral("<span style=\"background-color:rgba(229,57,53,0.28);text-decoration:line-through\">")
        : QStringLiteral("<span style=\"background-color:rgba(67,160,71,0.32)\">");
    const QString close = QStringLiteral("</span>");
    QString html;
    html.reserve(text.size() + marks.size() * 80);
    qsizetype at = 0;
    for (const TextSpan &mark : marks) {
        if (mark.start < at || mark.start > text.size())
            continue;
        html += QStringView(text).mid(at, mark.start - at).toString().toHtmlEscaped();
        // An insertion point (zero-length match) shows as a thin marker so that it can be seen at all.
        const QString body = QStringView(text).mid(mark.start, mark.length).toString().toHtmlEscaped();
        html += open + (body.isEmpty() ? QStringLiteral("&#8203;") : body) + close;
        at = mark.start + mark.length;
    }
    html += QStringView(text).mid(at).toString().toHtmlEscaped();
    return html;
}

QVariant BulkPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BulkPreviewItem &item = m_plan.previewItems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn:
            return item.lineNumber;
        case FieldColumn:
            return role == Qt::DisplayRole ? fieldLabel(item.field, item.changes) : item.field;
        case BeforeColumn:
            return item.before;
        case AfterColumn:
            return afterText(item);
        }
        break;
    case HtmlRole:
        if (index.column() == BeforeColumn)
            return markedHtml(item.before, item.beforeMarks, true);
        if (index.column() == AfterColumn) {
            if (item.after.isEmpty())
                return QStringLiteral("<i>%1</i>").arg(afterText(item).toHtmlEscaped());
            return markedHtml(item.after, item.afterMarks, false);
        }
        break;
    case MarksRole:
        if (index.column() == BeforeColumn || index.column() == AfterColumn) {
            QVariantList marks;
            for (const TextSpan &mark : index.column() == BeforeColumn ? item.beforeMarks : item.afterMarks)
                marks.append(QPoint(mark.start, mark.length));
            return marks;
        }
        break;
    case ExampleRowRole:
        return item.row;
    case PointerRole:
        return item.pointer;
    case Qt::TextAlignmentRole:
        // At the top, level with the first line of the rich-text Before and After cells.
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignTop);
        if (index.column() == FieldColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignTop);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant BulkPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return QVariant();
    }
}

} // namespace Fts::Core

#include "moc_BulkPreviewModel.cpp"
