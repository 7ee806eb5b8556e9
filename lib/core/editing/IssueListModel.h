// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ValidationReport.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace Fts::Core {

/** The validation issues of a dataset as a table: line, severity, message. */
class IssueListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueListModel)
public:
    enum Column { LineColumn, SeverityColumn, MessageColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, KindRole, PathRole, IsErrorRole };

    explicit IssueListModel(QObject *parent = nullptr);

    void setReport(const ValidationReport &report);
    const ValidationReport &report() const { return m_report; }
    /** Replaces the issues of one line (after an edit was checked on its own). */
    void replaceLineIssues(int line, const QList<ValidationIssue> &issues);
    /** Shifts line numbers at or after @p line by @p delta (examples inserted or removed above them). */
    void shiftLines(int line, int delta);
    /** Severity icons (error, warning); the widgets provide them. */
    void setSeverityIcons(const QIcon &error, const QIcon &warning);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ValidationReport m_report;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace Fts::Core
