// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/JobActionRequest.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Fts::Eval {
class JobMonitor;
class RunStore;
}

namespace Fts {

class LossChartView;

/**
 * One run: its status and model, the live loss chart, the events log (levels coloured, follow mode), the
 * checkpoints (copy the model id, or hand it to the evaluation view), the resolved hyperparameters and
 * files, the result file download, and cancel, pause and resume with confirmation. Works offline from
 * the RunStore; with a JobMonitor it stays live.
 */
class JobPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobPage)
public:
    explicit JobPage(Eval::RunStore *store, Eval::JobMonitor *monitor = nullptr, QWidget *parent = nullptr);

    void setRun(const QString &runId);
    QString runId() const { return m_runId; }
    LossChartView *chart() const { return m_chart; }
    /** Skips the confirmation dialogs (tests, scripted use). */
    void setConfirmActions(bool confirm) { m_confirm = confirm; }

    void requestAction(Api::JobActionRequest::Action action);
    /** Writes the run's series (our CSV) to @p path. */
    bool saveResults(const QString &path) const;

Q_SIGNALS:
    /** The user wants to evaluate this checkpoint (or the final model) in the evaluation view. */
    void checkpointEvaluationRequested(const QString &modelId);
    /** The user wants to train the run's fine-tuned model further. */
    void continueTrainingRequested(const QString &fineTunedModel);

private:
    void onRunUpdated(const QString &id);
    void onHistoryChanged(const QString &id);
    void updateHeader();
    void updateEvents();
    void updateCheckpoints();
    void updateDetails();
    void chooseAndSaveResults();

    QPointer<Eval::RunStore> m_store;
    QPointer<Eval::JobMonitor> m_monitor;
    QString m_runId;
    bool m_confirm = true;
    int m_shownEvents = 0;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_continue = nullptr;
    LossChartView *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_events = nullptr;
    QCheckBox *m_follow = nullptr;
    QTableWidget *m_checkpoints = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_detailsForm = nullptr;
};

} // namespace Fts
