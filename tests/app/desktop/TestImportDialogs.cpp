// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/import/ColumnMapping.h"
#include "core/import/ColumnMappingModel.h"
#include "core/import/ImportPreviewModel.h"
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/import/CsvImportDialog.h"
#include "desktop/import/ImportController.h"
#include "desktop/import/ImportSummaryPanel.h"
#include "desktop/import/PromptCompletionImportDialog.h"
#include "support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Fts;
using Fts::Test::TestPaths;

/** The import dialogs and Paste Examples, driven from the main window's menus through the real widgets. */
class TestImportDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvImportFromTheMenuIsOneUndoStep();
    void openingAPromptCompletionFileOffersConversion();
    void pasteExamplesAsksAboutBadLinesAndCanBeCancelled();
    void csvIntoANewDatasetAsksAboutUnsavedChanges();
    void screenshot();

private:
    bool openAndWait(MainWindow &window, const QString &path);
    QString writeFile(const QString &name, const QByteArray &bytes);
    /** Runs @p handle on the next modal dialog named @p objectName once it is shown (message boxes block). */
    static void whenModalAppears(const QString &objectName, const std::function<void(QWidget *)> &handle);
    QTemporaryDir m_dir;
};

namespace {

const QByteArray s_original = "{\"messages\": [{\"role\": \"user\", \"content\": \"Cough\"}, "
                              "{\"role\": \"assistant\", \"content\": \"R05.9: Cough, unspecified\"}]}\r\n"
                              "\r\n"
                              "{\"messages\": [{\"role\": \"user\", \"content\": \"Flu\"}, "
                              "{\"role\": \"assistant\", \"content\": \"J11.1\"}]}\r\n";

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

} // namespace

void TestImportDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

bool TestImportDialogs::openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
    window.openDataset(path);
    return loaded.wait(30000) && loaded.constFirst().constFirst().toBool();
}

QString TestImportDialogs::writeFile(const QString &name, const QByteArray &bytes)
{
    return Fts::Test::TestPaths::writeFile(m_dir.filePath(name), bytes);
}

void TestImportDialogs::whenModalAppears(const QString &objectName, const std::function<void(QWidget *)> &handle)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, qApp, [poll, objectName, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        poll->stop();
        poll->deleteLater();
        handle(modal);
    });
    poll->start();
}

void TestImportDialogs::csvImportFromTheMenuIsOneUndoStep()
{
    MainWindow window;
    window.show();
    const QString datasetPath = writeFile(QStringLiteral("coding.jsonl"), s_original);
    QVERIFY(openAndWait(window, datasetPath));
    window.datasetPage()->selectExample(0);

    action(window, "importCsvAction")->trigger();
    auto *dialog = window.findChild<CsvImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QAbstractItemModelTester mappingTester(dialog->mappingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!dialog->importButton()->isEnabled());

    // Type the file name as a user would.
    auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("importFilePath"));
    path->setFocus();
    QTest::keyClicks(path, TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv")));
    QTest::keyClick(path, Qt::Key_Return);
    Core::ColumnMappingModel *mapping = dialog->mappingModel();
    QCOMPARE(mapping->rowCount(), 3);
    QCOMPARE(mapping->mapping().roles(),
             QList<Core::ColumnRole>({Core::ColumnRole::User, Core::ColumnRole::Assistant, Core::ColumnRole::Split}));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("headerRow"))->isChecked());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("detectedFormat"))->text().contains(QLatin1String("comma")));
    Core::ImportPreviewModel *preview = dialog->previewModel();
    QCOMPARE(preview->index(0, Core::ImportPreviewModel::ExampleColumn).data().toString(), QStringLiteral("#1 · line 2 · Train"));
    QCOMPARE(preview->index(0, Core::ImportPreviewModel::RoleColumn).data().toString(), QStringLiteral("user"));
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QVERIFY(dialog->summary()->summaryText().startsWith(QLatin1String("8 example")));
    auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("importProblems"));
    QCOMPARE(problems->count(), 1);
    QVERIFY2(problems->item(0)->text().startsWith(QLatin1String("Line 8:")), qPrintable(problems->item(0)->text()));

    // The split column becomes "Ignore" through its combo box: the preview drops the split at once.
    auto *splitRole = dialog->mappingView()->findChild<QComboBox *>(QStringLiteral("roleSelector2"));
    QVERIFY(splitRole);
    QCOMPARE(splitRole->currentText(), Core::ColumnMapping::roleName(Core::ColumnRole::Split));
    splitRole->setFocus();
    QTest::keyClick(splitRole, Qt::Key_Home);
    QCOMPARE(mapping->mapping().role(2), Core::ColumnRole::Ignore);
    QCOMPARE(preview->index(0, Core::ImportPreviewModel::ExampleColumn).data().toString(), QStringLiteral("#1 · line 2"));

    // A fixed system prompt appears first in every previewed example.
    QTest::keyClicks(dialog->systemPromptEdit(), QStringLiteral("You are a medical coding assistant."));
    QTRY_COMPARE(preview->index(0, Core::ImportPreviewModel::RoleColumn).data().toString(), QStringLiteral("system"));
    QCOMPARE(preview->index(0, Core::ImportPreviewModel::ContentColumn).data().toString(),
             QStringLiteral("You are a medical coding assistant."));
    QTRY_VERIFY(dialog->importButton()->isEnabled());

    dialog->findChild<QRadioButton *>(QStringLiteral("afterCurrentExample"))->click();
    QVERIFY(dialog->importButton()->isEnabled()); // another place in the same dataset: nothing to convert again
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);

    Core::DatasetDocument *document = window.document();
    QCOMPARE(document->exampleCount(), 10);
    QCOMPARE(document->undoStack()->count(), 1);
    // No translation is loaded here, so the plural reads "(s)".
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Import 8 example(s) from clinical-notes.csv"));
    QCOMPARE(document->split(1), Core::DatasetSplit::Unassigned);
    // The file's style ("key": value with spaces, CRLF) carries over to the new lines.
    const QByteArray line = document->exampleLine(1);
    QVERIFY2(line.startsWith(R"({"messages": [{"role": "system", "content": "You are a medical coding assistant."}, )"
                             R"({"role": "user", "content": "Patient presents with acute bronchitis)"),
             line.constData());
    QVERIFY(document->toBytes().contains("unspecified\"}]}\r\n{\"messages\": [{\"role\": \"system\""));
    // The eighth and last imported example (the table's last record) is row 8; the dataset's own second
    // example follows it, unchanged.
    QCOMPARE(QJsonDocument::fromJson(document->exampleLine(8)).object().value(QLatin1String("messages")).toArray().at(2)
                 .toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("E78.5: Hyperlipidemia, unspecified"));
    QCOMPARE(document->exampleLine(9), s_original.split('\n').at(2).chopped(1));
    QCOMPARE(window.datasetPage()->currentRow(), 1);
    QCOMPARE(window.datasetPage()->selectedRows().size(), 8);

    document->undoStack()->undo();
    QCOMPARE(document->toBytes(), s_original);
    QVERIFY(!document->isModified());
    document->undoStack()->redo();
    QCOMPARE(document->exampleCount(), 10);
}

void TestImportDialogs::openingAPromptCompletionFileOffersConversion()
{
    MainWindow window;
    window.show();
    bool offered = false;
    whenModalAppears(QStringLiteral("offerConversionBox"), [&offered](QWidget *modal) {
        offered = true;
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box->text().contains(QLatin1String("legacy-prompt-completion.jsonl")));
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QVERIFY(openAndWait(window, TestPaths::dataFile(QStringLiteral("import/legacy-prompt-completion.jsonl"))));
    QTRY_VERIFY(offered);
    PromptCompletionImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<PromptCompletionImportDialog *>()));
    QAbstractItemModelTester previewTester(dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->destination(), ImportDestinationChooser::Destination::NewDataset);
    QVERIFY(!dialog->destinationChooser()->isEnabled());
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    const QString notes = dialog->findChild<QLabel *>(QStringLiteral("importNotes"))->text();
    QVERIFY2(notes.contains(QLatin1String("\\n\\n###\\n\\n")) && notes.contains(QLatin1String("\" END\"")), qPrintable(notes));
    QCOMPARE(dialog->previewModel()->index(1, Core::ImportPreviewModel::ContentColumn).data().toString(),
             QStringLiteral("J20.9: Acute bronchitis, unspecified"));

    // Keeping the markers changes the preview after the background pass.
    dialog->stripMarkersBox()->click();
    QTRY_COMPARE(dialog->previewModel()->index(1, Core::ImportPreviewModel::ContentColumn).data().toString(),
                 QStringLiteral(" J20.9: Acute bronchitis, unspecified END"));
    dialog->stripMarkersBox()->click();
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);

    Core::DatasetDocument *document = window.document();
    QVERIFY(document->filePath().isEmpty());
    QCOMPARE(document->exampleCount(), 3);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Convert 3 example(s) from legacy-prompt-completion.jsonl"));
    QCOMPARE(document->exampleLine(2),
             QByteArray(R"({"messages":[{"role":"user","content":"Persistent cough for three weeks."},)"
                        R"({"role":"assistant","content":"R05.9: Cough, unspecified"}]})"));
    document->undoStack()->undo();
    QCOMPARE(document->exampleCount(), 0);
}

void TestImportDialogs::pasteExamplesAsksAboutBadLinesAndCanBeCancelled()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, writeFile(QStringLiteral("paste.jsonl"), s_original)));
    window.datasetPage()->selectExample(0);
    QAction *paste = action(window, "pasteExamplesAction");
    QCOMPARE(paste->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QVERIFY(window.datasetPage()->exampleView()->actions().contains(paste));

    QGuiApplication::clipboard()->setText(
        QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"Asthma\"},{\"role\":\"assistant\",\"content\":\"J45.909\"}]}\n"
                       "{\"messages\": [oops]}\n"
                       "{\"messages\":[{\"role\":\"user\",\"content\":\"Gout\"},{\"role\":\"assistant\",\"content\":\"M10.9\"}]}\n"));
    QString listed;
    whenModalAppears(QStringLiteral("pasteProblemsBox"), [&listed](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        listed = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    paste->trigger();
    QVERIFY2(listed.startsWith(QLatin1String("Line 2:")), qPrintable(listed));
    Core::DatasetDocument *document = window.document();
    QCOMPARE(document->toBytes(), s_original);
    QCOMPARE(document->undoStack()->count(), 0);

    whenModalAppears(QStringLiteral("pasteProblemsBox"), [](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    paste->trigger();
    QCOMPARE(document->exampleCount(), 4);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Paste 2 example(s)"));
    QVERIFY(document->exampleLine(1).contains("\"content\": \"Asthma\""));
    QVERIFY(document->exampleLine(2).contains("\"content\": \"Gout\""));
    document->undoStack()->undo();
    QCOMPARE(document->toBytes(), s_original);

    // Nothing usable on the clipboard: nothing happens but a message.
    QGuiApplication::clipboard()->setText(QStringLiteral("   "));
    paste->trigger();
    QCOMPARE(document->undoStack()->index(), 0);
}

void TestImportDialogs::csvIntoANewDatasetAsksAboutUnsavedChanges()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, writeFile(QStringLiteral("unsaved.jsonl"), s_original)));
    window.importController()->pasteText(
        QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"Gout\"},{\"role\":\"assistant\",\"content\":\"M10.9\"}]}"));
    QVERIFY(window.document()->isModified());

    window.importController()->importCsv(TestPaths::dataFile(QStringLiteral("import/semicolon-cp1252.csv")));
    auto *dialog = window.findChild<CsvImportDialog *>();
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("detectedFormat"))->text().contains(QLatin1String("semicolon")));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("headerRow"))->isChecked());
    dialog->findChild<QRadioButton *>(QStringLiteral("newDataset"))->click();
    QTRY_VERIFY(dialog->importButton()->isEnabled());

    // Cancel keeps the open dataset and its unsaved change.
    bool asked = false;
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, &asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->text().contains(QLatin1String("unsaved")))
            return;
        poll->stop();
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    poll->start();
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(window.document()->exampleCount(), 3);
    QVERIFY(window.document()->isModified());

    // Discard: an untitled dataset with the table's rows, decoded from Windows-1252.
    window.importController()->importCsv(TestPaths::dataFile(QStringLiteral("import/semicolon-cp1252.csv")));
    QTRY_VERIFY((dialog = window.findChild<CsvImportDialog *>()) && dialog->isVisible());
    dialog->findChild<QRadioButton *>(QStringLiteral("newDataset"))->click();
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    poll->disconnect();
    connect(poll, &QTimer::timeout, this, [poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->text().contains(QLatin1String("unsaved")))
            return;
        poll->stop();
        box->button(QMessageBox::Discard)->click();
    });
    poll->start();
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(window.document()->exampleCount(), 3);
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->exampleLine(0).startsWith(
        QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"Bronchite aigu\xC3\xAB")));
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestImportDialogs::screenshot()
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
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl"))));
    window.importController()->importCsv(TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv")));
    auto *dialog = window.findChild<CsvImportDialog *>();
    dialog->resize(1000, 820);
    dialog->systemPromptEdit()->setPlainText(
        QStringLiteral("You are a medical coding assistant. Output ICD-10 codes in the format CODE: DESCRIPTION."));
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QTest::qWait(50);
    const QString file = directory + QStringLiteral("/import-csv-mapping.png");
    QVERIFY(dialog->grab().save(file));
    qInfo("screenshot: %s", qPrintable(file));
}

QTEST_MAIN(TestImportDialogs)
#include "TestImportDialogs.moc"
