// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/ColumnRoleDelegate.h"

#include "core/import/ColumnMapping.h"

#include <QComboBox>

namespace Fts {

ColumnRoleDelegate::ColumnRoleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *ColumnRoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("roleSelector%1").arg(index.row()));
    combo->setAccessibleName(tr("Role of column %1").arg(index.siblingAtColumn(0).data().toString()));
    for (Core::ColumnRole role : Core::ColumnMapping::allRoles())
        combo->addItem(Core::ColumnMapping::roleName(role), int(role));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ColumnRoleDelegate *>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void ColumnRoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole));
    if (at >= 0 && at != combo->currentIndex())
        combo->setCurrentIndex(at);
}

void ColumnRoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Fts
