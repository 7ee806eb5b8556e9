// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/eval/RichTextDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Fts {

RichTextDelegate::RichTextDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_htmlRole(htmlRole)
{
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant html = index.data(m_htmlRole);
    if (!html.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    document.setHtml(html.toString());
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 2, -2, -2);
    document.setTextWidth(textRect.width());
    painter->save();
    painter->translate(textRect.topLeft());
    painter->setClipRect(textRect.translated(-textRect.topLeft()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    context.clip = QRectF(0, 0, textRect.width(), textRect.height());
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Two lines per row: enough to see a short answer whole, the detail pane shows the rest.
    size.setHeight(std::max(size.height(), option.fontMetrics.lineSpacing() * 2 + 8));
    return size;
}

} // namespace Fts
