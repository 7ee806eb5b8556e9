// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/ImportPreviewView.h"

#include "desktop/Colours.h"

#include "core/import/ImportPreviewModel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace Fts {

namespace {

/** Paints the role tint under each cell and a rule above the first message of every example. */
class RoleTintDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // Here rather than in paint(): the column is sized from the size hint, which must measure the bold text.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == Core::ImportPreviewModel::RoleColumn) {
            option->font.setBold(true);
            option->fontMetrics = QFontMetrics(option->font);
        }
        // One line per message: line breaks (which the base class turned into line separators) show as ↵, as
        // in the bulk edit preview, rather than as a cut after the first line.
        if (index.column() == Core::ImportPreviewModel::ContentColumn)
            option->text.replace(QChar::LineSeparator, QChar(0x21B5)).replace(QLatin1Char('\n'), QChar(0x21B5));
    }

public:

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString role = index.data(Core::ImportPreviewModel::MessageRoleRole).toString();
        if (!(option.state & QStyle::State_Selected))
            painter->fillRect(option.rect, Colours::roleTint(role, option.palette.color(QPalette::Base), 0.12));
        QStyledItemDelegate::paint(painter, option, index);
        const int example = index.data(Core::ImportPreviewModel::ExampleIndexRole).toInt();
        const QModelIndex above = index.siblingAtRow(index.row() - 1);
        if (index.row() > 0 && above.data(Core::ImportPreviewModel::ExampleIndexRole).toInt() != example) {
            painter->save();
            painter->setPen(option.palette.color(QPalette::Mid));
            painter->drawLine(option.rect.topLeft(), option.rect.topRight());
            painter->restore();
        }
    }
};

} // namespace

ImportPreviewView::ImportPreviewView(Core::ImportPreviewModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setAccessibleName(tr("Preview of the imported examples"));
    setModel(model);
    setItemDelegate(new RoleTintDelegate(this));
    setShowGrid(false);
    setWordWrap(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(Core::ImportPreviewModel::ExampleColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Core::ImportPreviewModel::RoleColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

} // namespace Fts
