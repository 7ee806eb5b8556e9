// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/EvaluationRunner.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Fts::Eval {

/**
 * The side-by-side table over a runner's outcomes, one row per example, updated row by row as answers arrive.
 * Answer columns carry the word diff against the expected answer as HTML in DiffHtmlRole for a rich-text
 * delegate; the sort and filter roles feed EvaluationFilterModel.
 */
class EvaluationTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationTableModel)
public:
    enum Column { LineColumn, PromptColumn, ExpectedColumn, AnswerAColumn, AnswerBColumn, ResultColumn, ColumnCount };
    enum Role {
        DiffHtmlRole = Qt::UserRole + 1, ///< answer columns: the answer with word-level highlighting
        PassedRole,       ///< answer columns: true, false, or invalid while unknown
        FlipRole,         ///< int(ExampleOutcome::Flip)
        FlipRankRole,     ///< 0 regression, 1 win, 2 failure, 3 rest: "flips first" ordering
        SearchTextRole,   ///< everything a text search looks at
        PositionRole,     ///< index in EvaluationRunner::outcomes()
        DisagreeRole,     ///< the two verdicts differ or the answers differ
        FailedRole,       ///< at least one side is wrong or its call failed
    };

    explicit EvaluationTableModel(EvaluationRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    EvaluationRunner *runner() const { return m_runner; }
    const ExampleOutcome &outcome(int row) const;

private:
    QVariant answerData(const ExampleOutcome &outcome, bool sideB, int role) const;
    QPointer<EvaluationRunner> m_runner;
    int m_rows = 0;
};

} // namespace Fts::Eval
