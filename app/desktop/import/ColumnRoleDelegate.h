// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Fts {

/**
 * A role selector for the "Becomes" column of the mapping table: a combo box that commits as soon as a
 * role is picked, meant to be shown as a persistent editor so every column's choice is visible.
 */
class ColumnRoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnRoleDelegate)
public:
    explicit ColumnRoleDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Fts
