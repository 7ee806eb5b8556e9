// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ImportResult.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace Fts::Core {

/**
 * The first converted examples as they will be written, one row per message: which example and source line
 * (on its first message), the role and the text. MessageRoleRole gives the role name so that views can
 * colour rows like the editor's message cards; the tooltip of every cell is the example's JSONL line.
 */
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)
public:
    enum Column { ExampleColumn, RoleColumn, ContentColumn, ColumnCount };
    enum DataRole { MessageRoleRole = Qt::UserRole + 1, ExampleIndexRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /** Shows the first @p maxExamples examples of @p result. */
    void setResult(const ImportResult &result, int maxExamples = 50);
    void clear();
    int exampleCount() const { return int(m_lines.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int example = 0;
        bool firstOfExample = false;
        QJsonObject message;
    };

    QList<Row> m_rows;
    QList<QByteArray> m_lines;
    QList<int> m_sourceLines;
    QList<DatasetSplit> m_splits;
};

} // namespace Fts::Core
