// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/bulk/BulkPlan.h"

#include <QAbstractTableModel>

namespace Fts::Core {

/**
 * The preview of a bulk edit: one row per changed field or example with its file line, the field, and the
 * text before and after with the changed parts marked (HtmlRole for a rich-text delegate, MarksRole for
 * anyone drawing their own).
 */
class BulkPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPreviewModel)
public:
    enum Column { LineColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role {
        /** The cell as HTML with the marked spans highlighted (Before and After columns). */
        HtmlRole = Qt::UserRole + 1,
        /** QList<QVariant> of QPoint(start, length) spans in the display text. */
        MarksRole,
        /** The document row of the example. */
        ExampleRowRole,
        /** The changed value's JSON pointer, empty for whole examples. */
        PointerRole,
    };

    explicit BulkPreviewModel(QObject *parent = nullptr);

    void setPlan(const BulkPlan &plan);
    const BulkPlan &plan() const { return m_plan; }
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The Field column's text: @p field, with the number of @p changes when there are several. */
    static QString fieldLabel(const QString &field, int changes);
    /** @p text as HTML with @p marks on a highlight: red for what goes, green for what comes. */
    static QString markedHtml(const QString &text, const QList<TextSpan> &marks, bool removal);

private:
    QString afterText(const BulkPreviewItem &item) const;

    BulkPlan m_plan;
};

} // namespace Fts::Core
