// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include "core/validation/ValidationReport.h"

namespace Fts::Core {

class DatasetDocument;

/**
 * The example list: one row per example of a DatasetDocument, parsed only when a view asks for it.
 *
 * Nothing is computed at load time, so a million-row file shows its first rows at once; a row's summary
 * (preview, message count) is cached until its example changes.
 */
class ExampleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleListModel)
public:
    // The status comes first: column 0 must not change when rows are inserted above (the row number does).
    enum Column { StatusColumn, IndexColumn, PreviewColumn, MessagesColumn, TokensColumn, SplitColumn, ColumnCount };
    enum class Status : quint8 { Unknown, Valid, Warning, Error };
    enum Role { StatusRole = Qt::UserRole + 1, LineNumberRole, SplitRole };

    explicit ExampleListModel(DatasetDocument *document, QObject *parent = nullptr);
    ~ExampleListModel() override;

    DatasetDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Status icons by Status value (Unknown, Valid, Warning, Error); the widgets provide them. */
    void setStatusIcons(const QList<QIcon> &icons);
    /** Validation results for the rows, by row; rows not listed are Valid. Call with the revision validated. */
    void setValidationStatuses(const QHash<int, Status> &statuses);
    /** The same, from a validation report of the document as it is now (issues by line). */
    void setValidationReport(const ValidationReport &report);
    Status status(int row) const;
    /** The status of one row after its example was re-checked on its own. */
    void setRowStatus(int row, Status status);
    /** Token counts by row (-1 = unknown), from the statistics. */
    void setTokenCounts(const QList<int> &tokens);

private:
    struct Summary
    {
        QString preview;
        int messageCount = 0;
        bool computed = false;
        bool parsed = false;
    };
    const Summary &summary(int row) const;
    void invalidate(int first, int last);

    DatasetDocument *const m_document;
    mutable QList<Summary> m_summaries;
    QList<Status> m_statuses;
    QList<int> m_tokens;
    QList<QIcon> m_statusIcons;
};

} // namespace Fts::Core
