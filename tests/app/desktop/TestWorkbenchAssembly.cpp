// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/WorkbenchAssembly.h"

#include "desktop/MainWindow.h"
#include "desktop/eval/EvaluationView.h"
#include "desktop/jobs/JobsDashboard.h"
#include "desktop/stats/StatisticsPanel.h"
#include "support/TestPaths.h"

#include <QAction>
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

QTEST_MAIN(TestWorkbenchAssembly)
#include "TestWorkbenchAssembly.moc"
