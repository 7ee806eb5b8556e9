// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QWidget>

namespace Fts {

namespace {

const QString notifySettingKey = QStringLiteral("tray/notifyJobEnds");
// How long a notification stays when the desktop honours the hint: long enough to read after a coffee break.
constexpr int notificationMs = 15000;

QIcon applicationIcon()
{
    if (!QApplication::windowIcon().isNull())
        return QApplication::windowIcon();
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/" FTS_APP_ID ".png").arg(size));
    return icon;
}

} // namespace

TrayNotifier::TrayNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_menu = new QMenu; // deleted in the destructor: a parent window could be destroyed before us
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showAction = m_menu->addAction(tr("&Show Finetune Studio"), this, &TrayNotifier::showWindow);
    m_showAction->setObjectName(QStringLiteral("trayShowAction"));
    m_menu->addSeparator();
    m_recentMenu = m_menu->addMenu(tr("&Finished Jobs"));
    m_recentMenu->setObjectName(QStringLiteral("trayRecentJobsMenu"));
    m_notifyAction = m_menu->addAction(tr("&Notify When Jobs End"));
    m_notifyAction->setObjectName(QStringLiteral("trayNotifyAction"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(notificationsEnabled());
    connect(m_notifyAction, &QAction::toggled, this, &TrayNotifier::setNotificationsEnabled);
    m_menu->addSeparator();
    // Closing the windows (not quit()) lets the main window ask about unsaved edits first.
    m_quitAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit"),
                                                      QIcon(QStringLiteral(":/icons/actions/application-exit.png"))),
                                     tr("&Quit"), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    rebuildRecentJobsMenu();

    m_trayIcon = new QSystemTrayIcon(applicationIcon(), this);
    m_trayIcon->setContextMenu(m_menu);
    setRunningJobCount(0);
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (!m_lastNotifiedJobId.isEmpty())
            Q_EMIT jobActivated(m_lastNotifiedJobId);
    });
    if (isTrayAvailable())
        m_trayIcon->show();
}

TrayNotifier::~TrayNotifier()
{
    // QSystemTrayIcon does not own its menu: take it off the tray, then delete it.
    m_trayIcon->setContextMenu(nullptr);
    delete m_menu;
}

bool TrayNotifier::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayNotifier::notificationsEnabled() const
{
    return QSettings().value(notifySettingKey, true).toBool();
}

void TrayNotifier::setNotificationsEnabled(bool enabled)
{
    QSettings().setValue(notifySettingKey, enabled);
    if (m_notifyAction->isChecked() != enabled)
        m_notifyAction->setChecked(enabled);
}

void TrayNotifier::setRunningJobCount(int count)
{
    m_runningJobs = qMax(0, count);
    m_trayIcon->setToolTip(m_runningJobs == 0
                               ? tr("Finetune Studio")
                               : tr("Finetune Studio: %n job(s) running", nullptr, m_runningJobs));
}

void TrayNotifier::showWindow()
{
    if (!m_window)
        return;
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayNotifier::notifyJobFinished(const QString &jobId, const QString &label, const QString &status,
                                     const QString &detail)
{
    const QString name = label.isEmpty() ? jobId : label;
    m_recentJobs.prepend({jobId, name, status, detail, QDateTime::currentDateTime()});
    if (m_recentJobs.size() > maxRecentJobs)
        m_recentJobs.removeLast();
    rebuildRecentJobsMenu();

    if (!notificationsEnabled())
        return;
    if (!m_notifyWhileActive && m_window && m_window->isActiveWindow())
        return;

    QString title;
    QString message;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (status == QLatin1String("succeeded")) {
        title = tr("Training finished");
        message = detail.isEmpty() ? tr("%1 finished successfully.").arg(name)
                                   : tr("%1 finished. The new model is %2.").arg(name, detail);
    } else if (status == QLatin1String("failed")) {
        title = tr("Training failed");
        message = detail.isEmpty() ? tr("%1 failed.").arg(name) : tr("%1 failed: %2").arg(name, detail);
        icon = QSystemTrayIcon::Critical;
    } else if (status == QLatin1String("cancelled")) {
        title = tr("Training cancelled");
        message = tr("%1 was cancelled.").arg(name);
        icon = QSystemTrayIcon::Warning;
    } else {
        title = tr("Training ended");
        message = tr("%1 ended with status “%2”.").arg(name, status);
    }
    m_lastNotifiedJobId = jobId;
    Q_EMIT notificationRequested(title, message, icon);
    if (isTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_trayIcon->show();
        m_trayIcon->showMessage(title, message, icon, notificationMs);
    } else if (m_window) {
        QApplication::alert(m_window);
    }
}

void TrayNotifier::rebuildRecentJobsMenu()
{
    m_recentMenu->clear();
    if (m_recentJobs.isEmpty()) {
        m_recentMenu->addAction(tr("No jobs have ended yet"))->setEnabled(false);
        return;
    }
    const QLocale locale;
    for (const FinishedJob &job : std::as_const(m_recentJobs)) {
        QString outcome;
        QString iconName;
        if (job.status == QLatin1String("succeeded")) {
            outcome = tr("finished");
            iconName = QStringLiteral("dialog-ok");
        } else if (job.status == QLatin1String("failed")) {
            outcome = tr("failed");
            iconName = QStringLiteral("dialog-error");
        } else if (job.status == QLatin1String("cancelled")) {
            outcome = tr("cancelled");
            iconName = QStringLiteral("dialog-warning");
        } else {
            outcome = job.status;
            iconName = QStringLiteral("dialog-information");
        }
        //: Tray menu entry for a job that ended: job name, outcome, time of day.
        const QString text = tr("%1: %2 at %3")
                                 .arg(job.label, outcome, locale.toString(job.finishedAt.time(), QLocale::ShortFormat));
        QAction *action = m_recentMenu->addAction(
            QIcon::fromTheme(iconName, QIcon(QStringLiteral(":/icons/actions/%1.png").arg(iconName))), text);
        action->setData(job.jobId);
        connect(action, &QAction::triggered, this, [this, jobId = job.jobId] {
            showWindow();
            Q_EMIT jobActivated(jobId);
        });
    }
}

} // namespace Fts
