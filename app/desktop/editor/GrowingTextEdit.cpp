// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/GrowingTextEdit.h"

#include <QFontMetrics>
#include <QTextBlock>
#include <QTextLayout>

namespace Fts {

GrowingTextEdit::GrowingTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QPlainTextEdit::textChanged, this, &GrowingTextEdit::fitHeight);
    fitHeight();
}

int GrowingTextEdit::heightForWidth(int width) const
{
    // QPlainTextEdit lays out blocks lazily, so its document size lags behind a width change: lay the text out
    // here at the width the viewport will have.
    const qreal margin = document()->documentMargin();
    const qreal lineWidth = qMax<qreal>(1, width - 2 * frameWidth() - 2 * margin);
    const QFontMetrics metrics(font());
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextLayout layout(block.text(), font());
        QTextOption option = document()->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        int blockLines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(lineWidth);
            ++blockLines;
        }
        layout.endLayout();
        lines += qMax(1, blockLines);
    }
    const int height = qMax(2, lines) * metrics.lineSpacing() + int(2 * margin) + 2 * frameWidth() + 4;
    return qMin(height, maximumGrowth());
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void GrowingTextEdit::fitHeight()
{
    const int wanted = heightForWidth(width());
    if (wanted != height())
        setFixedHeight(wanted);
}

} // namespace Fts
