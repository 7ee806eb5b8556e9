// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleFilterModel.h"
#include "core/editing/ExampleListModel.h"
#include "core/editing/IssueListModel.h"
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/ValidationDock.h"
#include "desktop/editor/ExampleEditor.h"
#include "desktop/editor/MessageCard.h"
#include "support/TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Fts;

/** The GUI smoke test of issue 2 and the editor flows of issue 4, driven through the real widgets. */
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensTheSampleAndShowsItsExamples();
    void showsValidationIssuesAndJumpsToTheExample();
    void typingInAMessageIsOneUndoStepAndMarksTheTitle();
    void addingAndDeletingMessagesAreUndoable();
    void searchFiltersTheListAndCounts();
    void insertAndDeleteExamplesFromTheMenu();
    void savesAtomicallyAndClearsTheDirtyMarker();
    void screenshots();

private:
    static bool openAndWait(MainWindow &window, const QString &path);
    static QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

bool TestMainWindow::openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
    window.openDataset(path);
    if (!loaded.wait(30000))
        return false;
    return loaded.constFirst().constFirst().toBool();
}

QString TestMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    static QTemporaryDir dir;
    return Fts::Test::TestPaths::writeFile(dir.filePath(name), bytes);
}

void TestMainWindow::opensTheSampleAndShowsItsExamples()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl"))));

    QTableView *list = window.datasetPage()->exampleView();
    QCOMPARE(list->model()->rowCount(), 65);
    QCOMPARE(list->model()->index(0, Core::ExampleListModel::PreviewColumn).data().toString(),
             QStringLiteral("Patient presents with acute bronchitis."));
    QCOMPARE(list->model()->index(0, Core::ExampleListModel::MessagesColumn).data().toInt(), 3);
    QCOMPARE(list->model()->index(1, Core::ExampleListModel::IndexColumn).data().toInt(), 2);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("icd10-train.jsonl")));
    QVERIFY(!window.isWindowModified());
    // The sample is clean: the validation panel says so and every example shows the "valid" status.
    auto *summary = window.validationDock()->findChild<QLabel *>(QStringLiteral("validationSummary"));
    QVERIFY(summary);
    QCOMPARE(window.issueModel()->report().errorCount(), 0);
    QVERIFY2(summary->text().contains(QStringLiteral("65")), qPrintable(summary->text()));
    QCOMPARE(list->model()->index(5, Core::ExampleListModel::StatusColumn).data(Core::ExampleListModel::StatusRole).toInt(),
             int(Core::ExampleListModel::Status::Valid));
    // The first example is selected and shown as message cards.
    const QList<MessageCard *> cards = window.datasetPage()->editor()->cards();
    QCOMPARE(cards.size(), 3);
    QCOMPARE(cards.at(2)->contentEditor()->toPlainText(), QStringLiteral("J20.9: Acute bronchitis, unspecified"));
    QCOMPARE(cards.at(0)->findChild<QComboBox *>(QStringLiteral("roleSelector"))->currentText(), QStringLiteral("system"));
}

void TestMainWindow::showsValidationIssuesAndJumpsToTheExample()
{
    QByteArray bytes;
    QFile sample(Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-test.jsonl")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = sample.readAll().split('\n');
    lines[6] = "{\"messages\": [{\"role\": \"asistant\", \"content\": \"x\"}]}";
    lines[11] = "{not json";
    const QString path = writeFile(QStringLiteral("broken.jsonl"), lines.join('\n'));

    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    Core::IssueListModel *issues = window.issueModel();
    QVERIFY(issues->report().errorCount() >= 2);
    QTableView *issueView = window.validationDock()->view();
    int invalidJsonRow = -1;
    for (int row = 0; row < issues->rowCount(); ++row) {
        if (issues->index(row, 0).data(Core::IssueListModel::KindRole).toString() == QLatin1String("invalid_json"))
            invalidJsonRow = row;
    }
    QVERIFY(invalidJsonRow >= 0);
    QCOMPARE(issues->index(invalidJsonRow, Core::IssueListModel::LineColumn).data().toInt(), 12);
    QCOMPARE(window.exampleModel()->index(11, Core::ExampleListModel::StatusColumn)
                 .data(Core::ExampleListModel::StatusRole).toInt(),
             int(Core::ExampleListModel::Status::Error));

    // Double-clicking the issue selects example 12 in the list and shows it in the editor.
    const QModelIndex cell = issues->index(invalidJsonRow, Core::IssueListModel::MessageColumn);
    issueView->scrollTo(cell);
    const QPoint centre = issueView->visualRect(cell).center();
    QTest::mouseClick(issueView->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(issueView->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(window.datasetPage()->currentRow(), 11);
    QCOMPARE(window.datasetPage()->editor()->row(), 11);
}

void TestMainWindow::typingInAMessageIsOneUndoStepAndMarksTheTitle()
{
    const QString path = writeFile(QStringLiteral("typing.jsonl"),
                                   QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"Gout.\"},"
                                              "{\"role\":\"assistant\",\"content\":\"M10.9\"}]}\n"));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    const QByteArray original = window.document()->toBytes();
    QPlainTextEdit *answer = window.datasetPage()->editor()->cards().at(1)->contentEditor();
    answer->setFocus();
    answer->moveCursor(QTextCursor::End);
    QTest::keyClicks(answer, QStringLiteral(": Gout, unspecified"));
    QCOMPARE(window.document()->example(0).value(QLatin1String("messages")).toArray().at(1).toObject()
                 .value(QLatin1String("content")).toString(),
             QStringLiteral("M10.9: Gout, unspecified"));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QVERIFY(window.isWindowModified());
    // The list preview follows and the line keeps the file's compact style.
    QVERIFY(window.document()->exampleLine(0).contains("\"content\":\"M10.9: Gout, unspecified\""));

    window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(window.document()->toBytes(), original);
    QVERIFY(!window.isWindowModified());
    // Undo rebuilt the cards with the old text.
    QCOMPARE(window.datasetPage()->editor()->cards().at(1)->contentEditor()->toPlainText(), QStringLiteral("M10.9"));
    window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->setClean(); // no "save changes?" prompt when the window closes
}

void TestMainWindow::addingAndDeletingMessagesAreUndoable()
{
    const QString path = writeFile(QStringLiteral("messages.jsonl"),
                                   QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"Gout.\"},"
                                              "{\"role\":\"assistant\",\"content\":\"M10.9\"}]}\n"));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    ExampleEditor *editor = window.datasetPage()->editor();
    auto *add = editor->findChild<QPushButton *>(QStringLiteral("addMessageButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor->cards().size(), 3);
    QCOMPARE(editor->cards().at(2)->findChild<QComboBox *>(QStringLiteral("roleSelector"))->currentText(),
             QStringLiteral("user"));
    QCOMPARE(window.exampleModel()->index(0, Core::ExampleListModel::MessagesColumn).data().toInt(), 3);

    QTest::mouseClick(editor->cards().at(0)->findChild<QToolButton *>(QStringLiteral("deleteMessageButton")),
                      Qt::LeftButton);
    QCOMPARE(editor->cards().size(), 2);
    QCOMPARE(editor->cards().at(0)->contentEditor()->toPlainText(), QStringLiteral("M10.9"));
    QCOMPARE(window.document()->undoStack()->count(), 2);
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(editor->cards().size(), 2);
    QCOMPARE(editor->cards().at(0)->contentEditor()->toPlainText(), QStringLiteral("Gout."));
    QVERIFY(!window.document()->isModified());
}

void TestMainWindow::searchFiltersTheListAndCounts()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl"))));
    QLineEdit *search = window.datasetPage()->searchField();
    QTest::keyClicks(search, QStringLiteral("HEART FAILURE"));
    auto *count = window.datasetPage()->findChild<QLabel *>(QStringLiteral("exampleCount"));
    QTRY_VERIFY(count->text().contains(QStringLiteral(" of 65")));
    QTableView *list = window.datasetPage()->exampleView();
    const int matches = list->model()->rowCount();
    QCOMPARE(matches, 2); // the chronic systolic and the hypertensive heart disease examples
    for (int row = 0; row < matches; ++row) {
        const int source = window.datasetPage()->filterModel()->mapToSource(list->model()->index(row, 0)).row();
        QVERIFY(window.document()->exampleLine(source).toLower().contains("heart failure"));
    }
    search->clear();
    QTRY_COMPARE(list->model()->rowCount(), 65);
}

void TestMainWindow::insertAndDeleteExamplesFromTheMenu()
{
    const QString path = writeFile(QStringLiteral("insert.jsonl"),
                                   QByteArray("{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},"
                                              "{\"role\":\"user\",\"content\":\"A\"}]}\n"));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    const QByteArray original = window.document()->toBytes();
    window.findChild<QAction *>(QStringLiteral("insertExampleAction"))->trigger();
    QCOMPARE(window.document()->exampleCount(), 2);
    QCOMPARE(window.datasetPage()->currentRow(), 1);
    // The new example starts with the system prompt of the one it follows.
    QCOMPARE(window.datasetPage()->editor()->cards().size(), 3);
    QCOMPARE(window.datasetPage()->editor()->cards().at(0)->contentEditor()->toPlainText(), QStringLiteral("S"));
    window.findChild<QAction *>(QStringLiteral("deleteExamplesAction"))->trigger();
    QCOMPARE(window.document()->exampleCount(), 1);
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toBytes(), original);
}

void TestMainWindow::savesAtomicallyAndClearsTheDirtyMarker()
{
    const QString path = writeFile(QStringLiteral("save.jsonl"),
                                   QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"A\"}]}\r\n{\"x\":1}"));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    QPlainTextEdit *content = window.datasetPage()->editor()->cards().at(0)->contentEditor();
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral("B"));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.saveDataset());
    QVERIFY(!window.isWindowModified());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    // The edited line changed, the untouched one and the CRLF / missing final newline did not.
    QCOMPARE(saved.readAll(), QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"BA\"}]}\r\n{\"x\":1}"));
}

void TestMainWindow::screenshots()
{
    // Set FTS_SCREENSHOT_DIR=docs/screenshots to refresh the documentation's pictures.
    const QString directory = qEnvironmentVariable("FTS_SCREENSHOT_DIR", QDir::tempPath() + QStringLiteral("/fts-screenshots"));
    QDir().mkpath(directory);
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QVERIFY(openAndWait(window, Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl"))));
    window.datasetPage()->selectExample(19);
    QTest::qWait(50);
    QVERIFY(window.grab().save(directory + QStringLiteral("/main-window.png")));

    MainWindow tools;
    tools.resize(1400, 860);
    tools.show();
    QVERIFY(openAndWait(tools, Fts::Test::TestPaths::dataFile(QStringLiteral("editing/tool-call.jsonl"))));
    QTest::qWait(50);
    QVERIFY(tools.grab().save(directory + QStringLiteral("/editor-tool-call.png")));

    MainWindow preference;
    preference.resize(1400, 860);
    preference.show();
    QVERIFY(openAndWait(preference, Fts::Test::TestPaths::dataFile(QStringLiteral("editing/preference.jsonl"))));
    QTest::qWait(50);
    QVERIFY(preference.grab().save(directory + QStringLiteral("/editor-dpo.png")));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
