// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/commands/RemoveExamplesCommand.h"
#include "core/editing/ExampleListModel.h"
#include "core/editing/bulk/BulkPreviewModel.h"
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/bulk/BulkEditDialog.h"
#include "support/TestPaths.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Fts;

/** The bulk edit dialogs, opened from the main window's menus and driven through their real widgets. */
class TestBulkEditDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findAndReplaceFromTheMenuIsOneUndoStep();
    void applyIsDisabledWhenNothingChanges();
    void doubleClickShowsTheExample();
    void selectionIsOfferedAsScope();
    void theSelectionScopeIsDroppedWhenRowsMove();
    void everyDatasetMenuEntryOpensItsDialog();
    void removeDuplicatesAndUndo();
    void screenshot();

private:
    static BulkEditDialog *trigger(MainWindow &window, const char *action);
    static QByteArray sample();
};

void TestBulkEditDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

QByteArray TestBulkEditDialog::sample()
{
    return QByteArrayLiteral(
        R"({"messages": [{"role": "user", "content": "CKD stage 3"}, {"role": "assistant", "content": "N18.30: Chronic kidney disease, stage 3 unspecified"}]})" "\n"
        R"({"messages": [{"role": "user", "content": "Hypertension"}, {"role": "assistant", "content": "I10: Essential (primary) hypertension"}]})" "\n"
        R"({"messages": [{"role": "user", "content": "CKD 3 and diabetes"}, {"role": "assistant", "content": "E11.22: Type 2 diabetes\nN18.30: Chronic kidney disease, stage 3 unspecified"}]})" "\n"
        R"({"messages": [{"role": "user", "content": "Hypertension"}, {"role": "assistant", "content": "I10: Essential (primary) hypertension"}]})" "\n");
}

BulkEditDialog *TestBulkEditDialog::trigger(MainWindow &window, const char *action)
{
    auto *menuAction = window.findChild<QAction *>(QLatin1String(action));
    if (!menuAction)
        return nullptr;
    menuAction->trigger();
    const QList<BulkEditDialog *> dialogs = window.findChildren<BulkEditDialog *>();
    for (BulkEditDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestBulkEditDialog::findAndReplaceFromTheMenuIsOneUndoStep()
{
    MainWindow window;
    window.show();
    window.document()->setData(sample());
    const QByteArray original = window.document()->toBytes();
    auto *action = window.findChild<QAction *>(QStringLiteral("findReplaceAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    BulkEditDialog *dialog = trigger(window, "findReplaceAction");
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), BulkEditDialog::Kind::FindReplace);
    auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("findField"));
    auto *replace = dialog->findChild<QLineEdit *>(QStringLiteral("replaceField"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(find && replace && summary && apply);
    QTRY_COMPARE(summary->text(), QStringLiteral("Type the text to find."));
    QVERIFY(!apply->isEnabled());

    QTest::keyClicks(find, QStringLiteral("N18.30"));
    QTest::keyClicks(replace, QStringLiteral("N18.31"));
    QTRY_COMPARE(summary->text(), QStringLiteral("2 change(s) in 2 example(s)"));
    QCOMPARE(dialog->previewModel()->rowCount(), 2);
    const QModelIndex after = dialog->previewModel()->index(1, Core::BulkPreviewModel::AfterColumn);
    QCOMPARE(after.data().toString(), QStringLiteral("E11.22: Type 2 diabetes↵N18.31: Chronic kidney disease, stage 3 unspecified"));
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Replace “N18.30” in 2 example(s)"));
    QCOMPARE(window.document()->toBytes().count("N18.31"), 2);
    QCOMPARE(window.document()->toBytes().count("N18.30"), 0);
    // Untouched lines keep their bytes.
    QCOMPARE(window.document()->exampleLine(1), original.split('\n').at(1));
    window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(window.document()->toBytes(), original);
    window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(window.document()->toBytes().count("N18.31"), 2);
}

void TestBulkEditDialog::applyIsDisabledWhenNothingChanges()
{
    MainWindow window;
    window.show();
    window.document()->setData(sample());
    BulkEditDialog *dialog = trigger(window, "findReplaceAction");
    QVERIFY(dialog);
    auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("findField"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTest::keyClicks(find, QStringLiteral("zzz"));
    QTRY_COMPARE(summary->text(), QStringLiteral("No matches in 4 example(s)"));
    QVERIFY(!apply->isEnabled());

    // An invalid pattern says where it is wrong; fixing it brings the preview back.
    find->clear();
    QTest::keyClicks(find, QStringLiteral("N18.(3"));
    dialog->findChild<QCheckBox *>(QStringLiteral("regexCheck"))->setChecked(true);
    QTRY_VERIFY(summary->text().startsWith(QStringLiteral("The regular expression is not valid at character 7")));
    QVERIFY(!apply->isEnabled());
    QTest::keyClick(find, Qt::Key_Backspace);
    QTest::keyClick(find, Qt::Key_3);
    QTest::keyClick(find, Qt::Key_ParenRight);
    QTRY_COMPARE(summary->text(), QStringLiteral("2 change(s) in 2 example(s)"));
    // The roles restrict it: no user message has a code.
    dialog->findChild<QCheckBox *>(QStringLiteral("roleAssistant"))->setChecked(false);
    QTRY_COMPARE(summary->text(), QStringLiteral("No matches in 4 example(s)"));
    QVERIFY(!apply->isEnabled());
    // Cancel changes nothing.
    dialog->reject();
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void TestBulkEditDialog::doubleClickShowsTheExample()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.document()->setData(sample());
    BulkEditDialog *dialog = trigger(window, "findReplaceAction");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("findField")), QStringLiteral("diabetes"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("previewView"));
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(1, Core::BulkPreviewModel::LineColumn).data().toInt(), 3);
    const QRect cell = view->visualRect(view->model()->index(1, Core::BulkPreviewModel::BeforeColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(window.datasetPage()->currentRow(), 2);
    QVERIFY(dialog->isVisible()); // not modal: it stays open beside the example
}

void TestBulkEditDialog::theSelectionScopeIsDroppedWhenRowsMove()
{
    // The dialog is not modal: after a row above the selection is deleted, the rows it was opened with name other
    // examples, so the selection scope goes and the dialog says the change is for all examples.
    MainWindow window;
    window.show();
    window.document()->setData(sample());
    QTableView *list = window.datasetPage()->exampleView();
    for (int row : {2, 3})
        list->selectionModel()->select(list->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    BulkEditDialog *dialog = trigger(window, "deleteMatchingAction");
    QVERIFY(dialog);
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    QCOMPARE(scope->currentText(), QStringLiteral("Selected examples (2)"));
    window.document()->undoStack()->push(new Core::RemoveExamplesCommand(window.document(), {0}, QString()));
    QCOMPARE(scope->count(), 1);
    QCOMPARE(scope->currentText(), QStringLiteral("All examples (3)"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("noteLabel"));
    QTRY_VERIFY(note->isVisible() && note->text().contains(QLatin1String("no longer applies")));
}

void TestBulkEditDialog::selectionIsOfferedAsScope()
{
    MainWindow window;
    window.show();
    window.document()->setData(sample());
    QTableView *list = window.datasetPage()->exampleView();
    list->selectionModel()->select(list->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    list->selectionModel()->select(list->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    BulkEditDialog *dialog = trigger(window, "setSystemPromptAction");
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), BulkEditDialog::Kind::SetSystemPrompt);
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    QCOMPARE(scope->count(), 2);
    QCOMPARE(scope->currentText(), QStringLiteral("Selected examples (2)"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit")), QStringLiteral("Code it."));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_COMPARE(summary->text(), QStringLiteral("2 change(s) in 2 example(s)"));
    scope->setCurrentIndex(0);
    QTRY_COMPARE(summary->text(), QStringLiteral("4 change(s) in 4 example(s)"));
    scope->setCurrentIndex(1);
    QTRY_COMPARE(summary->text(), QStringLiteral("2 change(s) in 2 example(s)"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(window.document()->exampleLine(0).startsWith(R"({"messages": [{"role": "system", "content": "Code it."})"));
    QVERIFY(!window.document()->exampleLine(2).contains("system"));
    QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Set system prompt in 2 example(s)"));
}

void TestBulkEditDialog::everyDatasetMenuEntryOpensItsDialog()
{
    MainWindow window;
    window.show();
    window.document()->setData(sample());
    const QList<std::pair<const char *, BulkEditDialog::Kind>> entries{
        {"setSystemPromptAction", BulkEditDialog::Kind::SetSystemPrompt},
        {"removeDuplicatesAction", BulkEditDialog::Kind::RemoveDuplicates},
        {"deleteMatchingAction", BulkEditDialog::Kind::DeleteMatching},
        {"moveMatchingAction", BulkEditDialog::Kind::MoveToSplit}};
    for (const auto &[name, kind] : entries) {
        BulkEditDialog *dialog = trigger(window, name);
        QVERIFY2(dialog, name);
        QCOMPARE(dialog->kind(), kind);
        // Opening it again raises the same dialog.
        QCOMPARE(trigger(window, name), dialog);
        dialog->close();
    }

    // Move matching to split: matches the list's text, moves, and undo puts the splits back.
    BulkEditDialog *move = trigger(window, "moveMatchingAction");
    QTest::keyClicks(move->findChild<QLineEdit *>(QStringLiteral("matchTextField")), QStringLiteral("hypertension"));
    auto *target = move->findChild<QComboBox *>(QStringLiteral("targetSplitCombo"));
    target->setCurrentIndex(target->findText(QStringLiteral("Test")));
    auto *summary = move->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_COMPARE(summary->text(), QStringLiteral("2 example(s) will move to Test"));
    auto *apply = move->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(window.document()->split(1), Core::DatasetSplit::Test);
    QCOMPARE(window.document()->split(3), Core::DatasetSplit::Test);
    QCOMPARE(window.document()->split(0), Core::DatasetSplit::Unassigned);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->split(1), Core::DatasetSplit::Unassigned);

    // Delete matching: the deleted examples come back with undo, byte for byte.
    const QByteArray before = window.document()->toBytes();
    BulkEditDialog *remove = trigger(window, "deleteMatchingAction");
    QTest::keyClicks(remove->findChild<QLineEdit *>(QStringLiteral("matchTextField")), QStringLiteral("ckd"));
    summary = remove->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_COMPARE(summary->text(), QStringLiteral("2 example(s) will be deleted"));
    apply = remove->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(window.document()->exampleCount(), 2);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toBytes(), before);
}

void TestBulkEditDialog::removeDuplicatesAndUndo()
{
    MainWindow window;
    window.show();
    window.document()->setData(sample());
    const QByteArray original = window.document()->toBytes();
    BulkEditDialog *dialog = trigger(window, "removeDuplicatesAction");
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_COMPARE(summary->text(), QStringLiteral("1 duplicate(s) will be removed"));
    QCOMPARE(dialog->previewModel()->index(0, Core::BulkPreviewModel::FieldColumn).data().toString(),
             QStringLiteral("duplicate of line 2"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(window.document()->exampleCount(), 3);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->toBytes(), original);
}

void TestBulkEditDialog::screenshot()
{
    // The picture shows what users read: the English plural forms the application loads ("79 changes").
    QTranslator plurals;
    QVERIFY2(plurals.load(QStringLiteral(FTS_BINARY_DIR "/app/finetune-studio_en.qm")),
             "build the application first: its English plural forms are missing");
    QCoreApplication::installTranslator(&plurals);
    const auto removePlurals = qScopeGuard([&plurals] { QCoreApplication::removeTranslator(&plurals); });
    // Set FTS_SCREENSHOT_DIR=docs/screenshots to refresh the documentation's picture.
    const QString directory = qEnvironmentVariable("FTS_SCREENSHOT_DIR", QDir::tempPath() + QStringLiteral("/fts-screenshots"));
    QDir().mkpath(directory);
    QFile sampleFile(Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl")));
    QVERIFY(sampleFile.open(QIODevice::ReadOnly));
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    window.document()->setData(sampleFile.readAll());
    BulkEditDialog *dialog = trigger(window, "findReplaceAction");
    QVERIFY(dialog);
    dialog->resize(1100, 620);
    dialog->findChild<QCheckBox *>(QStringLiteral("regexCheck"))->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("caseCheck"))->setChecked(true);
    for (const char *role : {"roleSystem", "roleUser", "roleTool"})
        dialog->findChild<QCheckBox *>(QLatin1String(role))->setChecked(false);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("findField")),
                     QStringLiteral("\\b([A-Z]\\d[0-9A-Z](?:\\.[0-9A-Z]{1,4})?): "));
    // QTest maps only ASCII to keys: the dash is typed as a key event carrying its text, like an input method.
    auto *replace = dialog->findChild<QLineEdit *>(QStringLiteral("replaceField"));
    QTest::keyClicks(replace, QStringLiteral("$1 "));
    QTest::sendKeyEvent(QTest::Click, replace, Qt::Key_unknown, QStringLiteral("—"), Qt::NoModifier);
    QTest::keyClick(replace, Qt::Key_Space);
    QCOMPARE(replace->text(), QStringLiteral("$1 — "));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    // ICD-10-CM codes may carry letters after the category (S93.401A, W19.XXXA): every example has a code.
    QTRY_COMPARE(summary->text(), QStringLiteral("79 changes in 65 examples"));
    QVERIFY(dialog->previewModel()->rowCount() > 10);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/editor-bulk-replace-preview.png")));
}

QTEST_MAIN(TestBulkEditDialog)
#include "TestBulkEditDialog.moc"
