// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/JobsDashboard.h"

#include "desktop/jobs/JobPage.h"
#include "desktop/jobs/LossChartView.h"
#include "desktop/jobs/RunOverlayView.h"
#include "eval/metrics/JobMonitor.h"
#include "eval/metrics/RunListModel.h"
#include "eval/metrics/RunStore.h"
#include "api/resources/FineTuningJob.h"
#include "api/transport/ApiClient.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Fts {

JobsDashboard::JobsDashboard(Eval::RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_model = new Eval::RunListModel(store, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Eval::RunListModel::SortRole);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("runsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Eval::RunListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(Eval::RunListModel::ModelColumn, true);
    m_view->setWordWrap(false);

    auto *newJob = new QToolButton(this);
    newJob->setText(tr("New job…"));
    newJob->setObjectName(QStringLiteral("newJob"));
    connect(newJob, &QToolButton::clicked, this, &JobsDashboard::createJobRequested);
    auto *import = new QToolButton(this);
    import->setText(tr("Import CSV…"));
    import->setObjectName(QStringLiteral("importCsv"));
    import->setToolTip(tr("View a result file from OpenAI (step_metrics.csv) or a series exported from here, "
                          "without an account."));
    connect(import, &QToolButton::clicked, this, &JobsDashboard::chooseAndImportCsv);
    m_overlayButton = new QToolButton(this);
    m_overlayButton->setText(tr("Compare selected"));
    m_overlayButton->setObjectName(QStringLiteral("compareRuns"));
    m_overlayButton->setEnabled(false);
    connect(m_overlayButton, &QToolButton::clicked, this, [this] {
        QStringList ids;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            ids.append(index.data(Eval::RunListModel::RunIdRole).toString());
        showOverlay(ids);
    });
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("refreshRuns"));
    connect(refresh, &QToolButton::clicked, this, [this] {
        if (m_monitor)
            m_monitor->refreshNow();
    });

    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setWordWrap(true);
    m_connectionStatus->setText(tr("Offline: showing the runs kept on this computer."));

    auto *tools = new QHBoxLayout;
    tools->addWidget(newJob);
    tools->addWidget(import);
    tools->addWidget(m_overlayButton);
    tools->addStretch();
    tools->addWidget(refresh);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_connectionStatus);

    m_placeholder = new QLabel(tr("Select a run to see its curves, or several runs to compare them."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_page = new JobPage(store, nullptr, this);
    m_overlay = new RunOverlayView(store, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_page);
    m_stack->addWidget(m_overlay);
    connect(m_page, &JobPage::checkpointEvaluationRequested, this, &JobsDashboard::checkpointEvaluationRequested);
    connect(m_page, &JobPage::continueTrainingRequested, this, &JobsDashboard::continueTrainingRequested);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsDashboard::onSelectionChanged);
}

JobsDashboard::~JobsDashboard() = default;

QString JobsDashboard::profile() const
{
    return m_monitor ? m_monitor->profile() : QString();
}

Api::ApiClient *JobsDashboard::client() const
{
    return m_client;
}

void JobsDashboard::setConnection(Api::ApiClient *client, const QString &profile)
{
    const QString current = m_page->runId();
    delete m_monitor;
    m_monitor = nullptr;
    // The page holds the monitor for actions: rebuild it around the new one.
    m_stack->removeWidget(m_page);
    m_page->deleteLater();
    m_model->setProfile(profile);
    m_client = client;
    if (client) {
        m_monitor = new Eval::JobMonitor(client, m_store, profile, this);
        connect(m_monitor, &Eval::JobMonitor::pollFailed, this, [this](const QString &message) {
            m_connectionStatus->setText(tr("Could not reach the provider; retrying in %1 s. %2")
                                            .arg(m_monitor->currentIntervalMs() / 1000).arg(message));
        });
        connect(m_monitor, &Eval::JobMonitor::listRefreshed, this, [this] {
            m_connectionStatus->setText(tr("Up to date at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        });
        connect(m_monitor, &Eval::JobMonitor::jobFinished, this, &JobsDashboard::onJobFinished);
    }
    m_page = new JobPage(m_store, m_monitor, this);
    connect(m_page, &JobPage::checkpointEvaluationRequested, this, &JobsDashboard::checkpointEvaluationRequested);
    connect(m_page, &JobPage::continueTrainingRequested, this, &JobsDashboard::continueTrainingRequested);
    m_stack->insertWidget(1, m_page);
    if (m_monitor)
        m_monitor->start();
    if (!current.isEmpty())
        selectRun(current);
}

void JobsDashboard::addCreatedJob(const Api::FineTuningJob &job)
{
    if (!m_store || job.id.isEmpty())
        return;
    m_store->upsertJob(profile(), job.raw);
    if (m_monitor) {
        m_monitor->watch(job.id);
        m_monitor->refreshNow();
    }
    selectRun(job.id);
}

QStringList JobsDashboard::fineTunedModels() const
{
    QStringList models;
    if (!m_store)
        return models;
    for (const QString &id : m_store->runIds(profile())) {
        const QString model = m_store->record(id).fineTunedModel();
        if (!model.isEmpty() && !models.contains(model))
            models.append(model);
    }
    return models;
}

void JobsDashboard::selectRun(const QString &runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_page->setRun(runId);
    m_stack->setCurrentWidget(m_page);
}

void JobsDashboard::showOverlay(const QStringList &runIds)
{
    m_overlay->setRunIds(runIds);
    m_stack->setCurrentWidget(m_overlay);
}

void JobsDashboard::onSelectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_overlayButton->setEnabled(rows.size() >= 2);
    if (rows.size() == 1) {
        const QString id = rows.first().data(Eval::RunListModel::RunIdRole).toString();
        if (m_page->runId() != id)
            m_page->setRun(id);
        m_stack->setCurrentWidget(m_page);
    } else if (rows.isEmpty()) {
        m_stack->setCurrentWidget(m_placeholder);
    }
}

QString JobsDashboard::importCsv(const QString &path)
{
    QString error;
    const QString id = m_store->importCsv(path, &error);
    if (id.isEmpty()) {
        QMessageBox::warning(this, tr("Import CSV"), error);
        return {};
    }
    selectRun(id);
    return id;
}

void JobsDashboard::chooseAndImportCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import metrics CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

void JobsDashboard::onJobFinished(const QString &runId)
{
    const Eval::RunRecord record = m_store->record(runId);
    const Eval::MetricHistory &history = m_store->history(runId);
    const QLocale locale;
    QStringList losses;
    const auto last = [&](Eval::MetricPoint::Kind kind) {
        const auto &column = history.column(kind);
        for (auto it = column.rbegin(); it != column.rend(); ++it)
            if (!std::isnan(*it))
                return *it;
        return std::nan("");
    };
    const double train = last(Eval::MetricPoint::Kind::TrainLoss);
    const double valid = last(Eval::MetricPoint::Kind::FullValidLoss);
    if (!std::isnan(train))
        losses << tr("final training loss %1").arg(locale.toString(train, 'f', 3));
    if (!std::isnan(valid))
        losses << tr("full validation loss %1").arg(locale.toString(valid, 'f', 3));
    const QString title = tr("Fine-tuning job %1: %2").arg(record.displayName(), Eval::RunRecord::statusLabel(record.status(), record.statusText()));
    QString message = losses.join(QStringLiteral(", "));
    if (!record.errorMessage().isEmpty())
        message = record.errorMessage();
    Q_EMIT jobNotification(title, message);
    const QString detail = !record.fineTunedModel().isEmpty() && record.errorMessage().isEmpty()
        ? QStringLiteral("%1 (%2)").arg(record.fineTunedModel(), losses.join(QStringLiteral(", ")))
        : message;
    Q_EMIT jobFinished(runId, record.displayName(), record.statusText(), detail);
}

} // namespace Fts
