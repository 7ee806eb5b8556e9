// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/WorkbenchAssembly.h"

#include "desktop/MainWindow.h"
#include "desktop/eval/EvaluationView.h"
#include "desktop/jobs/JobsDashboard.h"
#include "desktop/settings/InferencePricesPage.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/stats/StatisticsPanel.h"
#include "support/TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestWorkbenchAssembly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void installsEveryFeatureIntoTheWindow();
    void settingsSitInAToolsMenuBeforeHelp();
    void anUnreadablePriceIsNotDroppedInSilence();
};

void TestWorkbenchAssembly::initTestCase()
{
    // No saved profile in test mode: the dashboard starts offline and no keychain is touched.
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkbenchAssembly::installsEveryFeatureIntoTheWindow()
{
    Fts::MainWindow window;
    auto *assembly = new Fts::WorkbenchAssembly(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(assembly->jobsDashboard());
    QCOMPARE(window.findChild<Fts::JobsDashboard *>(), assembly->jobsDashboard());
    QCOMPARE(window.findChild<Fts::EvaluationView *>(), assembly->evaluationView());
    auto *statisticsDock = window.findChild<QDockWidget *>(QStringLiteral("StatisticsDock"));
    QVERIFY(statisticsDock);
    QCOMPARE(statisticsDock->widget(), assembly->statisticsPanel());
    QCOMPARE(assembly->statisticsPanel()->document(), window.document());

    QSignalSpy loaded(&window, &Fts::MainWindow::datasetLoaded);
    window.openDataset(Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(window.document()->exampleCount() >= 60);
}

void TestWorkbenchAssembly::settingsSitInAToolsMenuBeforeHelp()
{
    Fts::MainWindow window;
    new Fts::WorkbenchAssembly(&window);
    auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(QKeySequence::Preferences));
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.at(menus.size() - 2)->menu()->actions().constFirst(), settings);
}

void TestWorkbenchAssembly::anUnreadablePriceIsNotDroppedInSilence()
{
    Fts::MainWindow window;
    new Fts::WorkbenchAssembly(&window);
    window.show();
    // The modal dialogs block: a timer plays the user. Each step runs once, on the dialog it expects.
    QStringList seen;
    int settingsShown = 0;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *settings = qobject_cast<Fts::SettingsDialog *>(modal); settings && settings->isVisible()) {
            auto *page = settings->findChild<Fts::InferencePricesPage *>();
            if (!page)
                return;
            ++settingsShown;
            seen << QStringLiteral("settings on %1").arg(settings->page(settings->currentPage()) == page
                                                            ? QStringLiteral("inference prices")
                                                            : QStringLiteral("another page"));
            // First an unreadable price; on the second visit the user empties the cell again (the built-in price).
            page->table()->item(0, Fts::InferencePricesPage::InputColumn)
                ->setText(settingsShown == 1 ? QStringLiteral("lots") : QString());
            settings->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal);
                   box && box->objectName() == QLatin1String("pricesNotSavedBox")) {
            seen << QStringLiteral("box: ") + box->text();
            box->button(QMessageBox::Retry)->click();
        }
    });
    poll->start();
    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    poll->stop();
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(0), QStringLiteral("settings on another page"));
    QVERIFY2(seen.at(1).contains(QLatin1String("Inference prices")), qPrintable(seen.at(1)));
    QCOMPARE(seen.at(2), QStringLiteral("settings on inference prices"));
}

QTEST_MAIN(TestWorkbenchAssembly)
#include "TestWorkbenchAssembly.moc"
