// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/WorkbenchAssembly.h"

#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/TrayNotifier.h"
#include "desktop/eval/EvaluationView.h"
#include "desktop/eval/ProfileClientResolver.h"
#include "desktop/jobs/CreateJobDialog.h"
#include "desktop/jobs/JobsDashboard.h"
#include "desktop/settings/ConnectionProfilesPage.h"
#include "desktop/settings/InferencePricesPage.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/stats/StatisticsPanel.h"
#include "desktop/stats/TrainingPricesPage.h"
#include "api/credentials/KeychainSecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "api/credentials/SessionFallbackSecretStore.h"
#include "core/editing/DatasetDocument.h"
#include "eval/metrics/RunStore.h"

#include <QMessageBox>
#include <QPushButton>
#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace Fts {

WorkbenchAssembly::WorkbenchAssembly(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("workbenchAssembly"));
    m_profiles = new Api::ProfileStore(this);
    auto *keychain = new Api::KeychainSecretStore(QString(), this);
    // A locked keyring may raise an unlock prompt; the dashboard must not wait for it forever.
    keychain->setTimeout(60000);
    m_secrets = new Api::SessionFallbackSecretStore(keychain, this);
    m_resolver = new ProfileClientResolver(m_profiles, m_secrets, this);

    m_runs = new Eval::RunStore(this);
    QString runStoreError;
    if (!m_runs->open(Eval::RunStore::defaultPath(), &runStoreError))
        window->statusBar()->showMessage(tr("The job history could not be opened: %1").arg(runStoreError));

    m_dashboard = new JobsDashboard(m_runs, window);
    window->setWorkflowPage(MainWindow::WorkflowPage::Jobs, m_dashboard);

    m_evaluation = new EvaluationView(m_resolver, window);
    m_evaluation->setDatasetDocument(window->document());
    m_evaluation->setSelectedRowsProvider([window] { return window->datasetPage()->selectedRows(); });
    connect(m_evaluation, &EvaluationView::assignSplitsRequested, window, &MainWindow::assignSplits);
    window->setWorkflowPage(MainWindow::WorkflowPage::Evaluate, m_evaluation);
    connect(m_dashboard, &JobsDashboard::createJobRequested, this, [this] { showCreateJob(); });
    connect(m_dashboard, &JobsDashboard::continueTrainingRequested, this, &WorkbenchAssembly::showCreateJob);
    connect(m_dashboard, &JobsDashboard::checkpointEvaluationRequested, this, [this](const QString &modelId) {
        m_evaluation->setModels(QString(), QString(), m_profiles->defaultProfileName(), modelId);
        m_window->showWorkflowPage(MainWindow::WorkflowPage::Evaluate);
    });

    m_statistics = new StatisticsPanel(nullptr, window);
    m_statistics->setDocument(window->document());
    auto *statisticsDock = new QDockWidget(tr("Statistics"), window);
    statisticsDock->setObjectName(QStringLiteral("StatisticsDock"));
    statisticsDock->setWidget(m_statistics);
    window->addPanel(statisticsDock, Qt::RightDockWidgetArea);
    // Wide enough for the cost line and the histogram, unless the user's own layout was restored.
    // resizeDocks() only takes effect once the window is laid out, hence after the event loop shows it.
    if (!QSettings().contains(QStringLiteral("MainWindow/state"))) {
        QTimer::singleShot(0, window, [window, statisticsDock] {
            window->resizeDocks({statisticsDock}, {440}, Qt::Horizontal);
        });
    }
    // The example list counts tokens with the model the statistics are for (the figures' own, not the text being
    // typed in the model box meanwhile), and filters on its limit.
    connect(m_statistics, &StatisticsPanel::statisticsUpdated, this,
            [this] { m_window->datasetPage()->setTokenModel(m_statistics->statistics().options.model); });
    connect(m_statistics, &StatisticsPanel::lineActivated, this, [this](int lineNumber) {
        const int row = m_window->document()->rowForLine(lineNumber);
        if (row >= 0) {
            m_window->showWorkflowPage(MainWindow::WorkflowPage::Dataset);
            m_window->datasetPage()->selectExample(row);
        }
    });

    m_tray = new TrayNotifier(window, this);
    connect(m_dashboard, &JobsDashboard::jobFinished, m_tray, &TrayNotifier::notifyJobFinished);
    connect(m_tray, &TrayNotifier::jobActivated, this, [this](const QString &jobId) {
        m_window->showWorkflowPage(MainWindow::WorkflowPage::Jobs);
        m_dashboard->selectRun(jobId);
    });

    createSettingsAction();
    connect(m_profiles, &Api::ProfileStore::profilesChanged, this, &WorkbenchAssembly::connectDefaultProfile);
    connectDefaultProfile();
}

void WorkbenchAssembly::createSettingsAction()
{
    auto *settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &WorkbenchAssembly::showSettings);
    QMenuBar *menuBar = m_window->menuBar();
    const QList<QAction *> menus = menuBar->actions();
    auto *toolsMenu = new QMenu(tr("&Tools"), menuBar);
    toolsMenu->addAction(settingsAction);
    // Tools goes before Help, which platform conventions keep last.
    menuBar->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), toolsMenu);
}

void WorkbenchAssembly::showSettings()
{
    SettingsDialog dialog(m_window);
    dialog.addPage(tr("Connections"), new ConnectionProfilesPage(m_profiles, m_secrets, &dialog));
    auto *prices = new TrainingPricesPage(nullptr, &dialog);
    const int pricesPage = dialog.addPage(tr("Training prices"), prices);
    connect(prices, &TrainingPricesPage::pricesChanged, m_statistics, &StatisticsPanel::reloadPrices);
    auto *inferencePrices = new InferencePricesPage(nullptr, &dialog);
    const int inferencePricesPage = dialog.addPage(tr("Inference prices"), inferencePrices);
    connect(inferencePrices, &InferencePricesPage::pricesChanged, m_evaluation, &EvaluationView::reloadPrices);
    for (;;) {
        dialog.exec();
        const bool pricesSaved = prices->apply();
        const bool inferencePricesSaved = inferencePrices->apply();
        if (pricesSaved && inferencePricesSaved)
            return;
        // A price that cannot be read is not dropped in silence: the user fixes it or lets the edits go.
        QMessageBox box(QMessageBox::Warning, tr("Prices Not Saved"),
                        tr("A price on the \"%1\" page cannot be read, so that page's changes were not saved.")
                            .arg(pricesSaved ? tr("Inference prices") : tr("Training prices")),
                        QMessageBox::Retry | QMessageBox::Discard, m_window);
        box.setObjectName(QStringLiteral("pricesNotSavedBox"));
        box.button(QMessageBox::Retry)->setText(tr("&Fix the Price"));
        box.setDefaultButton(QMessageBox::Retry);
        if (box.exec() != QMessageBox::Retry)
            return;
        dialog.setCurrentPage(pricesSaved ? inferencePricesPage : pricesPage);
    }
}

void WorkbenchAssembly::showCreateJob(const QString &model)
{
    auto *dialog = new CreateJobDialog(m_dashboard->client(), m_window->document(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addFineTunedModels(m_dashboard->fineTunedModels());
    if (!model.isEmpty())
        dialog->setModel(model);
    connect(dialog, &CreateJobDialog::jobCreated, m_dashboard, &JobsDashboard::addCreatedJob);
    connect(dialog, &CreateJobDialog::lineActivated, this, [this, dialog](int lineNumber) {
        dialog->reject();
        const int row = m_window->document()->rowForLine(lineNumber);
        if (row >= 0) {
            m_window->showWorkflowPage(MainWindow::WorkflowPage::Dataset);
            m_window->datasetPage()->selectExample(row);
        }
    });
    dialog->open();
}

void WorkbenchAssembly::connectDefaultProfile()
{
    const QString profile = m_profiles->defaultProfileName();
    if (profile.isEmpty()) {
        m_dashboard->setConnection(nullptr, QString());
        return;
    }
    m_resolver->resolve(profile, this, [this, profile](Api::ApiClient *client, const QString &error) {
        m_dashboard->setConnection(client, profile);
        if (!client)
            m_window->statusBar()->showMessage(tr("Working offline: the profile '%1' cannot be used: %2").arg(profile, error));
    });
}

} // namespace Fts
