// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/eval/EvaluationSummaryWidget.h"
#include "desktop/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Fts {

namespace {

QString pct(double value)
{
    return QLocale().toString(value * 100.0, 'f', 1) + QLatin1Char('%');
}

QString pValueText(double p)
{
    if (p < 0.0001)
        return QStringLiteral("< 0.0001");
    return QLocale().toString(p, 'g', 3);
}

} // namespace

EvaluationSummaryWidget::EvaluationSummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_usage(new QTableWidget(this))
{
    setObjectName(QStringLiteral("evaluationSummary"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_usage->setColumnCount(7);
    m_usage->setHorizontalHeaderLabels({tr("Model"), tr("Correct"), tr("Accuracy (95% interval)"), tr("Tokens in / out"),
                                        tr("Median latency"), tr("p95 latency"), tr("Estimated cost")});
    m_usage->setRowCount(2);
    m_usage->verticalHeader()->hide();
    m_usage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_usage->setSelectionMode(QAbstractItemView::NoSelection);
    m_usage->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_usage->horizontalHeader()->setStretchLastSection(true);
    m_usage->setFixedHeight(m_usage->horizontalHeader()->sizeHint().height() + 2 * m_usage->verticalHeader()->defaultSectionSize() + 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_verdict);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_usage);
    setSummary({});
}

QString EvaluationSummaryWidget::verdictText() const
{
    const Eval::EvaluationSummary &s = m_summary;
    if (s.examples == 0)
        return tr("No example has answers from both models yet.");
    const QString flips = tr("%n win(s) (A wrong, B right)", nullptr, s.wins) + QStringLiteral(", ")
                          + tr("%n regression(s) (A right, B wrong)", nullptr, s.regressions);
    if (s.wins + s.regressions == 0)
        return tr("Both models got exactly the same examples right: no flips, no evidence of a difference.");
    if (s.pValue < 0.05) {
        return (s.wins > s.regressions ? tr("B is better than A: %1. Exact McNemar test p = %2, so this is unlikely to be chance.")
                                       : tr("B is worse than A: %1. Exact McNemar test p = %2, so this is unlikely to be chance."))
            .arg(flips, pValueText(s.pValue));
    }
    return tr("%1. Exact McNemar test p = %2: not enough evidence that the models differ; more test examples would tell.")
        .arg(flips, pValueText(s.pValue));
}

void EvaluationSummaryWidget::setSummary(const Eval::EvaluationSummary &summary)
{
    m_summary = summary;
    if (summary.examples == 0) {
        m_headline->setText(tr("No results yet"));
    } else {
        m_headline->setText(tr("A %1 \u2192 B %2 on %n example(s)", nullptr, summary.examples)
                                .arg(pct(summary.a.accuracy), pct(summary.b.accuracy)));
    }
    m_verdict->setText(verdictText());

    int row = 0;
    for (const Eval::ModelSummary *side : {&summary.a, &summary.b}) {
        const QStringList cells = {
            (row == 0 ? QStringLiteral("A: ") : QStringLiteral("B: ")) + side->model,
            QStringLiteral("%1 / %2").arg(side->correct).arg(side->scored),
            QStringLiteral("%1 (%2 \u2013 %3)").arg(pct(side->accuracy), pct(side->ci95.first), pct(side->ci95.second)),
            QStringLiteral("%1 / %2").arg(QLocale().toString(side->promptTokens), QLocale().toString(side->completionTokens)),
            tr("%1 ms").arg(side->medianLatencyMs),
            tr("%1 ms").arg(side->p95LatencyMs),
            side->costUsd ? QStringLiteral("$%1").arg(QLocale().toString(*side->costUsd, 'f', 4)) : tr("unknown"),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 1 && side->failedCalls > 0)
                item->setToolTip(tr("%n call(s) failed and are not counted", nullptr, side->failedCalls));
            m_usage->setItem(row, column, item);
        }
        ++row;
    }
    rebuildChart();
}

void EvaluationSummaryWidget::rebuildChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Accuracy with 95% Wilson intervals"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);

    auto *bars = new QBarSeries(chart);
    auto *set = new QBarSet(tr("Accuracy"), bars);
    set->append(m_summary.a.accuracy * 100.0);
    set->append(m_summary.b.accuracy * 100.0);
    set->setColor(QColor(0x2f81f7));
    set->setBorderColor(QColor(0x1f6feb));
    bars->append(set);
    bars->setBarWidth(0.5);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value%"));
    bars->setLabelsPrecision(3);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    chart->addSeries(bars);

    auto *categories = new QBarCategoryAxis(chart);
    categories->append({QStringLiteral("A: ") + m_summary.a.model, QStringLiteral("B: ") + m_summary.b.model});
    auto *values = new QValueAxis(chart);
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d%"));
    values->setTickCount(6);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);

    // Whiskers: one vertical line and two caps per model, on the same axes as the bars.
    int index = 0;
    for (const Eval::ModelSummary *side : {&m_summary.a, &m_summary.b}) {
        const double lo = side->ci95.first * 100.0;
        const double hi = side->ci95.second * 100.0;
        const QList<QList<QPointF>> segments = {
            {{double(index), lo}, {double(index), hi}},
            {{index - 0.08, lo}, {index + 0.08, lo}},
            {{index - 0.08, hi}, {index + 0.08, hi}},
        };
        for (const QList<QPointF> &points : segments) {
            auto *line = new QLineSeries(chart);
            line->append(points);
            QPen pen(palette().color(QPalette::Text)); // the whiskers read on light and dark themes alike
            pen.setWidth(2);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
        }
        ++index;
    }
    QChart *old = m_chartView->chart();
    ChartPalette::apply(chart, palette());
    m_chartView->setChart(chart);
    delete old;
}

} // namespace Fts
