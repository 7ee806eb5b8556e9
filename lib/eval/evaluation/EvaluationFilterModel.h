// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Fts::Eval {

/**
 * Flips first (regressions, then wins, then failures, then the rest, each in file order), narrowed to
 * disagreements or failures and to a case-insensitive text search over prompt, expected and both answers.
 */
class EvaluationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationFilterModel)
public:
    enum class Show { All, Flips, Disagreements, Failures };
    Q_ENUM(Show)

    explicit EvaluationFilterModel(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setSearchText(const QString &text);
    /** Off: plain file order (the user clicked a column header or wants the original order). */
    void setFlipsFirst(bool flipsFirst);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Show m_show = Show::All;
    QString m_search;
    bool m_flipsFirst = true;
};

} // namespace Fts::Eval
