// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestPaths.h"
#include "core/editing/DatasetDocument.h"
#include "core/editing/commands/InsertExamplesCommand.h"
#include "core/import/ColumnMapping.h"
#include "core/import/ColumnMappingModel.h"
#include "core/import/CsvImporter.h"
#include "core/import/ImportJob.h"
#include "core/import/ImportPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Fts::Core;
using Fts::Test::TestPaths;

/** CSV/TSV to chat examples: mapping, conversion, problems by line, models and the undoable insert. */
class TestCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inspectResolvesTheClinicalFixture();
    void convertsOneExamplePerRowInColumnOrder();
    void previewIsTheStartOfTheConversion();
    void mappingGuessesAndProblems();
    void fixedSystemPromptAndSystemColumn();
    void emptyCellsAreSkipped();
    void rowsThatCannotBeExamplesAreReportedByLine();
    void weightColumnAppliesToAssistantMessages();
    void unclosedQuoteIsReported();
    void serializesLikeTheDocument();
    void importIsOneUndoStepRestoringBytes();
    void jobRunsInTheBackgroundAndCancels();
    void aDiscardedJobDeliversNothing();
    void mappingModelPassesTesterAndEdits();
    void previewModelPassesTester();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    static CsvImportSettings resolved(const QString &path);
    QTemporaryDir m_dir;
};

QString TestCsvImport::writeFile(const QString &name, const QByteArray &bytes)
{
    return Fts::Test::TestPaths::writeFile(m_dir.filePath(name), bytes);
}

CsvImportSettings TestCsvImport::resolved(const QString &path)
{
    CsvImportSettings settings;
    settings.path = path;
    return CsvImporter::inspect(settings).settings;
}

static QJsonArray messagesOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object().value(QLatin1String("messages")).toArray();
}

void TestCsvImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCsvImport::inspectResolvesTheClinicalFixture()
{
    CsvImportSettings settings;
    settings.path = TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv"));
    const CsvTable table = CsvImporter::inspect(settings, 3);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.settings.delimiter, QChar(u','));
    QCOMPARE(table.settings.encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(table.settings.header, CsvImportSettings::Header::Present);
    QCOMPARE(table.columnNames, QStringList({QStringLiteral("note"), QStringLiteral("codes"), QStringLiteral("split")}));
    QCOMPARE(table.columnCount, 3);
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(1).line, 3);
    QCOMPARE(table.settings.mapping.roles(),
             QList<ColumnRole>({ColumnRole::User, ColumnRole::Assistant, ColumnRole::Split}));

    // Without a header the columns are numbered and the first row is data.
    settings.header = CsvImportSettings::Header::Absent;
    const CsvTable noHeader = CsvImporter::inspect(settings, 3);
    QCOMPARE(noHeader.columnNames.at(0), QStringLiteral("Column 1"));
    QCOMPARE(noHeader.rows.at(0).fields.at(0), QStringLiteral("note"));

    settings.path = QStringLiteral("/nonexistent/notes.csv");
    const CsvTable missing = CsvImporter::inspect(settings);
    QVERIFY(missing.error.contains(QLatin1String("notes.csv")));
}

void TestCsvImport::convertsOneExamplePerRowInColumnOrder()
{
    const CsvImportSettings settings = resolved(TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv")));
    const ImportResult result = CsvImporter::convert(settings);
    QVERIFY(result.fatalError.isEmpty());
    QCOMPARE(result.itemsRead, 9);
    QCOMPARE(result.exampleCount(), 8);
    QCOMPARE(result.sourceLines, QList<int>({2, 3, 5, 6, 9, 10, 11, 12}));
    QCOMPARE(result.lines.at(0),
             QByteArray(R"({"messages":[{"role":"user","content":"Patient presents with acute bronchitis, productive )"
                        R"(cough for 5 days."},{"role":"assistant","content":"J20.9: Acute bronchitis, unspecified"}]})"));
    // Line breaks inside quoted cells arrive as \n (CRLF in the file), quotes unescaped.
    QCOMPARE(messagesOf(result.lines.at(1)).at(1).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("E11.22: Type 2 diabetes mellitus with diabetic chronic kidney disease\n"
                            "N18.31: Chronic kidney disease, stage 3a"));
    QVERIFY(messagesOf(result.lines.at(6)).at(0).toObject().value(QLatin1String("content")).toString().contains(
        QLatin1String("reduced \"peak flow\"")));
    QCOMPARE(result.splits,
             QList<DatasetSplit>({DatasetSplit::Train, DatasetSplit::Train, DatasetSplit::Train, DatasetSplit::Validation,
                                  DatasetSplit::Train, DatasetSplit::Test, DatasetSplit::Train, DatasetSplit::Unassigned}));

    // Messages follow the column order, whatever the roles.
    CsvImportSettings swapped = settings;
    swapped.path = writeFile(QStringLiteral("order.csv"), "answer,question\nA1,Q1\n");
    swapped.header = CsvImportSettings::Header::Present;
    swapped.delimiter = u',';
    swapped.mapping = ColumnMapping({ColumnRole::Assistant, ColumnRole::User});
    const QJsonArray messages = messagesOf(CsvImporter::convert(swapped).lines.at(0));
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
}

void TestCsvImport::previewIsTheStartOfTheConversion()
{
    const QString path = TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv"));
    CsvImportSettings settings;
    settings.path = path;
    const CsvTable table = CsvImporter::inspect(settings);
    const CsvImportSettings resolvedSettings = resolved(path);
    const ImportResult whole = CsvImporter::convert(resolvedSettings);
    const ImportResult preview = CsvImporter::preview(table, resolvedSettings, 5);
    QCOMPARE(preview.lines, whole.lines.first(5));
    QCOMPARE(preview.sourceLines, whole.sourceLines.first(5));
    QCOMPARE(preview.splits, whole.splits.isEmpty() ? QList<DatasetSplit>() : whole.splits.first(5));
    QCOMPARE(CsvImporter::preview(table, resolvedSettings, 100).lines, whole.lines);
}

void TestCsvImport::mappingGuessesAndProblems()
{
    QCOMPARE(ColumnMapping::guess({QStringLiteral("id"), QStringLiteral("Question"), QStringLiteral("Answer")}).roles(),
             QList<ColumnRole>({ColumnRole::Ignore, ColumnRole::User, ColumnRole::Assistant}));
    QCOMPARE(ColumnMapping::guess({QStringLiteral("System prompt"), QStringLiteral("input"), QStringLiteral("output"),
                                   QStringLiteral("weight"), QStringLiteral("Split")})
                 .roles(),
             QList<ColumnRole>({ColumnRole::System, ColumnRole::User, ColumnRole::Assistant, ColumnRole::Weight,
                                ColumnRole::Split}));
    // Unknown names: first column asks, last answers.
    QCOMPARE(ColumnMapping::guess({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}).roles(),
             QList<ColumnRole>({ColumnRole::User, ColumnRole::Ignore, ColumnRole::Assistant}));
    QVERIFY(ColumnMapping({ColumnRole::User, ColumnRole::Assistant}).problem().isEmpty());
    QVERIFY(!ColumnMapping({ColumnRole::User, ColumnRole::Ignore}).problem().isEmpty());
    QVERIFY(!ColumnMapping({ColumnRole::Ignore, ColumnRole::Assistant}).problem().isEmpty());
    QVERIFY(!ColumnMapping({ColumnRole::User, ColumnRole::Assistant, ColumnRole::Split, ColumnRole::Split})
                 .problem()
                 .isEmpty());
    bool ok = false;
    QCOMPARE(ColumnMapping::roleFromKey(u"Assistant", &ok), ColumnRole::Assistant);
    QVERIFY(ok);
    ColumnMapping::roleFromKey(u"answer", &ok);
    QVERIFY(!ok);

    // A mapping that cannot give examples stops the conversion with its reason.
    CsvImportSettings settings = resolved(TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv")));
    settings.mapping.setRole(1, ColumnRole::Ignore);
    const ImportResult result = CsvImporter::convert(settings);
    QCOMPARE(result.fatalError, ColumnMapping(settings.mapping).problem());
    QCOMPARE(result.exampleCount(), 0);
}

void TestCsvImport::fixedSystemPromptAndSystemColumn()
{
    const QString path = writeFile(QStringLiteral("system.csv"),
                                   "system,user,assistant\n,Q1,A1\nBe brief.,Q2,A2\n");
    CsvImportSettings settings = resolved(path);
    QCOMPARE(settings.mapping.roles(), QList<ColumnRole>({ColumnRole::System, ColumnRole::User, ColumnRole::Assistant}));
    settings.mapping.setSystemPrompt(QStringLiteral("You are a medical coding assistant."));
    const ImportResult result = CsvImporter::convert(settings);
    QCOMPARE(result.exampleCount(), 2);
    const QJsonArray first = messagesOf(result.lines.at(0));
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("You are a medical coding assistant."));
    // The row's own system message replaces the fixed one.
    const QJsonArray second = messagesOf(result.lines.at(1));
    QCOMPARE(second.size(), 3);
    QCOMPARE(second.at(0).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Be brief."));
}

void TestCsvImport::emptyCellsAreSkipped()
{
    const QString path = writeFile(QStringLiteral("turns.csv"), "q1,a1,q2,a2\nHi,Hello,   ,\nHi,Hello,More?,Yes\n");
    CsvImportSettings settings = resolved(path);
    settings.header = CsvImportSettings::Header::Absent;
    settings.mapping = ColumnMapping({ColumnRole::User, ColumnRole::Assistant, ColumnRole::User, ColumnRole::Assistant});
    const ImportResult result = CsvImporter::convert(settings);
    QCOMPARE(result.exampleCount(), 3);
    QCOMPARE(messagesOf(result.lines.at(1)).size(), 2);
    QCOMPARE(messagesOf(result.lines.at(2)).size(), 4);
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!result.hasSplits());
}

void TestCsvImport::rowsThatCannotBeExamplesAreReportedByLine()
{
    const QString path = writeFile(QStringLiteral("problems.csv"),
                                   "note,code,split\n"
                                   "ok,J20.9,train\n"          // 2
                                   "no answer,,train\n"        // 3
                                   ",I10,test\n"               // 4
                                   "too,many,fields,here\n"    // 5
                                   "short\n"                   // 6
                                   "x,y,holdout-set\n"         // 7
                                   "\"multi\nline\",R05.9\n"   // 8-9: two fields
                                   "fine,R05.9,validation\n"); // 10
    const ImportResult result = CsvImporter::convert(resolved(path));
    QCOMPARE(result.exampleCount(), 2);
    QCOMPARE(result.sourceLines, QList<int>({2, 10}));
    QList<int> lines;
    for (const ImportProblem &problem : result.problems)
        lines.append(problem.line);
    QCOMPARE(lines, QList<int>({3, 4, 5, 6, 7, 8}));
    QVERIFY(result.problems.at(0).message.contains(QLatin1String("assistant")));
    QVERIFY(result.problems.at(1).message.contains(QLatin1String("user")));
    // (Plurals read "(s)" here: the tests load no translation.)
    QVERIFY2(result.problems.at(2).message.startsWith(QLatin1String("4 field")), qPrintable(result.problems.at(2).message));
    QVERIFY(result.problems.at(2).message.contains(QLatin1String("instead of 3")));
    QVERIFY(result.problems.at(3).message.startsWith(QLatin1String("1 field")));
    QVERIFY(result.problems.at(4).message.contains(QLatin1String("holdout-set")));
    QCOMPARE(result.itemsRead, 8);
}

void TestCsvImport::weightColumnAppliesToAssistantMessages()
{
    const QString path = writeFile(QStringLiteral("weights.csv"), "q,a,weight\nQ1,A1,0\nQ2,A2,yes\nQ3,A3,\nQ4,A4,0.5\n");
    const CsvImportSettings settings = resolved(path);
    QCOMPARE(settings.mapping.role(2), ColumnRole::Weight);
    const ImportResult result = CsvImporter::convert(settings);
    QCOMPARE(result.exampleCount(), 3);
    QCOMPARE(result.lines.at(0),
             QByteArray(R"({"messages":[{"role":"user","content":"Q1"},{"role":"assistant","content":"A1","weight":0}]})"));
    QCOMPARE(messagesOf(result.lines.at(1)).at(1).toObject().value(QLatin1String("weight")).toInt(), 1);
    QVERIFY(!messagesOf(result.lines.at(2)).at(1).toObject().contains(QLatin1String("weight")));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 5);
    QVERIFY(result.problems.at(0).message.contains(QLatin1String("0.5")));
}

void TestCsvImport::unclosedQuoteIsReported()
{
    const QString path = writeFile(QStringLiteral("unclosed.csv"), "question,answer\nQ1,A1\n\"Q2,A2\nQ3,A3\n");
    const ImportResult result = CsvImporter::convert(resolved(path));
    QCOMPARE(result.exampleCount(), 1);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 3);
}

void TestCsvImport::serializesLikeTheDocument()
{
    const QString path = writeFile(QStringLiteral("spaced.csv"), "question,answer\nQ,A\n");
    CsvImportSettings settings = resolved(path);
    settings.spacedSeparators = true;
    QCOMPARE(CsvImporter::convert(settings).lines.at(0),
             QByteArray(R"({"messages": [{"role": "user", "content": "Q"}, {"role": "assistant", "content": "A"}]})"));
    // The same bytes the editor writes for an example it creates.
    DatasetDocument document;
    document.setData("{\"messages\": []}\n");
    QJsonDocument parsed = QJsonDocument::fromJson(CsvImporter::convert(settings).lines.at(0));
    QCOMPARE(document.serializeExample(parsed.object()), CsvImporter::convert(settings).lines.at(0));
}

void TestCsvImport::importIsOneUndoStepRestoringBytes()
{
    const QByteArray original = "{\"messages\":[{\"role\":\"user\",\"content\":\"Kept  as is\"}]}\r\n\r\n{\"a\":1.0}\r\n";
    DatasetDocument document;
    document.setData(original);
    const ImportResult result = CsvImporter::convert(resolved(TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv"))));
    document.undoStack()->push(new InsertExamplesCommand(
        &document, 1, result.lines, QStringLiteral("Import %1 examples from clinical-notes.csv").arg(result.exampleCount()),
        result.splits));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import 8 examples from clinical-notes.csv"));
    QCOMPARE(document.exampleCount(), 10);
    QCOMPARE(document.exampleLine(1), result.lines.at(0));
    QCOMPARE(document.split(4), DatasetSplit::Validation);
    QVERIFY(document.toBytes().contains("\r\n{\"messages\":[{\"role\":\"user\",\"content\":\"Patient presents"));
    const QByteArray imported = document.toBytes();
    document.undoStack()->undo();
    QCOMPARE(document.toBytes(), original);
    QCOMPARE(document.split(0), DatasetSplit::Unassigned);
    document.undoStack()->redo();
    QCOMPARE(document.toBytes(), imported);
}

void TestCsvImport::jobRunsInTheBackgroundAndCancels()
{
    QByteArray big = "note,code\n";
    for (int row = 0; row < 100000; ++row)
        big += "\"Patient " + QByteArray::number(row) + ", stable\",\"I10: Essential (primary) hypertension\"\n";
    const CsvImportSettings settings = resolved(writeFile(QStringLiteral("big.csv"), big));

    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy progress(&job, &ImportJob::progressChanged);
    job.start([settings](const ImportJob::ProgressFunction &report, const std::atomic_bool *cancel) {
        return CsvImporter::convert(settings, report, cancel);
    });
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(job.result().exampleCount(), 100000);
    QVERIFY(!job.result().cancelled);
    QVERIFY(progress.size() > 2);
    QCOMPARE(progress.last().at(0).toInt(), 100);

    // Cancelled at once: the worker stops at its next check and says so.
    finished.clear();
    std::atomic_bool started = false;
    job.start([settings, &started](const ImportJob::ProgressFunction &report, const std::atomic_bool *cancel) {
        started = true;
        while (!cancel->load())
            QThread::msleep(1);
        return CsvImporter::convert(settings, report, cancel);
    });
    QTRY_VERIFY(started.load());
    job.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(job.result().cancelled);
    QVERIFY(job.result().exampleCount() < 1000);
}

void TestCsvImport::aDiscardedJobDeliversNothing()
{
    const CsvImportSettings settings = resolved(TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv")));
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy progress(&job, &ImportJob::progressChanged);
    // Finished in the worker, its notification still queued: discard() drops it and the result.
    job.start([settings](const ImportJob::ProgressFunction &report, const std::atomic_bool *cancel) {
        return CsvImporter::convert(settings, report, cancel);
    });
    while (job.isRunning()) // no event processing: the finished notification stays queued
        QThread::msleep(1);
    job.discard();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(progress.size(), 0);
    QCOMPARE(job.result().exampleCount(), 0);
    // Still running when discarded: the same, and the job can start again.
    std::atomic_bool started = false;
    job.start([settings, &started](const ImportJob::ProgressFunction &report, const std::atomic_bool *cancel) {
        started = true;
        while (!cancel->load())
            QThread::msleep(1);
        return CsvImporter::convert(settings, report, cancel);
    });
    QTRY_VERIFY(started.load());
    job.discard();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    job.start([settings](const ImportJob::ProgressFunction &report, const std::atomic_bool *cancel) {
        return CsvImporter::convert(settings, report, cancel);
    });
    QVERIFY(finished.wait(10000));
    QVERIFY(job.result().exampleCount() > 0);
}

void TestCsvImport::mappingModelPassesTesterAndEdits()
{
    ColumnMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CsvImportSettings settings;
    settings.path = TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv"));
    const CsvTable table = CsvImporter::inspect(settings);
    model.setTable(table.columnNames, table.rows, table.settings.mapping);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ColumnMappingModel::NameColumn).data().toString(), QStringLiteral("note"));
    QVERIFY(model.index(1, ColumnMappingModel::SamplesColumn).data().toString().startsWith(QLatin1String("J20.9")));
    QCOMPARE(model.index(2, ColumnMappingModel::RoleColumn).data().toString(), ColumnMapping::roleName(ColumnRole::Split));
    QVERIFY(model.flags(model.index(2, ColumnMappingModel::RoleColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(2, ColumnMappingModel::NameColumn)) & Qt::ItemIsEditable));

    QSignalSpy changed(&model, &ColumnMappingModel::mappingChanged);
    QVERIFY(model.setData(model.index(2, ColumnMappingModel::RoleColumn), int(ColumnRole::Ignore)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.mapping().role(2), ColumnRole::Ignore);
    QVERIFY(!model.setData(model.index(2, ColumnMappingModel::RoleColumn), 99));
    QVERIFY(!model.setData(model.index(2, ColumnMappingModel::NameColumn), int(ColumnRole::User)));
    QCOMPARE(changed.size(), 1);
    model.setTable({}, {}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestCsvImport::previewModelPassesTester()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ImportResult result = CsvImporter::convert(resolved(TestPaths::dataFile(QStringLiteral("import/clinical-notes.csv"))));
    model.setResult(result, 3);
    QCOMPARE(model.exampleCount(), 3);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, ImportPreviewModel::ExampleColumn).data().toString(), QStringLiteral("#1 · line 2 · Train"));
    QCOMPARE(model.index(1, ImportPreviewModel::ExampleColumn).data().toString(), QString());
    QCOMPARE(model.index(1, ImportPreviewModel::RoleColumn).data().toString(), QStringLiteral("assistant"));
    QCOMPARE(model.index(1, 0).data(ImportPreviewModel::MessageRoleRole).toString(), QStringLiteral("assistant"));
    QCOMPARE(model.index(3, 0).data(ImportPreviewModel::ExampleIndexRole).toInt(), 1);
    QCOMPARE(model.index(2, ImportPreviewModel::ContentColumn).data(Qt::ToolTipRole).toString().toUtf8(), result.lines.at(1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
