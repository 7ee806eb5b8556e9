// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/EvaluationFilterModel.h"

#include "eval/evaluation/EvaluationTableModel.h"

namespace Fts::Eval {

EvaluationFilterModel::EvaluationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows change verdicts while a run goes on; re-sorting keeps new flips rising to the top.
    setDynamicSortFilter(true);
    sort(0);
}

void EvaluationFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

void EvaluationFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

void EvaluationFilterModel::setFlipsFirst(bool flipsFirst)
{
    if (flipsFirst == m_flipsFirst)
        return;
    m_flipsFirst = flipsFirst;
    invalidate();
    sort(0);
}

bool EvaluationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_show) {
    case Show::All: break;
    case Show::Flips:
        if (index.data(EvaluationTableModel::FlipRankRole).toInt() > 1)
            return false;
        break;
    case Show::Disagreements:
        if (!index.data(EvaluationTableModel::DisagreeRole).toBool())
            return false;
        break;
    case Show::Failures:
        if (!index.data(EvaluationTableModel::FailedRole).toBool())
            return false;
        break;
    }
    if (!m_search.isEmpty()
        && !index.data(EvaluationTableModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool EvaluationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_flipsFirst) {
        const int leftRank = left.data(EvaluationTableModel::FlipRankRole).toInt();
        const int rightRank = right.data(EvaluationTableModel::FlipRankRole).toInt();
        if (leftRank != rightRank)
            return leftRank < rightRank;
    }
    return left.data(EvaluationTableModel::PositionRole).toInt() < right.data(EvaluationTableModel::PositionRole).toInt();
}

} // namespace Fts::Eval

#include "moc_EvaluationFilterModel.cpp"
