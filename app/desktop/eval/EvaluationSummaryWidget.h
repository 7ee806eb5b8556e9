// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/EvaluationSummary.h"

#include <QWidget>

class QLabel;
class QTableWidget;

class QChart;
class QChartView;

namespace Fts {

/**
 * The numbers of an evaluation for people: accuracy of A and B as bars with their 95% Wilson intervals as
 * whiskers, the flips and the exact McNemar p-value in plain words, and tokens, latency and cost per model.
 */
class EvaluationSummaryWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationSummaryWidget)
public:
    explicit EvaluationSummaryWidget(QWidget *parent = nullptr);

    void setSummary(const Eval::EvaluationSummary &summary);
    /** The sentence under the headline, e.g. "B is better: 27 wins against 5 regressions (p = 0.0001)." */
    QString verdictText() const;
    QChartView *chartView() const { return m_chartView; }
    QTableWidget *usageTable() const { return m_usage; }

private:
    void rebuildChart();

    Eval::EvaluationSummary m_summary;
    QLabel *m_headline = nullptr;
    QLabel *m_verdict = nullptr;
    QChartView *m_chartView = nullptr;
    QTableWidget *m_usage = nullptr;
};

} // namespace Fts
