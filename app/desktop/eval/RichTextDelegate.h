// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Fts {

/**
 * Paints a cell's HTML (the word diff of an answer) instead of its plain text, clipped to the cell, over the
 * model's background colour (pass/fail) and the selection highlight.
 */
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RichTextDelegate)
public:
    /** @p htmlRole is the model role holding the HTML; cells without it fall back to plain painting. */
    explicit RichTextDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace Fts
