// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ExampleListModel.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/DatasetSplitNames.h"
#include "core/editing/ExampleJson.h"

#include <QJsonArray>

namespace Fts::Core {

ExampleListModel::ExampleListModel(DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    const auto resetAll = [this] {
        beginResetModel();
        m_summaries = QList<Summary>(m_document->exampleCount());
        m_statuses = QList<Status>(m_document->exampleCount(), Status::Unknown);
        m_tokens.clear();
        endResetModel();
    };
    resetAll();
    connect(document, &DatasetDocument::contentReset, this, resetAll);
    connect(document, &DatasetDocument::examplesChanged, this, [this](int first, int last) {
        invalidate(first, last);
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
    connect(document, &DatasetDocument::splitsChanged, this, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, SplitColumn), index(last, SplitColumn));
    });
    connect(document, &DatasetDocument::examplesAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(document, &DatasetDocument::examplesInserted, this, [this](int first, int last) {
        const int count = last - first + 1;
        m_summaries.insert(first, count, Summary{});
        m_statuses.insert(first, count, Status::Unknown);
        if (!m_tokens.isEmpty())
            m_tokens.insert(first, count, -1);
        endInsertRows();
        // Row numbers and line numbers below the insertion moved.
        if (last + 1 < rowCount())
            Q_EMIT dataChanged(index(last + 1, IndexColumn), index(rowCount() - 1, IndexColumn));
    });
    connect(document, &DatasetDocument::examplesAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows(QModelIndex(), first, last); });
    connect(document, &DatasetDocument::examplesRemoved, this, [this](int first, int last) {
        const int count = last - first + 1;
        m_summaries.remove(first, count);
        m_statuses.remove(first, count);
        if (!m_tokens.isEmpty())
            m_tokens.remove(first, count);
        endRemoveRows();
        if (first < rowCount())
            Q_EMIT dataChanged(index(first, IndexColumn), index(rowCount() - 1, IndexColumn));
    });
    connect(document, &DatasetDocument::exampleAboutToBeMoved, this, [this](int from, int to) {
        // QList::move(from, to) puts the row at `to`; beginMoveRows wants the row it lands before.
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    });
    connect(document, &DatasetDocument::exampleMoved, this, [this](int from, int to) {
        m_summaries.move(from, to);
        m_statuses.move(from, to);
        if (!m_tokens.isEmpty())
            m_tokens.move(from, to);
        endMoveRows();
        Q_EMIT dataChanged(index(qMin(from, to), IndexColumn), index(qMax(from, to), IndexColumn));
    });
}

ExampleListModel::~ExampleListModel() = default;

int ExampleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->exampleCount();
}

int ExampleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExampleListModel::Summary &ExampleListModel::summary(int row) const
{
    Summary &summary = m_summaries[row];
    if (!summary.computed) {
        bool ok = false;
        const QJsonObject example = m_document->example(row, &ok);
        summary.parsed = ok;
        summary.computed = true;
        if (ok) {
            summary.preview = ExampleJson::preview(example);
            summary.messageCount = int(ExampleJson::messages(example).size());
            if (example.contains(QLatin1String("preferred_output")))
                summary.messageCount += 1;
        } else {
            summary.preview = QString::fromUtf8(m_document->exampleLine(row).left(200)).simplified();
        }
    }
    return summary;
}

void ExampleListModel::invalidate(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_summaries[row] = Summary{};
        if (m_statuses.at(row) != Status::Error)
            m_statuses[row] = Status::Unknown;
    }
}

ExampleListModel::Status ExampleListModel::status(int row) const
{
    if (!summary(row).parsed)
        return Status::Error;
    return m_statuses.value(row, Status::Unknown);
}

QVariant ExampleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return row + 1;
        case PreviewColumn:
            return summary(row).preview;
        case MessagesColumn:
            return summary(row).parsed ? QVariant(summary(row).messageCount) : QVariant();
        case TokensColumn:
            return m_tokens.value(row, -1) >= 0 ? QVariant(m_tokens.at(row)) : QVariant();
        case SplitColumn:
            return m_document->split(row) == DatasetSplit::Unassigned
                ? QString()
                : DatasetSplitNames::displayName(m_document->split(row));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return m_statusIcons.value(int(status(row)));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            switch (status(row)) {
            case Status::Error:
                return summary(row).parsed ? tr("This example has errors") : tr("This line is not a JSON object");
            case Status::Warning:
                return tr("This example has warnings");
            case Status::Valid:
                return tr("No problems found");
            case Status::Unknown:
                return tr("Not validated yet");
            }
        }
        if (index.column() == PreviewColumn)
            return summary(row).preview;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IndexColumn || index.column() == MessagesColumn || index.column() == TokensColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return data(index, Qt::ToolTipRole);
        return {};
    case StatusRole:
        return int(status(row));
    case LineNumberRole:
        return m_document->lineNumber(row);
    case SplitRole:
        return int(m_document->split(row));
    default:
        return {};
    }
}

QVariant ExampleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case StatusColumn:
        return tr("Status");
    case PreviewColumn:
        return tr("First user message");
    case MessagesColumn:
        return tr("Messages");
    case TokensColumn:
        return tr("Tokens");
    case SplitColumn:
        return tr("Split");
    default:
        return {};
    }
}

void ExampleListModel::setStatusIcons(const QList<QIcon> &icons)
{
    m_statusIcons = icons;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DecorationRole});
}

void ExampleListModel::setValidationStatuses(const QHash<int, Status> &statuses)
{
    for (int row = 0; row < m_statuses.size(); ++row)
        m_statuses[row] = statuses.value(row, Status::Valid);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole, StatusRole});
}

void ExampleListModel::setRowStatus(int row, Status status)
{
    if (row < 0 || row >= m_statuses.size() || m_statuses.at(row) == status)
        return;
    m_statuses[row] = status;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn),
                       {Qt::DecorationRole, Qt::ToolTipRole, StatusRole});
}

void ExampleListModel::setValidationReport(const ValidationReport &report)
{
    QHash<int, Status> statuses;
    for (const ValidationIssue &issue : report.issues) {
        const int row = m_document->rowForLine(issue.line);
        if (row < 0)
            continue;
        Status &status = statuses[row];
        if (issue.isError())
            status = Status::Error;
        else if (status != Status::Error)
            status = Status::Warning;
    }
    setValidationStatuses(statuses);
}

void ExampleListModel::setTokenCounts(const QList<int> &tokens)
{
    m_tokens = tokens;
    m_tokens.resize(rowCount(), -1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TokensColumn), index(rowCount() - 1, TokensColumn));
}

} // namespace Fts::Core
