// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/IssueListModel.h"

#include <algorithm>

namespace Fts::Core {

IssueListModel::IssueListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IssueListModel::setReport(const ValidationReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void IssueListModel::replaceLineIssues(int line, const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue> &all = m_report.issues;
    const auto lineLess = [](const ValidationIssue &issue, int value) { return issue.line < value; };
    const auto first = std::lower_bound(all.begin(), all.end(), line, lineLess);
    auto last = first;
    while (last != all.end() && last->line == line)
        ++last;
    const int firstRow = int(first - all.begin());
    const int oldCount = int(last - first);
    if (oldCount > 0) {
        beginRemoveRows(QModelIndex(), firstRow, firstRow + oldCount - 1);
        all.erase(first, last);
        endRemoveRows();
    }
    if (!issues.isEmpty()) {
        beginInsertRows(QModelIndex(), firstRow, firstRow + int(issues.size()) - 1);
        for (qsizetype i = 0; i < issues.size(); ++i)
            all.insert(firstRow + i, issues.at(i));
        endInsertRows();
    }
    m_report.recount();
}

void IssueListModel::shiftLines(int line, int delta)
{
    int firstChanged = -1;
    for (int row = 0; row < m_report.issues.size(); ++row) {
        ValidationIssue &issue = m_report.issues[row];
        if (issue.line >= line && issue.line > 0) {
            issue.line += delta;
            if (firstChanged < 0)
                firstChanged = row;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, LineColumn), index(rowCount() - 1, MessageColumn));
}

void IssueListModel::setSeverityIcons(const QIcon &error, const QIcon &warning)
{
    m_errorIcon = error;
    m_warningIcon = warning;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn), {Qt::DecorationRole});
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.issues.size());
}

int IssueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ValidationIssue &issue = m_report.issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return issue.line > 0 ? QVariant(issue.line) : QVariant(tr("file"));
        case SeverityColumn:
            return ValidationIssue::severityDisplayName(issue.severity);
        case MessageColumn:
            return issue.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return issue.isError() ? m_errorIcon : m_warningIcon;
        return {};
    case Qt::ToolTipRole:
        return issue.path.isEmpty() ? issue.fullMessage()
                                    : tr("%1\n(%2, %3)").arg(issue.fullMessage(), issue.kind, issue.path);
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case LineRole:
        return issue.line;
    case KindRole:
        return issue.kind;
    case PathRole:
        return issue.path;
    case IsErrorRole:
        return issue.isError();
    default:
        return {};
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Fts::Core

#include "moc_IssueListModel.cpp"
