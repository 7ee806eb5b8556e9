// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace Fts {
namespace Api {
class ApiClient;
class ProfileStore;
class SessionFallbackSecretStore;
} // namespace Api
namespace Eval {
class RunStore;
} // namespace Eval

class EvaluationView;
class JobsDashboard;
class MainWindow;
class ProfileClientResolver;
class StatisticsPanel;
class TrayNotifier;

/**
 * Builds the feature pages around the main window and connects them: the jobs dashboard and the evaluation
 * view on the active connection profile, the statistics panel on the open dataset, the settings dialog, and
 * the tray. It owns the application-wide services (profiles, secrets, run history). The window itself stays
 * free of them so its tests need no keychain.
 */
class WorkbenchAssembly : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchAssembly)
public:
    /** Installs everything into @p window; the assembly is a child of it. */
    explicit WorkbenchAssembly(MainWindow *window);

    JobsDashboard *jobsDashboard() const { return m_dashboard; }
    EvaluationView *evaluationView() const { return m_evaluation; }
    StatisticsPanel *statisticsPanel() const { return m_statistics; }

    /** Connects the dashboard to the default profile (offline when there is none or it cannot be used). */
    void connectDefaultProfile();
    void showSettings();
    /** Opens the create-job dialog on the open dataset, preselecting @p model when given. */
    void showCreateJob(const QString &model = {});

private:
    void createSettingsAction();

    MainWindow *m_window;
    Api::ProfileStore *m_profiles = nullptr;
    Api::SessionFallbackSecretStore *m_secrets = nullptr;
    ProfileClientResolver *m_resolver = nullptr;
    Eval::RunStore *m_runs = nullptr;
    JobsDashboard *m_dashboard = nullptr;
    EvaluationView *m_evaluation = nullptr;
    StatisticsPanel *m_statistics = nullptr;
    TrayNotifier *m_tray = nullptr;
};

} // namespace Fts
