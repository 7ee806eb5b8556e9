// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/TrayNotifier.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Fts::TrayNotifier;

namespace {

QAction *findAction(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void menuOffersShowFinishedJobsNotifyAndQuit();
    void jobEndNotifiesInPlainWords_data();
    void jobEndNotifiesInPlainWords();
    void noNotificationWhileWindowIsActive();
    void switchedOffNotificationsOnlyRecordTheJob();
    void finishedJobInMenuShowsWindowAndJob();
    void finishedJobsMenuKeepsTheNewest();
    void tooltipCountsRunningJobs();
    void screenshotOfTheMenu();

private:
    std::unique_ptr<QMainWindow> m_window;
};

void TestTrayNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the notify switch goes to a throwaway settings file
    QCoreApplication::setOrganizationName(QStringLiteral("FinetuneStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTrayNotifier"));
}

void TestTrayNotifier::init()
{
    QSettings().clear();
    m_window = std::make_unique<QMainWindow>();
    m_window->resize(400, 300);
}

void TestTrayNotifier::menuOffersShowFinishedJobsNotifyAndQuit()
{
    TrayNotifier tray(m_window.get());
    QMenu *menu = tray.menu();
    QVERIFY(menu);
    QCOMPARE(tray.trayIcon()->contextMenu(), menu);
    QVERIFY(findAction(menu, QStringLiteral("trayShowAction")));
    QVERIFY(findAction(menu, QStringLiteral("trayQuitAction")));
    QAction *notify = findAction(menu, QStringLiteral("trayNotifyAction"));
    QVERIFY(notify && notify->isCheckable() && notify->isChecked());
    auto *recent = menu->findChild<QMenu *>(QStringLiteral("trayRecentJobsMenu"));
    QVERIFY(recent);
    QCOMPARE(recent->actions().size(), 1);
    QVERIFY(!recent->actions().constFirst()->isEnabled()); // "No jobs have ended yet"
    QVERIFY(!tray.trayIcon()->icon().isNull());

    // "Show" brings back a hidden window.
    QVERIFY(!m_window->isVisible());
    findAction(menu, QStringLiteral("trayShowAction"))->trigger();
    QVERIFY(m_window->isVisible());
}

void TestTrayNotifier::jobEndNotifiesInPlainWords_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("icon");
    QTest::newRow("succeeded") << "succeeded" << "ft:gpt-4o-mini-2024-07-18:acme:icd10:AbC123" << "Training finished"
                               << "icd10 finished. The new model is ft:gpt-4o-mini-2024-07-18:acme:icd10:AbC123."
                               << int(QSystemTrayIcon::Information);
    QTest::newRow("failed") << "failed" << "The training file has 3 invalid lines." << "Training failed"
                            << "icd10 failed: The training file has 3 invalid lines." << int(QSystemTrayIcon::Critical);
    QTest::newRow("failed without reason") << "failed" << "" << "Training failed" << "icd10 failed."
                                           << int(QSystemTrayIcon::Critical);
    QTest::newRow("cancelled") << "cancelled" << "" << "Training cancelled" << "icd10 was cancelled."
                               << int(QSystemTrayIcon::Warning);
    QTest::newRow("unknown status") << "expired" << "" << "Training ended" << "icd10 ended with status “expired”."
                                    << int(QSystemTrayIcon::Information);
}

void TestTrayNotifier::jobEndNotifiesInPlainWords()
{
    QFETCH(QString, status);
    QFETCH(QString, detail);
    QFETCH(QString, title);
    QFETCH(QString, message);
    QFETCH(int, icon);
    TrayNotifier tray(m_window.get());
    QSignalSpy notified(&tray, &TrayNotifier::notificationRequested);
    tray.notifyJobFinished(QStringLiteral("ftjob-abc"), QStringLiteral("icd10"), status, detail);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.constFirst().at(0).toString(), title);
    QCOMPARE(notified.constFirst().at(1).toString(), message);
    QCOMPARE(int(notified.constFirst().at(2).value<QSystemTrayIcon::MessageIcon>()), icon);
    QCOMPARE(tray.recentJobs().size(), 1);
    QCOMPARE(tray.recentJobs().constFirst().jobId, QStringLiteral("ftjob-abc"));
    QCOMPARE(tray.recentJobs().constFirst().status, status);
}

void TestTrayNotifier::noNotificationWhileWindowIsActive()
{
    TrayNotifier tray(m_window.get());
    QSignalSpy notified(&tray, &TrayNotifier::notificationRequested);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tray.notifyJobFinished(QStringLiteral("ftjob-1"), QStringLiteral("icd10"), QStringLiteral("succeeded"));
    QCOMPARE(notified.size(), 0);
    QCOMPARE(tray.recentJobs().size(), 1); // still listed in the menu

    tray.setNotifyWhileWindowActive(true);
    tray.notifyJobFinished(QStringLiteral("ftjob-2"), QStringLiteral("icd10"), QStringLiteral("succeeded"));
    QCOMPARE(notified.size(), 1);
}

void TestTrayNotifier::switchedOffNotificationsOnlyRecordTheJob()
{
    {
        TrayNotifier tray(m_window.get());
        findAction(tray.menu(), QStringLiteral("trayNotifyAction"))->trigger(); // the user unticks it
        QVERIFY(!tray.notificationsEnabled());
    }
    // The choice survives a restart.
    TrayNotifier tray(m_window.get());
    QVERIFY(!tray.notificationsEnabled());
    QVERIFY(!findAction(tray.menu(), QStringLiteral("trayNotifyAction"))->isChecked());
    QSignalSpy notified(&tray, &TrayNotifier::notificationRequested);
    tray.notifyJobFinished(QStringLiteral("ftjob-1"), QStringLiteral("icd10"), QStringLiteral("failed"));
    QCOMPARE(notified.size(), 0);
    QCOMPARE(tray.recentJobs().size(), 1);
}

void TestTrayNotifier::finishedJobInMenuShowsWindowAndJob()
{
    TrayNotifier tray(m_window.get());
    tray.notifyJobFinished(QStringLiteral("ftjob-old"), QStringLiteral("first run"), QStringLiteral("failed"));
    tray.notifyJobFinished(QStringLiteral("ftjob-new"), QStringLiteral("second run"), QStringLiteral("succeeded"),
                           QStringLiteral("ft:model"));
    auto *recent = tray.menu()->findChild<QMenu *>(QStringLiteral("trayRecentJobsMenu"));
    QCOMPARE(recent->actions().size(), 2);
    QVERIFY(recent->actions().at(0)->text().startsWith(QStringLiteral("second run: finished at ")));
    QVERIFY(recent->actions().at(1)->text().startsWith(QStringLiteral("first run: failed at ")));
    QVERIFY(!recent->actions().at(0)->icon().isNull());

    QSignalSpy activated(&tray, &TrayNotifier::jobActivated);
    recent->actions().at(1)->trigger();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("ftjob-old"));
    QVERIFY(m_window->isVisible());
}

void TestTrayNotifier::finishedJobsMenuKeepsTheNewest()
{
    TrayNotifier tray(m_window.get());
    for (int i = 1; i <= TrayNotifier::maxRecentJobs + 3; ++i)
        tray.notifyJobFinished(QStringLiteral("ftjob-%1").arg(i), QString(), QStringLiteral("succeeded"));
    QCOMPARE(tray.recentJobs().size(), TrayNotifier::maxRecentJobs);
    QCOMPARE(tray.recentJobs().constFirst().jobId, QStringLiteral("ftjob-%1").arg(TrayNotifier::maxRecentJobs + 3));
    QCOMPARE(tray.recentJobs().constFirst().label, tray.recentJobs().constFirst().jobId); // no label: the id
    auto *recent = tray.menu()->findChild<QMenu *>(QStringLiteral("trayRecentJobsMenu"));
    QCOMPARE(recent->actions().size(), TrayNotifier::maxRecentJobs);
}

void TestTrayNotifier::tooltipCountsRunningJobs()
{
    TrayNotifier tray(m_window.get());
    QCOMPARE(tray.trayIcon()->toolTip(), QStringLiteral("Finetune Studio"));
    tray.setRunningJobCount(2);
    QVERIFY2(tray.trayIcon()->toolTip().contains(QStringLiteral("2 job")), qPrintable(tray.trayIcon()->toolTip()));
    tray.setRunningJobCount(0);
    QCOMPARE(tray.trayIcon()->toolTip(), QStringLiteral("Finetune Studio"));
}

void TestTrayNotifier::screenshotOfTheMenu()
{
    TrayNotifier tray(m_window.get());
    tray.notifyJobFinished(QStringLiteral("ftjob-1"), QStringLiteral("icd10-coder v2"), QStringLiteral("succeeded"),
                           QStringLiteral("ft:gpt-4o-mini:acme::x"));
    tray.notifyJobFinished(QStringLiteral("ftjob-2"), QStringLiteral("contract-clauses"), QStringLiteral("failed"));
    tray.notifyJobFinished(QStringLiteral("ftjob-3"), QStringLiteral("icd10-coder v1"), QStringLiteral("cancelled"));
    auto *recent = tray.menu()->findChild<QMenu *>(QStringLiteral("trayRecentJobsMenu"));
    tray.menu()->popup(QPoint(10, 10));
    QVERIFY(QTest::qWaitForWindowExposed(tray.menu()));
    tray.menu()->setActiveAction(recent->menuAction());
    QTRY_VERIFY(recent->isVisible());
    const QImage menuImage = tray.menu()->grab().toImage();
    const QImage recentImage = recent->grab().toImage();
    QImage sheet(menuImage.width() + recentImage.width() + 4, qMax(menuImage.height(), recentImage.height()) + 8,
                 QImage::Format_ARGB32);
    sheet.fill(Qt::transparent);
    {
        QPainter painter(&sheet);
        painter.drawImage(0, 0, menuImage);
        painter.drawImage(menuImage.width() + 4, 8, recentImage);
    }
    const QString path = QStringLiteral(FTS_BINARY_DIR "/tray-menu.png");
    QVERIFY(sheet.save(path));
    qInfo("tray menu rendered to %s", qPrintable(path));
    tray.menu()->hide();
}

QTEST_MAIN(TestTrayNotifier)
#include "TestTrayNotifier.moc"
