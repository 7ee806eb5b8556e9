// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/JobPage.h"

#include "desktop/jobs/LossChartView.h"
#include "eval/metrics/JobMonitor.h"
#include "eval/metrics/MetricCsv.h"
#include "eval/metrics/RunListModel.h"
#include "eval/metrics/RunStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Fts {

using Eval::RunRecord;
using Kind = Eval::MetricPoint::Kind;

JobPage::JobPage(Eval::RunStore *store, Eval::JobMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_monitor(monitor)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("jobTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("jobMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_cancel = new QPushButton(tr("Cancel job…"), this);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_pause = new QPushButton(tr("Pause…"), this);
    m_pause->setObjectName(QStringLiteral("jobPause"));
    m_resume = new QPushButton(tr("Resume…"), this);
    m_resume->setObjectName(QStringLiteral("jobResume"));
    m_download = new QPushButton(tr("Save results…"), this);
    m_download->setObjectName(QStringLiteral("jobSaveResults"));
    m_download->setToolTip(tr("Save every step's metrics as CSV (the provider's result file merged with the live events)."));
    connect(m_cancel, &QPushButton::clicked, this, [this] { requestAction(Api::JobActionRequest::Action::Cancel); });
    connect(m_pause, &QPushButton::clicked, this, [this] { requestAction(Api::JobActionRequest::Action::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { requestAction(Api::JobActionRequest::Action::Resume); });
    connect(m_download, &QPushButton::clicked, this, &JobPage::chooseAndSaveResults);
    m_continue = new QPushButton(tr("Continue training…"), this);
    m_continue->setObjectName(QStringLiteral("jobContinue"));
    m_continue->setToolTip(tr("Start a new job that trains this fine-tuned model further."));
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_store && m_store->contains(m_runId))
            Q_EMIT continueTrainingRequested(m_store->record(m_runId).fineTunedModel());
    });

    auto *headerText = new QVBoxLayout;
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_status);
    titleRow->addStretch();
    headerText->addLayout(titleRow);
    headerText->addWidget(m_summary);
    auto *header = new QHBoxLayout;
    header->addLayout(headerText, 1);
    header->addWidget(m_continue, 0, Qt::AlignTop);
    header->addWidget(m_download, 0, Qt::AlignTop);
    header->addWidget(m_pause, 0, Qt::AlignTop);
    header->addWidget(m_resume, 0, Qt::AlignTop);
    header->addWidget(m_cancel, 0, Qt::AlignTop);

    m_chart = new LossChartView(this);

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("jobEvents"));
    m_events->setUniformItemSizes(true);
    m_events->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_follow = new QCheckBox(tr("Follow new events"), this);
    m_follow->setObjectName(QStringLiteral("jobFollowEvents"));
    m_follow->setChecked(true);
    auto *eventsTab = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsTab);
    eventsLayout->addWidget(m_events);
    eventsLayout->addWidget(m_follow);

    m_checkpoints = new QTableWidget(0, 6, this);
    m_checkpoints->setObjectName(QStringLiteral("jobCheckpoints"));
    m_checkpoints->setHorizontalHeaderLabels({tr("Step"), tr("Training loss"), tr("Validation loss"),
                                              tr("Full validation loss"), tr("Model"), QString()});
    m_checkpoints->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_checkpoints->verticalHeader()->hide();
    m_checkpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkpoints->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_details = new QWidget(this);
    m_detailsForm = new QFormLayout(m_details);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(eventsTab, tr("Events"));
    m_tabs->addTab(m_checkpoints, tr("Checkpoints"));
    m_tabs->addTab(detailsScroll, tr("Settings and files"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    if (m_store) {
        connect(m_store, &Eval::RunStore::runUpdated, this, &JobPage::onRunUpdated);
        connect(m_store, &Eval::RunStore::historyChanged, this, &JobPage::onHistoryChanged);
    }
    if (m_monitor) {
        connect(m_monitor, &Eval::JobMonitor::actionFailed, this, [this](const QString &id, const QString &message) {
            if (id != m_runId)
                return;
            m_message->setText(message);
            m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1c12; }"));
            m_message->show();
        });
        connect(m_monitor, &Eval::JobMonitor::actionSucceeded, this, [this](const QString &id) {
            if (id == m_runId)
                m_message->hide();
        });
    }
    setRun(QString());
}

void JobPage::setRun(const QString &runId)
{
    m_runId = runId;
    m_shownEvents = 0;
    m_events->clear();
    m_message->hide();
    if (m_store && !runId.isEmpty() && m_store->contains(runId)) {
        const RunRecord record = m_store->record(runId);
        m_chart->setHistory(&m_store->history(runId), record.displayName());
        if (m_monitor)
            m_monitor->watch(runId);
    } else {
        m_chart->setHistory(nullptr);
    }
    updateHeader();
    updateEvents();
    updateCheckpoints();
    updateDetails();
}

void JobPage::onRunUpdated(const QString &id)
{
    if (id != m_runId)
        return;
    updateHeader();
    updateDetails();
}

void JobPage::onHistoryChanged(const QString &id)
{
    if (id != m_runId)
        return;
    m_chart->scheduleRefresh();
    updateHeader();
    updateEvents();
    updateCheckpoints();
}

void JobPage::updateHeader()
{
    const bool hasRun = m_store && m_store->contains(m_runId);
    const RunRecord record = hasRun ? m_store->record(m_runId) : RunRecord();
    const bool provider = hasRun && record.source() == RunRecord::Source::Provider;
    m_title->setText(hasRun ? record.displayName() : tr("No run selected"));
    const QString statusText = RunRecord::statusLabel(record.status(), record.statusText());
    m_status->setText(hasRun ? statusText : QString());
    QString colour = QStringLiteral("#555555");
    switch (record.status()) {
    case RunRecord::Status::Running: colour = QStringLiteral("#1a5fb4"); break;
    case RunRecord::Status::Succeeded: colour = QStringLiteral("#1b7f3b"); break;
    case RunRecord::Status::Failed: colour = QStringLiteral("#b3261e"); break;
    default: break;
    }
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 8px; padding: 2px 8px; }").arg(colour));
    m_status->setVisible(hasRun);

    QStringList parts;
    if (hasRun) {
        const QLocale locale;
        const Eval::RunStore::Progress progress = m_store->progress(m_runId);
        if (!record.model().isEmpty())
            parts << tr("Base model %1").arg(record.model());
        if (!record.fineTunedModel().isEmpty())
            parts << tr("Fine-tuned model %1").arg(record.fineTunedModel());
        if (progress.totalSteps > 0)
            parts << tr("Step %1 of %2").arg(locale.toString(progress.lastStep), locale.toString(progress.totalSteps));
        if (record.createdAt().isValid())
            parts << tr("Created %1").arg(locale.toString(record.createdAt().toLocalTime(), QLocale::ShortFormat));
        if (record.isActive() && record.estimatedFinish().isValid())
            parts << tr("Estimated finish %1").arg(locale.toString(record.estimatedFinish().toLocalTime(), QLocale::ShortFormat));
        if (record.trainedTokens() >= 0)
            parts << tr("%1 trained tokens").arg(locale.toString(record.trainedTokens()));
        if (record.source() == RunRecord::Source::Imported)
            parts << tr("Imported from %1").arg(QDir::toNativeSeparators(record.sourcePath()));
        if (!record.errorMessage().isEmpty()) {
            m_message->setText(tr("The provider reports: %1").arg(record.errorMessage()));
            m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1c12; }"));
            m_message->show();
        }
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    const RunRecord::Status status = record.status();
    m_cancel->setVisible(provider && !record.isTerminal());
    m_pause->setVisible(provider && status == RunRecord::Status::Running);
    m_resume->setVisible(provider && status == RunRecord::Status::Paused);
    m_cancel->setEnabled(m_monitor != nullptr);
    m_pause->setEnabled(m_monitor != nullptr);
    m_resume->setEnabled(m_monitor != nullptr);
    m_download->setEnabled(hasRun && !m_store->history(m_runId).isEmpty());
    m_continue->setVisible(hasRun && !record.fineTunedModel().isEmpty());
}

void JobPage::updateEvents()
{
    if (!m_store || !m_store->contains(m_runId))
        return;
    const QList<Eval::RunEvent> &events = m_store->history(m_runId).events();
    // Events only ever get inserted; a rebuild is needed only when one landed before what is shown.
    if (events.size() < m_shownEvents) {
        m_events->clear();
        m_shownEvents = 0;
    }
    const QLocale locale;
    m_events->setUpdatesEnabled(false);
    if (m_shownEvents > 0 && m_shownEvents < events.size() && events[m_shownEvents - 1].id != m_events->item(m_shownEvents - 1)->data(Qt::UserRole).toString()) {
        m_events->clear();
        m_shownEvents = 0;
    }
    for (int i = m_shownEvents; i < events.size(); ++i) {
        const Eval::RunEvent &event = events[i];
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(locale.toString(event.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")), event.message));
        item->setData(Qt::UserRole, event.id);
        if (event.level == Eval::RunEvent::Level::Error) {
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        } else if (event.level == Eval::RunEvent::Level::Warning) {
            item->setForeground(QColor(0x9a, 0x67, 0x00));
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        } else if (event.isMetrics) {
            item->setForeground(QColor(0x55, 0x55, 0x55));
        }
        m_events->addItem(item);
    }
    m_shownEvents = static_cast<int>(events.size());
    m_events->setUpdatesEnabled(true);
    if (m_follow->isChecked())
        m_events->scrollToBottom();
}

void JobPage::updateCheckpoints()
{
    m_checkpoints->setRowCount(0);
    if (!m_store || !m_store->contains(m_runId))
        return;
    const QLocale locale;
    const auto value = [&](const Eval::CheckpointRecord &checkpoint, Kind kind) {
        double v = checkpoint.metrics.value(kind);
        if (std::isnan(v)) {
            const Eval::MetricHistory &history = m_store->history(m_runId);
            const int index = history.indexOfStep(checkpoint.step);
            if (index >= 0)
                v = history.column(kind)[index];
        }
        return std::isnan(v) ? QStringLiteral("–") : locale.toString(v, 'f', 4);
    };
    const QList<Eval::CheckpointRecord> checkpoints = m_store->history(m_runId).checkpoints();
    m_checkpoints->setRowCount(int(checkpoints.size()));
    for (int row = 0; row < checkpoints.size(); ++row) {
        const Eval::CheckpointRecord &checkpoint = checkpoints[row];
        m_checkpoints->setItem(row, 0, new QTableWidgetItem(locale.toString(checkpoint.step)));
        m_checkpoints->setItem(row, 1, new QTableWidgetItem(value(checkpoint, Kind::TrainLoss)));
        m_checkpoints->setItem(row, 2, new QTableWidgetItem(value(checkpoint, Kind::ValidLoss)));
        m_checkpoints->setItem(row, 3, new QTableWidgetItem(value(checkpoint, Kind::FullValidLoss)));
        auto *model = new QTableWidgetItem(checkpoint.modelName);
        model->setToolTip(checkpoint.id);
        m_checkpoints->setItem(row, 4, model);
        auto *actions = new QWidget(m_checkpoints);
        auto *actionsLayout = new QHBoxLayout(actions);
        actionsLayout->setContentsMargins(2, 0, 2, 0);
        auto *copy = new QToolButton(actions);
        copy->setText(tr("Copy id"));
        copy->setObjectName(QStringLiteral("copyCheckpoint%1").arg(row));
        const QString modelName = checkpoint.modelName;
        connect(copy, &QToolButton::clicked, this, [modelName] { QGuiApplication::clipboard()->setText(modelName); });
        auto *evaluate = new QToolButton(actions);
        evaluate->setText(tr("Evaluate…"));
        evaluate->setObjectName(QStringLiteral("evaluateCheckpoint%1").arg(row));
        evaluate->setToolTip(tr("Compare this checkpoint with the base model in the evaluation view."));
        connect(evaluate, &QToolButton::clicked, this, [this, modelName] { Q_EMIT checkpointEvaluationRequested(modelName); });
        actionsLayout->addWidget(copy);
        actionsLayout->addWidget(evaluate);
        m_checkpoints->setCellWidget(row, 5, actions);
    }
    m_checkpoints->resizeColumnsToContents();
    m_checkpoints->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

void JobPage::updateDetails()
{
    while (m_detailsForm->rowCount() > 0)
        m_detailsForm->removeRow(0);
    if (!m_store || !m_store->contains(m_runId))
        return;
    const RunRecord record = m_store->record(m_runId);
    const auto addRow = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *field = new QLabel(value, m_details);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_detailsForm->addRow(label, field);
    };
    addRow(tr("Job id"), record.source() == RunRecord::Source::Provider ? record.id() : QString());
    addRow(tr("Method"), record.source() == RunRecord::Source::Provider ? record.method() : QString());
    addRow(tr("Base model"), record.model());
    addRow(tr("Fine-tuned model"), record.fineTunedModel());
    const QJsonObject hyper = record.hyperparameters();
    for (auto it = hyper.begin(); it != hyper.end(); ++it) {
        const QString value = it.value().isString() ? it.value().toString()
                                                    : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        addRow(it.key(), value);
    }
    addRow(tr("Training file"), record.trainingFile());
    addRow(tr("Validation file"), record.validationFile());
    addRow(tr("Result file"), record.resultFile());
    addRow(tr("Seed"), record.seed() >= 0 ? QString::number(record.seed()) : QString());
    addRow(tr("Source file"), record.sourcePath());
}

void JobPage::requestAction(Api::JobActionRequest::Action action)
{
    if (!m_monitor || m_runId.isEmpty())
        return;
    if (m_confirm) {
        QString question;
        switch (action) {
        case Api::JobActionRequest::Action::Cancel:
            question = tr("Cancel the job \"%1\"? Training stops now and cannot be continued; the steps already "
                          "trained are still billed.").arg(m_store->record(m_runId).displayName());
            break;
        case Api::JobActionRequest::Action::Pause:
            question = tr("Pause the job \"%1\"? You can resume it later.").arg(m_store->record(m_runId).displayName());
            break;
        case Api::JobActionRequest::Action::Resume:
            question = tr("Resume the job \"%1\"? Training continues where it stopped and is billed as usual.")
                           .arg(m_store->record(m_runId).displayName());
            break;
        }
        if (!question.isEmpty()
            && QMessageBox::question(this, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    m_message->setText(tr("Sending the request…"));
    m_message->setStyleSheet(QString());
    m_message->show();
    m_monitor->performAction(m_runId, action);
}

bool JobPage::saveResults(const QString &path) const
{
    if (!m_store || !m_store->contains(m_runId))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(Eval::MetricCsv::write(m_store->history(m_runId))) >= 0 && file.flush();
}

void JobPage::chooseAndSaveResults()
{
    const QString suggested = m_store->record(m_runId).displayName() + QStringLiteral("-metrics.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save results"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !saveResults(path))
        QMessageBox::warning(this, tr("Save results"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Fts
