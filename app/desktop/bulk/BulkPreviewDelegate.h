// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Fts {

/**
 * Paints every cell of the bulk edit preview from one text origin, so that the line number, the field and the
 * marked Before and After texts (BulkPreviewModel::HtmlRole) start on the same baseline. The rows have a fixed
 * height: a cell shows the whole lines that fit and ends with "…" when more of its text follows, never the
 * cut-off top of a further line.
 */
class BulkPreviewDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPreviewDelegate)
public:
    explicit BulkPreviewDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Fts
