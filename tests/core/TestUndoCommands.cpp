// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/commands/InsertExamplesCommand.h"
#include "core/editing/commands/MoveExampleCommand.h"
#include "core/editing/commands/RemoveExamplesCommand.h"
#include "core/editing/commands/ReplaceExamplesCommand.h"
#include "core/editing/commands/SetExampleValueCommand.h"
#include "core/editing/commands/SetSplitsCommand.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Fts::Core;

/** Every command: apply, undo, redo, and compare the serialized document byte for byte. */
class TestUndoCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void contentRoundTripsAwkwardFileUnchanged();
    void contentCountsLineNumbersAcrossBlankLines();
    void commandUndoRedoIsByteExact_data();
    void commandUndoRedoIsByteExact();
    void typingInOneFieldMergesIntoOneStep();
    void typingBackToTheOriginalLeavesNoStep();
    void editsOfDifferentFieldsStaySeparate();
    void editedExampleKeepsKeyOrderSpellingAndFileStyle();
    void editsChangeOnlyWhatTheyEdit();
    void removingScatteredRowsIsOneStepWithFewSignals();
    void removingThousandsOfRangesIsOneBatch();
    void saveIsAtomicAndMarksClean();

private:
    static QByteArray awkwardBytes();
    DatasetDocument m_document;
};

QByteArray TestUndoCommands::awkwardBytes()
{
    QFile file(Fts::Test::TestPaths::dataFile(QStringLiteral("editing/awkward.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture editing/awkward.jsonl");
    return file.readAll();
}

void TestUndoCommands::init()
{
    m_document.setData(awkwardBytes());
}

void TestUndoCommands::contentRoundTripsAwkwardFileUnchanged()
{
    QCOMPARE(m_document.exampleCount(), 5);
    QCOMPARE(m_document.toBytes(), awkwardBytes());
    QVERIFY(!m_document.isModified());
    DatasetDocument odd;
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\n\n"), QByteArray("{}"), QByteArray("\n{}\n\n"),
                                    QByteArray("{}\r\n{}"), QByteArray("  \n{\"a\":1}\r\n \t\n")}) {
        odd.setData(bytes);
        QCOMPARE(odd.toBytes(), bytes);
    }
}

void TestUndoCommands::contentCountsLineNumbersAcrossBlankLines()
{
    QCOMPARE(m_document.lineNumber(0), 1);
    QCOMPARE(m_document.lineNumber(2), 3);
    QCOMPARE(m_document.lineNumber(3), 6); // two blank lines sit between line 3 and the invalid line
    QCOMPARE(m_document.lineNumber(4), 7);
    QCOMPARE(m_document.rowForLine(6), 3);
    QCOMPARE(m_document.rowForLine(5), -1);
}

void TestUndoCommands::commandUndoRedoIsByteExact_data()
{
    using Factory = std::function<QUndoCommand *(DatasetDocument *)>;
    QTest::addColumn<Factory>("factory");
    QTest::addColumn<QByteArray>("expectedAfterRedo");

    QTest::newRow("set content") << Factory([](DatasetDocument *d) {
        return new SetExampleValueCommand(d, 1, QStringLiteral("/messages/1/content"), QStringLiteral("Stage 2 HTN"));
    }) << QByteArray("\"content\": \"Stage 2 HTN\"");
    QTest::newRow("remove weight") << Factory([](DatasetDocument *d) {
        return new SetExampleValueCommand(d, 2, QStringLiteral("/messages/1/weight"), QJsonValue(QJsonValue::Undefined));
    }) << QByteArray("{\"role\": \"assistant\", \"content\": \"\xC3\xA9t\xC3\xA9\"}");
    QTest::newRow("replace examples") << Factory([](DatasetDocument *d) {
        return new ReplaceExamplesCommand(d, {{0, "{\"messages\": []}"}, {4, "{\"messages\": [1]}"}},
                                          QStringLiteral("bulk"));
    }) << QByteArray("{\"messages\": [1]}");
    QTest::newRow("insert at start") << Factory([](DatasetDocument *d) {
        return new InsertExamplesCommand(d, 0, QList<QByteArray>{"{\"first\": 1}", "{\"second\": 2}"});
    }) << QByteArray("\xEF\xBB\xBF{\"first\": 1}\r\n{\"second\": 2}\r\n{\"messages\"");
    QTest::newRow("append after line without newline") << Factory([](DatasetDocument *d) {
        return new InsertExamplesCommand(d, d->exampleCount(), QList<QByteArray>{"{\"last\": 1}"});
    }) << QByteArray("unspecified\"}]}\r\n{\"last\": 1}\r\n");
    QTest::newRow("remove scattered") << Factory([](DatasetDocument *d) {
        return new RemoveExamplesCommand(d, {4, 0, 3});
    }) << QByteArray("\xEF\xBB\xBF{\"messages\": [{\"role\": \"system\", \"content\": \"You are a medical coding "
                     "assistant.\"}, {\"role\": \"user\", \"content\": \"Essential");
    QTest::newRow("move last to first") << Factory([](DatasetDocument *d) {
        return new MoveExampleCommand(d, 4, 0);
    }) << QByteArray("Gout.");
    QTest::newRow("move first to last") << Factory([](DatasetDocument *d) {
        return new MoveExampleCommand(d, 0, 4);
    }) << QByteArray("Gout, unspecified\"}]}\r\n{\"messages\": [{\"role\": \"system\", \"content\": \"You are a medical "
                     "coding assistant.\"}, {\"role\": \"user\", \"content\": \"Patient presents");
}

void TestUndoCommands::commandUndoRedoIsByteExact()
{
    using Factory = std::function<QUndoCommand *(DatasetDocument *)>;
    QFETCH(Factory, factory);
    QFETCH(QByteArray, expectedAfterRedo);
    const QByteArray before = m_document.toBytes();
    QSignalSpy changed(&m_document, &DatasetDocument::changed);

    m_document.undoStack()->push(factory(&m_document));
    const QByteArray after = m_document.toBytes();
    QVERIFY(after != before);
    QVERIFY(m_document.isModified());
    QVERIFY2(after.contains(expectedAfterRedo), after.constData());
    QVERIFY(changed.count() > 0);

    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), before);
    QVERIFY(!m_document.isModified());
    m_document.undoStack()->redo();
    QCOMPARE(m_document.toBytes(), after);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), before);
}

void TestUndoCommands::typingInOneFieldMergesIntoOneStep()
{
    const QByteArray before = m_document.toBytes();
    const QString pointer = QStringLiteral("/messages/2/content");
    QString typed;
    for (QChar c : QStringLiteral("I10: Essential (primary) hypertension!")) {
        typed += c;
        m_document.undoStack()->push(new SetExampleValueCommand(&m_document, 1, pointer, typed));
    }
    QCOMPARE(m_document.undoStack()->count(), 1);
    QCOMPARE(ExampleJson::valueAt(m_document.example(1), pointer).toString(), typed);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), before);
}

void TestUndoCommands::typingBackToTheOriginalLeavesNoStep()
{
    const QString pointer = QStringLiteral("/messages/1/content");
    const QString original = ExampleJson::valueAt(m_document.example(0), pointer).toString();
    m_document.undoStack()->push(new SetExampleValueCommand(&m_document, 0, pointer, QString(original + QLatin1Char('x'))));
    m_document.undoStack()->push(new SetExampleValueCommand(&m_document, 0, pointer, original));
    QCOMPARE(m_document.undoStack()->count(), 0);
    QVERIFY(!m_document.isModified());
}

void TestUndoCommands::editsOfDifferentFieldsStaySeparate()
{
    m_document.undoStack()->push(
        new SetExampleValueCommand(&m_document, 0, QStringLiteral("/messages/1/content"), QStringLiteral("a")));
    m_document.undoStack()->push(
        new SetExampleValueCommand(&m_document, 0, QStringLiteral("/messages/2/content"), QStringLiteral("b")));
    m_document.undoStack()->push(
        new SetExampleValueCommand(&m_document, 1, QStringLiteral("/messages/2/content"), QStringLiteral("c")));
    QCOMPARE(m_document.undoStack()->count(), 3);
}

void TestUndoCommands::editedExampleKeepsKeyOrderSpellingAndFileStyle()
{
    // The added key takes its place in reading order; numbers keep their spelling (1e2, 1.0); strings are
    // re-escaped minimally (\u00e9 becomes é).
    m_document.undoStack()->push(
        new SetExampleValueCommand(&m_document, 2, QStringLiteral("/messages/0/name"), QStringLiteral("dr_lee")));
    const QByteArray line = m_document.exampleLine(2);
    QCOMPARE(line, QByteArray("{\"messages\": [{\"role\": \"user\", \"name\": \"dr_lee\", \"content\": \"weight 1.0 and "
                              "1e2\", \"x\": 1e2}, {\"role\": \"assistant\", \"content\": \"\xC3\xA9t\xC3\xA9\", "
                              "\"weight\": 1.0}], \"unknown_key\": true}"));
    // Only the edited line changes: the others, the BOM and the CRLF terminators stay as they were.
    const QByteArray before = awkwardBytes();
    const QByteArray after = m_document.toBytes();
    QVERIFY(after.startsWith(before.left(before.indexOf("\r\n") + 2)));
    QVERIFY(after.endsWith(before.mid(before.indexOf("{\"messages\": [oops"))));
}

void TestUndoCommands::editsChangeOnlyWhatTheyEdit()
{
    // A line in an order nobody would choose, with keys we do not know: an edit must not rewrite the rest of it.
    const QByteArray original = R"({"note": "n", "messages": [{"content": "q", "role": "user"}, )"
                                R"({"weight": 1.0, "content": "a", "role": "assistant", "extra": [1.50, {"z": 1, "a": 2}]}], )"
                                R"("score": 1e2})";
    m_document.setData(original + '\n');
    auto edit = [this](const QString &pointer, const QJsonValue &value) {
        m_document.undoStack()->push(new SetExampleValueCommand(&m_document, 0, pointer, value));
        return m_document.exampleLine(0);
    };
    QByteArray expected = original;
    expected.replace(R"("content": "a")", R"("content": "b")");
    QCOMPARE(edit(QStringLiteral("/messages/1/content"), QStringLiteral("b")), expected);
    // A removed key is gone and nothing else moves.
    expected.replace(R"("weight": 1.0, )", "");
    QCOMPARE(edit(QStringLiteral("/messages/1/weight"), QJsonValue(QJsonValue::Undefined)), expected);
    // A new message comes in reading order; the existing ones keep their order.
    QJsonArray messages = m_document.example(0).value(QLatin1String("messages")).toArray();
    messages.append(QJsonObject{{QStringLiteral("content"), QStringLiteral("more")}, {QStringLiteral("role"), QStringLiteral("user")}});
    expected.replace(R"({"z": 1, "a": 2}]}], )", R"({"z": 1, "a": 2}]}, {"role": "user", "content": "more"}], )");
    QCOMPARE(edit(QStringLiteral("/messages"), messages), expected);
    // Removing the first message leaves the next ones as written (matched by value, not by place).
    messages.removeFirst();
    expected.replace(R"({"content": "q", "role": "user"}, )", "");
    QCOMPARE(edit(QStringLiteral("/messages"), messages), expected);
    // So does putting a message in front of them.
    messages.prepend(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), QStringLiteral("s")}});
    expected.replace(R"("messages": [)", R"("messages": [{"role": "system", "content": "s"}, )");
    QCOMPARE(edit(QStringLiteral("/messages"), messages), expected);
    // Undo restores every byte.
    while (m_document.undoStack()->canUndo())
        m_document.undoStack()->undo();
    QCOMPARE(m_document.exampleLine(0), original);
}

void TestUndoCommands::removingScatteredRowsIsOneStepWithFewSignals()
{
    QList<QByteArray> lines;
    for (int i = 0; i < 1000; ++i)
        lines.append(QByteArray("{\"n\": ") + QByteArray::number(i) + '}');
    m_document.undoStack()->push(new InsertExamplesCommand(&m_document, 0, lines));
    const QByteArray before = m_document.toBytes();
    QSignalSpy removed(&m_document, &DatasetDocument::examplesRemoved);
    QList<int> rows;
    for (int i = 0; i < 1000; ++i) {
        if (i % 100 < 50)
            rows.append(i);
    }
    m_document.undoStack()->push(new RemoveExamplesCommand(&m_document, rows));
    QCOMPARE(removed.count(), 10);
    QCOMPARE(m_document.exampleCount(), 505);
    QCOMPARE(m_document.undoStack()->count(), 2);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), before);
}

void TestUndoCommands::removingThousandsOfRangesIsOneBatch()
{
    // Deduplicating 10% of a big file removes thousands of separate ranges: one pass and one batch signal,
    // with blank lines and splits kept exactly, and undo putting every range back where it was.
    QByteArray data;
    for (int i = 0; i < 6000; ++i) {
        data += "{\"n\": " + QByteArray::number(i) + "}\r\n";
        if (i % 7 == 3)
            data += "\r\n";
    }
    m_document.setData(data);
    for (int row = 0; row < m_document.exampleCount(); ++row)
        m_document.setSplit(row, DatasetSplit(row % 3));
    const QByteArray before = m_document.toBytes();
    QList<int> rows;
    for (int row = 0; row < 6000; ++row) {
        if (row % 3 == 1 || row % 100 == 99 || (row >= 2000 && row < 2050))
            rows.append(row);
    }
    QSignalSpy removed(&m_document, &DatasetDocument::examplesRemoved);
    QSignalSpy aboutToRemove(&m_document, &DatasetDocument::examplesAboutToBeRemovedInRanges);
    QSignalSpy batchRemoved(&m_document, &DatasetDocument::examplesRemovedInRanges);
    m_document.undoStack()->push(new RemoveExamplesCommand(&m_document, rows));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(batchRemoved.count(), 1);
    const auto ranges = batchRemoved.first().first().value<QList<JsonlDocument::Range>>();
    QVERIFY(ranges.size() > DatasetDocument::FineGrainedRangeLimit);
    QCOMPARE(ranges.constFirst(), (JsonlDocument::Range{1, 1}));
    QCOMPARE(m_document.exampleCount(), 6000 - rows.size());
    // The survivors, in order, with their own splits; a remaining row maps through the ranges.
    for (int row = 0, original = 0; original < 6000; ++original) {
        if (rows.contains(original))
            continue;
        if (m_document.example(row).value(QLatin1String("n")).toInt() != original
            || m_document.split(row) != DatasetSplit(original % 3))
            QFAIL(qPrintable(QStringLiteral("row %1 is not example %2 with its split").arg(row).arg(original)));
        QCOMPARE(DatasetDocument::rowAfterRemoval(original, ranges), row);
        ++row;
    }
    QCOMPARE(DatasetDocument::rowAfterRemoval(1, ranges), -1);
    QCOMPARE(DatasetDocument::rowAfterRemoval(2025, ranges), -1);

    QSignalSpy batchInserted(&m_document, &DatasetDocument::examplesInsertedInRanges);
    m_document.undoStack()->undo();
    QCOMPARE(batchInserted.count(), 1);
    QCOMPARE(batchInserted.first().first().value<QList<JsonlDocument::Range>>(), ranges);
    QCOMPARE(m_document.toBytes(), before);
    for (int row = 0; row < 6000; ++row) {
        if (m_document.split(row) != DatasetSplit(row % 3))
            QFAIL(qPrintable(QStringLiteral("row %1 lost its split").arg(row)));
    }
    m_document.undoStack()->redo();
    QCOMPARE(m_document.exampleCount(), 6000 - rows.size());
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), before);
}

void TestUndoCommands::saveIsAtomicAndMarksClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.jsonl"));
    m_document.undoStack()->push(new SetSplitsCommand(&m_document, {{0, DatasetSplit::Test}}));
    QVERIFY(m_document.isModified());
    QString error;
    QVERIFY2(m_document.save(path, &error), qPrintable(error));
    QVERIFY(!m_document.isModified());
    QCOMPARE(m_document.filePath(), path);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), awkwardBytes());
    m_document.undoStack()->undo();
    QCOMPARE(m_document.split(0), DatasetSplit::Unassigned);
    QVERIFY(m_document.isModified());
    QVERIFY(!m_document.save(dir.filePath(QStringLiteral("missing/dir/x.jsonl")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/dir")));
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "TestUndoCommands.moc"
