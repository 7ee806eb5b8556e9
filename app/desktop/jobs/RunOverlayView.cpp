// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/RunOverlayView.h"

#include "desktop/jobs/LossChartView.h"
#include "eval/metrics/RunStore.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Fts {

namespace {
QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

RunOverlayView::RunOverlayView(Eval::RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_chart = new LossChartView(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("overlaySettings"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    if (m_store)
        connect(m_store, &Eval::RunStore::historyChanged, this, [this](const QString &id) {
            if (m_runIds.contains(id))
                m_chart->scheduleRefresh();
        });
}

void RunOverlayView::setRunIds(const QStringList &runIds)
{
    m_runIds = runIds;
    QList<LossChartView::Run> runs;
    for (const QString &id : runIds) {
        if (!m_store || !m_store->contains(id))
            continue;
        runs.append(LossChartView::Run{m_store->record(id).displayName(), &m_store->history(id), QColor()});
    }
    m_chart->setRuns(runs);
    rebuildTable();
}

void RunOverlayView::rebuildTable()
{
    struct Row
    {
        QString label;
        std::function<QString(const Eval::RunRecord &)> value;
    };
    const QList<Row> rows{
        {tr("Base model"), [](const Eval::RunRecord &r) { return r.model(); }},
        {tr("Method"), [](const Eval::RunRecord &r) { return r.source() == Eval::RunRecord::Source::Provider ? r.method() : QString(); }},
        {tr("Epochs"), [](const Eval::RunRecord &r) { return jsonText(r.hyperparameters().value(QLatin1String("n_epochs"))); }},
        {tr("Batch size"), [](const Eval::RunRecord &r) { return jsonText(r.hyperparameters().value(QLatin1String("batch_size"))); }},
        {tr("Learning rate multiplier"), [](const Eval::RunRecord &r) { return jsonText(r.hyperparameters().value(QLatin1String("learning_rate_multiplier"))); }},
        {tr("Beta (DPO)"), [](const Eval::RunRecord &r) { return jsonText(r.hyperparameters().value(QLatin1String("beta"))); }},
        {tr("Training file"), [](const Eval::RunRecord &r) { return r.trainingFile().isEmpty() ? r.sourcePath() : r.trainingFile(); }},
        {tr("Validation file"), [](const Eval::RunRecord &r) { return r.validationFile(); }},
        {tr("Seed"), [](const Eval::RunRecord &r) { return r.seed() >= 0 ? QString::number(r.seed()) : QString(); }},
        {tr("Suffix"), [](const Eval::RunRecord &r) { return r.suffix(); }},
        {tr("Trained tokens"), [](const Eval::RunRecord &r) { return r.trainedTokens() >= 0 ? QString::number(r.trainedTokens()) : QString(); }},
    };
    QStringList ids;
    for (const QString &id : std::as_const(m_runIds))
        if (m_store && m_store->contains(id))
            ids.append(id);
    m_table->clear();
    m_table->setColumnCount(int(ids.size()));
    QStringList headers;
    for (int c = 0; c < ids.size(); ++c)
        headers.append(m_store->record(ids[c]).displayName());
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < ids.size(); ++c)
        m_table->horizontalHeaderItem(c)->setForeground(LossChartView::runColor(c));
    m_table->setRowCount(0);
    QStringList verticalLabels;
    // What differs comes first: it is what the comparison is about.
    QList<QPair<const Row *, QStringList>> ordered;
    for (const Row &row : rows) {
        QStringList values;
        for (const QString &id : ids)
            values.append(row.value(m_store->record(id)));
        if (std::all_of(values.begin(), values.end(), [](const QString &v) { return v.isEmpty(); }))
            continue;
        ordered.append({&row, values});
    }
    std::stable_partition(ordered.begin(), ordered.end(), [](const QPair<const Row *, QStringList> &entry) {
        return std::any_of(entry.second.begin(), entry.second.end(), [&](const QString &v) { return v != entry.second.first(); });
    });
    for (const auto &[rowPointer, values] : std::as_const(ordered)) {
        const Row &row = *rowPointer;
        const bool differs = std::any_of(values.begin(), values.end(), [&](const QString &v) { return v != values.first(); });
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        verticalLabels.append(row.label);
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values[c].isEmpty() ? QStringLiteral("–") : values[c]);
            if (differs) {
                item->setBackground(QColor(0xff, 0xf4, 0xce));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            item->setData(Qt::UserRole, differs);
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(verticalLabels);
}

QStringList RunOverlayView::differingSettings() const
{
    QStringList result;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0) && m_table->item(r, 0)->data(Qt::UserRole).toBool())
            result.append(m_table->verticalHeaderItem(r)->text());
    return result;
}

} // namespace Fts
