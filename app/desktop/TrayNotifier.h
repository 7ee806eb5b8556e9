// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QAction;
class QMenu;
class QWidget;

namespace Fts {

/**
 * The system tray icon of Finetune Studio: a menu (show the window, the jobs that ended, a switch for job
 * notifications, quit) and a desktop notification when a fine-tuning job ends, so a user who started a
 * two-hour job can work elsewhere and still hear about it.
 *
 * Wiring (the jobs dashboard emits when a job reaches a terminal state):
 * @code
 *   auto *tray = new Fts::TrayNotifier(&window, &window);
 *   connect(dashboard, &JobsDashboard::jobFinished, tray, &Fts::TrayNotifier::notifyJobFinished);
 *   connect(tray, &Fts::TrayNotifier::jobActivated, dashboard, &JobsDashboard::showJob);
 * @endcode
 *
 * Without a tray (GNOME without the AppIndicator extension, the offscreen platform) job ends make the
 * window's taskbar entry ask for attention instead; the menu of finished jobs is kept either way.
 */
class TrayNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    /** One job that ended, newest first in recentJobs(). */
    struct FinishedJob
    {
        QString jobId;
        QString label;
        QString status;
        QString detail;
        QDateTime finishedAt;
    };

    /** @p window is shown and raised from the tray; the tray icon appears at once when the desktop has one. */
    explicit TrayNotifier(QWidget *window, QObject *parent = nullptr);
    ~TrayNotifier() override;

    /** Whether the desktop shows tray icons now. */
    static bool isTrayAvailable();

    QSystemTrayIcon *trayIcon() const { return m_trayIcon; }
    QMenu *menu() const { return m_menu; }
    QList<FinishedJob> recentJobs() const { return m_recentJobs; }

    /** The "Notify when jobs end" switch, kept in QSettings (tray/notifyJobEnds); on by default. */
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    /** Off by default: while the window is the active one the user sees the job end in the dashboard. */
    void setNotifyWhileWindowActive(bool notify) { m_notifyWhileActive = notify; }

    /** How many finished jobs the menu lists. */
    static constexpr int maxRecentJobs = 8;

public Q_SLOTS:
    /**
     * A job reached a terminal state. @p status is the provider's job status ("succeeded", "failed",
     * "cancelled"; anything else is reported as is); @p label names the job for a person (suffix or base
     * model, else the id); @p detail is the fine-tuned model on success or the error message on failure.
     */
    void notifyJobFinished(const QString &jobId, const QString &label, const QString &status,
                           const QString &detail = QString());

    /** The tooltip says how many jobs are running ("Finetune Studio: 2 jobs running"). */
    void setRunningJobCount(int count);

    /** Shows, unminimizes and raises the window. */
    void showWindow();

Q_SIGNALS:
    /** The user picked a job in the tray menu or clicked its notification: show that job. */
    void jobActivated(const QString &jobId);
    /** A notification was decided for a job end; emitted whether it goes to the tray or to a taskbar alert. */
    void notificationRequested(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);

private:
    void rebuildRecentJobsMenu();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_trayIcon = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_notifyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<FinishedJob> m_recentJobs;
    QString m_lastNotifiedJobId;
    int m_runningJobs = 0;
    bool m_notifyWhileActive = false;
};

} // namespace Fts
