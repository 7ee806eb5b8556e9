// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Fts::Api {
class ApiClient;
struct FineTuningJob;
}
namespace Fts::Eval {
class JobMonitor;
class RunListModel;
class RunStore;
}

namespace Fts {

class JobPage;
class RunOverlayView;

/**
 * The jobs dashboard: the runs of the active profile (and imported runs) on the left, refreshing itself,
 * and on the right the selected run's page or, with several runs selected, their overlay. Works without
 * an account (imported CSVs and the locally kept history); with a client it polls the provider.
 *
 * Construct with a RunStore (shared, opened by the caller) and optionally a client + profile name.
 */
class JobsDashboard : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsDashboard)
public:
    explicit JobsDashboard(Eval::RunStore *store, QWidget *parent = nullptr);
    ~JobsDashboard() override;

    /** Connects to an account; @p client may be null to go offline. Starts polling. */
    void setConnection(Api::ApiClient *client, const QString &profile);
    /** The account the dashboard shows (null offline) and its profile name. */
    Api::ApiClient *client() const;
    /** The connection profile the dashboard follows; empty without a connection. */
    QString profile() const;
    /** Shows a job just created from here at once and follows it, before the next list refresh. */
    void addCreatedJob(const Api::FineTuningJob &job);
    /** The fine-tuned models of the account's finished runs, newest first (to continue training from). */
    QStringList fineTunedModels() const;
    Eval::JobMonitor *monitor() const { return m_monitor; }
    JobPage *jobPage() const { return m_page; }
    RunOverlayView *overlayView() const { return m_overlay; }
    QTableView *runsView() const { return m_view; }
    Eval::RunListModel *runsModel() const { return m_model; }

    void selectRun(const QString &runId);
    void showOverlay(const QStringList &runIds);
    /** Imports a result CSV as a run; returns its id or empty (and shows why). */
    QString importCsv(const QString &path);

Q_SIGNALS:
    void createJobRequested();
    /** The user wants a new job that continues from @p fineTunedModel. */
    void continueTrainingRequested(const QString &fineTunedModel);
    void checkpointEvaluationRequested(const QString &modelId);
    /** For the tray: a job ended. @p message names the final losses in plain words. */
    void jobNotification(const QString &title, const QString &message);
    /** A job reached a terminal state: @p detail is the fine-tuned model on success, else the error or losses. */
    void jobFinished(const QString &jobId, const QString &label, const QString &status, const QString &detail);

private:
    void onSelectionChanged();
    void onJobFinished(const QString &runId);
    void chooseAndImportCsv();

    QPointer<Eval::RunStore> m_store;
    QPointer<Api::ApiClient> m_client;
    Eval::RunListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    Eval::JobMonitor *m_monitor = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_connectionStatus = nullptr;
    JobPage *m_page = nullptr;
    RunOverlayView *m_overlay = nullptr;
    QToolButton *m_overlayButton = nullptr;
};

} // namespace Fts
