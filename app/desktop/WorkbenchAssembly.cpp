// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/WorkbenchAssembly.h"

#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/TrayNotifier.h"
#include "desktop/eval/EvaluationView.h"
#include "desktop/eval/ProfileClientResolver.h"
#include "desktop/jobs/JobsDashboard.h"
#include "desktop/settings/ConnectionProfilesPage.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/stats/StatisticsPanel.h"
#include "desktop/stats/TrainingPricesPage.h"
#include "api/credentials/KeychainSecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "api/credentials/SessionFallbackSecretStore.h"
#include "core/editing/DatasetDocument.h"
#include "eval/metrics/RunStore.h"

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
    window->setWorkflowPage(MainWindow::WorkflowPage::Evaluate, m_evaluation);
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
    dialog.addPage(tr("Training prices"), prices);
    connect(prices, &TrainingPricesPage::pricesChanged, m_statistics, &StatisticsPanel::reloadPrices);
    dialog.exec();
    prices->apply();
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
