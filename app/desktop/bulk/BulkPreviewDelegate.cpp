// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/bulk/BulkPreviewDelegate.h"

#include "core/editing/bulk/BulkPreviewModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace Fts {

namespace {

constexpr int s_margin = 3;

/** Where the last line that fits in @p height ends, and whether text follows it. */
struct Fit
{
    qreal bottom = 0;
    QRectF lastLine;
    bool truncated = false;
};

Fit fitLines(const QTextDocument &document, qreal height)
{
    Fit fit;
    // The document lays its blocks out lazily: asking for its size does it now.
    if (document.size().height() <= 0)
        return fit;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const QRectF rect = line.naturalTextRect().translated(origin);
            if (rect.bottom() > height + 0.5) {
                fit.truncated = true;
                return fit;
            }
            fit.bottom = rect.bottom();
            fit.lastLine = rect;
        }
    }
    return fit;
}

QBrush cellBackground(const QStyleOptionViewItem &option)
{
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled
        ? (option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive)
        : QPalette::Disabled;
    if (option.state & QStyle::State_Selected)
        return option.palette.brush(group, QPalette::Highlight);
    if (option.backgroundBrush.style() != Qt::NoBrush)
        return option.backgroundBrush;
    return option.palette.brush(group, option.features & QStyleOptionViewItem::Alternate ? QPalette::AlternateBase
                                                                                         : QPalette::Base);
}

} // namespace

BulkPreviewDelegate::BulkPreviewDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void BulkPreviewDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString plain = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, alternating colour, selection and focus as the style draws them, without the text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(s_margin, 2, -s_margin, -2);
    if (textRect.width() <= 0 || textRect.height() <= 0)
        return;
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(textOption);
    const QVariant html = index.data(Core::BulkPreviewModel::HtmlRole);
    if (html.isValid())
        document.setHtml(html.toString());
    else
        document.setPlainText(plain);
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;
    if (!html.isValid() && horizontal != Qt::AlignLeft) {
        // Plain text has no alignment of its own in a document: give every block the cell's.
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setAlignment(horizontal);
            cursor.setBlockFormat(format);
        }
    }
    document.setTextWidth(textRect.width());
    const Fit fit = fitLines(document, textRect.height());

    painter->save();
    painter->translate(textRect.topLeft());
    const QRectF shown(0, 0, textRect.width(), fit.bottom);
    painter->setClipRect(shown);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    context.clip = shown;
    document.documentLayout()->draw(painter, context);
    if (fit.truncated && !fit.lastLine.isEmpty()) {
        // The ellipsis goes after the last shown line, or over its end when the line is full.
        const QString ellipsis(QChar(0x2026));
        const QFontMetricsF metrics(opt.font);
        const qreal width = metrics.horizontalAdvance(ellipsis) + 2;
        QRectF mark(fit.lastLine.right(), fit.lastLine.top(), width, fit.lastLine.height());
        if (mark.right() > shown.right()) {
            mark.moveRight(shown.right());
            painter->fillRect(mark, cellBackground(opt));
        }
        painter->setFont(opt.font);
        painter->setPen(context.palette.color(QPalette::Text));
        painter->drawText(mark, Qt::AlignRight | Qt::AlignVCenter, ellipsis);
    }
    painter->restore();
}

} // namespace Fts
