// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/JsonlDocument.h"
#include "support/TestPaths.h"

#include <QDir>
#include <algorithm>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Fts::Core::JsonlDocument;
using LineEnding = JsonlDocument::LineEnding;

namespace {

/** Resident pages of mapped files (kB), from /proc: what releaseMappedPages() gives back. */
qint64 residentFileKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssFile:"))
            return line.mid(8).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString corpusDir()
{
    return Fts::Test::TestPaths::dataFile(QStringLiteral("dataset/roundtrip"));
}

} // namespace

class TestJsonlDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void saveInPlaceKeepsBytesAndRemaps_data();
    void saveInPlaceKeepsBytesAndRemaps();
    void linesAndExamplesAreIndexed();
    void lineEndingsAreKeptPerLine();
    void byteOrderMarkIsNotPartOfLineOne();
    void loneCarriageReturnStaysInsideTheLine();
    void replaceKeepsUntouchedLinesByteIdentical();
    void insertRemoveMoveEmitPreciseSignals();
    void removeThenInsertRestoresTheBytes();
    void movingTheLastLineAwayAndBackRestoresTheMissingNewline();
    void insertedLinesUseTheFileMajorityEnding();
    void linesWithLineFeedsAreRejected();
    void saveAfterEditsWritesEditsAndRemaps();
    void openFailuresLeaveTheDocumentUnchanged();
    void openCanBeCancelled();
    void setDataWorksWithoutAFile();
    void bigFilesIndexedInChunksMatchTheLines();
    void replacingALineWithABlankOneUpdatesTheExamples();
    void releasedPagesReadTheSameBytes();
};

void TestJsonlDocument::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpusDir() + QLatin1Char('/') + file;
}

void TestJsonlDocument::roundTripIsByteIdentical()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    JsonlDocument document;
    QString error;
    QVERIFY2(document.open(path, &error), qPrintable(error));
    QCOMPARE(document.originalSize(), qint64(original.size()));
    QVERIFY(document.toByteArray() == original);

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.jsonl"));
    QVERIFY2(document.saveAs(copy, &error), qPrintable(error));
    QVERIFY(readFile(copy) == original);
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), QFileInfo(copy).absoluteFilePath());
}

void TestJsonlDocument::saveInPlaceKeepsBytesAndRemaps_data()
{
    roundTripIsByteIdentical_data();
}

void TestJsonlDocument::saveInPlaceKeepsBytesAndRemaps()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    QTemporaryDir dir;
    const QString working = dir.filePath(QStringLiteral("working.jsonl"));
    QVERIFY(writeFile(working, original));
    JsonlDocument document;
    QVERIFY(document.open(working));
    QList<QByteArray> linesBefore;
    for (int i = 0; i < document.lineCount(); ++i)
        linesBefore.append(document.lineBytes(i));
    QString error;
    QVERIFY2(document.save(&error), qPrintable(error));
    QVERIFY(readFile(working) == original);
    // The old mapping is gone; every line must now come from the new file.
    QCOMPARE(document.lineCount(), linesBefore.size());
    for (int i = 0; i < document.lineCount(); ++i)
        QVERIFY(document.lineBytes(i) == linesBefore.at(i));
    QVERIFY(document.save(&error));
    QVERIFY(readFile(working) == original);
}

void TestJsonlDocument::linesAndExamplesAreIndexed()
{
    JsonlDocument document;
    QVERIFY(document.open(corpusDir() + QStringLiteral("/empty-lines.jsonl")));
    // "\n\n{a}\n\n   \n\t\n{c}\n\n": 8 physical lines, 2 examples.
    QCOMPARE(document.lineCount(), 8);
    QCOMPARE(document.exampleCount(), 2);
    QCOMPARE(document.lineIndexOfExample(0), 2);
    QCOMPARE(document.lineIndexOfExample(1), 6);
    QCOMPARE(document.exampleIndexOfLine(6), 1);
    QCOMPARE(document.exampleIndexOfLine(3), -1);
    QVERIFY(document.isBlank(4));
    QVERIFY(document.isBlank(5));
    QCOMPARE(document.lineBytes(4), QByteArray("   "));
    QCOMPARE(JsonlDocument::lineNumber(6), 7);

    QVERIFY(document.open(corpusDir() + QStringLiteral("/empty.jsonl")));
    QCOMPARE(document.lineCount(), 0);
    QCOMPARE(document.exampleCount(), 0);
    QVERIFY(document.open(corpusDir() + QStringLiteral("/only-newline.jsonl")));
    QCOMPARE(document.lineCount(), 1);
    QCOMPARE(document.exampleCount(), 0);
    QCOMPARE(document.lineEnding(0), LineEnding::Lf);
    QVERIFY(document.open(corpusDir() + QStringLiteral("/huge-line.jsonl")));
    QCOMPARE(document.lineCount(), 3);
    QVERIFY(document.lineView(1).size() > 1024 * 1024);
}

void TestJsonlDocument::lineEndingsAreKeptPerLine()
{
    JsonlDocument document;
    QVERIFY(document.open(corpusDir() + QStringLiteral("/no-final-newline.jsonl")));
    QCOMPARE(document.lineCount(), 2);
    QCOMPARE(document.lineEnding(0), LineEnding::Lf);
    QCOMPARE(document.lineEnding(1), LineEnding::None);

    QVERIFY(document.open(corpusDir() + QStringLiteral("/crlf.jsonl")));
    QCOMPARE(document.lineCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(document.lineEnding(i), LineEnding::CrLf);
        QVERIFY(!document.lineView(i).endsWith('\r'));
    }
    QCOMPARE(document.defaultLineEnding(), LineEnding::CrLf);
}

void TestJsonlDocument::byteOrderMarkIsNotPartOfLineOne()
{
    JsonlDocument document;
    QVERIFY(document.open(corpusDir() + QStringLiteral("/bom.jsonl")));
    QVERIFY(document.hasByteOrderMark());
    QVERIFY(document.lineView(0).startsWith('{'));
    document.setByteOrderMark(false);
    QVERIFY(document.isModified());
    QVERIFY(document.toByteArray() == readFile(corpusDir() + QStringLiteral("/bom.jsonl")).mid(3));

    QVERIFY(document.open(corpusDir() + QStringLiteral("/bom-only.jsonl")));
    QVERIFY(document.hasByteOrderMark());
    QCOMPARE(document.lineCount(), 0);
}

void TestJsonlDocument::loneCarriageReturnStaysInsideTheLine()
{
    JsonlDocument document;
    QVERIFY(document.open(corpusDir() + QStringLiteral("/mixed-endings.jsonl")));
    // lf, crlf, "lone CR" + "same line" joined by a CR, an empty CRLF line, the last without newline.
    QCOMPARE(document.lineCount(), 5);
    QCOMPARE(document.lineEnding(0), LineEnding::Lf);
    QCOMPARE(document.lineEnding(1), LineEnding::CrLf);
    QCOMPARE(document.lineEnding(2), LineEnding::Lf);
    QVERIFY(document.lineView(2).contains('\r'));
    QCOMPARE(document.lineEnding(3), LineEnding::CrLf);
    QVERIFY(document.isBlank(3));
    QCOMPARE(document.lineEnding(4), LineEnding::None);
    QCOMPARE(document.exampleCount(), 4);
}

void TestJsonlDocument::replaceKeepsUntouchedLinesByteIdentical()
{
    const QString path = corpusDir() + QStringLiteral("/mixed-endings.jsonl");
    const QByteArray original = readFile(path);
    JsonlDocument document;
    QVERIFY(document.open(path));
    QSignalSpy replaced(&document, &JsonlDocument::linesReplaced);
    QSignalSpy modified(&document, &JsonlDocument::modifiedChanged);
    const QByteArray newLine = R"({"messages":[{"role":"user","content":"edited"}]})";
    QVERIFY(document.replaceLine(1, newLine));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(replaced.first(), (QList<QVariant>{1, 1}));
    QCOMPARE(modified.count(), 1);
    QVERIFY(document.isModified());
    QVERIFY(!document.isLineOriginal(1));
    QVERIFY(document.isLineOriginal(0));

    // Expected: line 2's bytes swapped, its CRLF kept, everything else as in the original file.
    const qsizetype lineTwoStart = original.indexOf('\n') + 1;
    const qsizetype lineTwoEnd = original.indexOf("\r\n", lineTwoStart);
    QByteArray expected = original;
    expected.replace(lineTwoStart, lineTwoEnd - lineTwoStart, newLine);
    QVERIFY(document.toByteArray() == expected);

    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("saved.jsonl"));
    QVERIFY(document.saveAs(saved));
    QVERIFY(readFile(saved) == expected);
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 2);
    QVERIFY(document.isLineOriginal(1));
}

void TestJsonlDocument::insertRemoveMoveEmitPreciseSignals()
{
    JsonlDocument document;
    document.setData("a\nb\nc\nd\n");
    QSignalSpy inserted(&document, &JsonlDocument::linesInserted);
    QSignalSpy removed(&document, &JsonlDocument::linesRemoved);
    QSignalSpy moved(&document, &JsonlDocument::linesMoved);

    QVERIFY(document.insertLines(1, QList<QByteArray>{"x", "y"}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first(), (QList<QVariant>{1, 2}));
    QCOMPARE(document.toByteArray(), QByteArray("a\nx\ny\nb\nc\nd\n"));

    QVERIFY(document.removeLines(2, 2));
    QCOMPARE(removed.first(), (QList<QVariant>{2, 2}));
    QCOMPARE(document.toByteArray(), QByteArray("a\nx\nc\nd\n"));

    QVERIFY(document.moveLines(0, 2, 2));
    QCOMPARE(moved.first(), (QList<QVariant>{0, 2, 2}));
    QCOMPARE(document.toByteArray(), QByteArray("c\nd\na\nx\n"));
    QVERIFY(document.moveLines(3, 1, 0));
    QCOMPARE(document.toByteArray(), QByteArray("x\nc\nd\na\n"));

    QVERIFY(!document.moveLines(3, 2, 0));
    QVERIFY(!document.removeLines(4, 1));
    QVERIFY(!document.insertLines(9, QList<QByteArray>{"z"}));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(document.exampleCount(), 4);
}

void TestJsonlDocument::removeThenInsertRestoresTheBytes()
{
    const QString path = corpusDir() + QStringLiteral("/mixed-endings.jsonl");
    const QByteArray original = readFile(path);
    JsonlDocument document;
    QVERIFY(document.open(path));
    // What an undo command does: keep the lines, remove them, put them back.
    const QList<JsonlDocument::Line> kept = document.lines(1, 4);
    QVERIFY(document.removeLines(1, 4));
    QCOMPARE(document.lineCount(), 1);
    QVERIFY(document.insertLines(1, kept));
    QVERIFY(document.toByteArray() == original);
}

void TestJsonlDocument::movingTheLastLineAwayAndBackRestoresTheMissingNewline()
{
    JsonlDocument document;
    document.setData("a\nb\nc");
    QVERIFY(document.moveLines(2, 1, 0));
    QCOMPARE(document.toByteArray(), QByteArray("c\na\nb\n"));
    QVERIFY(document.moveLines(0, 1, 2));
    QCOMPARE(document.toByteArray(), QByteArray("a\nb\nc"));
    QVERIFY(document.insertLines(3, QList<QByteArray>{"d"}));
    QCOMPARE(document.toByteArray(), QByteArray("a\nb\nc\nd\n"));
}

void TestJsonlDocument::insertedLinesUseTheFileMajorityEnding()
{
    JsonlDocument document;
    QVERIFY(document.open(corpusDir() + QStringLiteral("/crlf.jsonl")));
    QVERIFY(document.insertLines(0, QList<QByteArray>{"{}"}));
    QVERIFY(document.toByteArray().startsWith("{}\r\n"));
    document.setData("a\r\nb\nc\n");
    QCOMPARE(document.defaultLineEnding(), LineEnding::Lf);
}

void TestJsonlDocument::linesWithLineFeedsAreRejected()
{
    JsonlDocument document;
    document.setData("a\nb\n");
    QVERIFY(!document.replaceLine(0, "x\ny"));
    QVERIFY(!document.insertLines(0, QList<QByteArray>{"ok", "bad\n"}));
    QCOMPARE(document.toByteArray(), QByteArray("a\nb\n"));
    QVERIFY(!document.isModified());
}

void TestJsonlDocument::saveAfterEditsWritesEditsAndRemaps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.jsonl"));
    QVERIFY(writeFile(path, "one\r\ntwo\r\nthree"));
    JsonlDocument document;
    QVERIFY(document.open(path));
    QVERIFY(document.replaceLine(1, "TWO"));
    QVERIFY(document.insertLines(3, QList<QByteArray>{"four"}));
    QVERIFY(document.save());
    QCOMPARE(readFile(path), QByteArray("one\r\nTWO\r\nthree\r\nfour\r\n"));
    QVERIFY(document.isLineOriginal(1));
    QCOMPARE(document.lineBytes(3), QByteArray("four"));
    // A second round of edits works on the remapped file.
    QVERIFY(document.removeLines(0, 1));
    QVERIFY(document.save());
    QCOMPARE(readFile(path), QByteArray("TWO\r\nthree\r\nfour\r\n"));
    QCOMPARE(document.lineBytes(0), QByteArray("TWO"));
}

void TestJsonlDocument::openFailuresLeaveTheDocumentUnchanged()
{
    JsonlDocument document;
    document.setData("keep\n");
    QSignalSpy reset(&document, &JsonlDocument::reset);
    QString error;
    QVERIFY(!document.open(QStringLiteral("/nonexistent/dir/data.jsonl"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/data.jsonl")));
    QVERIFY(!document.open(QDir::tempPath(), &error));
    QVERIFY(error.contains(QStringLiteral("folder")));
    QCOMPARE(document.toByteArray(), QByteArray("keep\n"));
    QCOMPARE(reset.count(), 0);
    QVERIFY(!document.save(&error));
    QVERIFY(!error.isEmpty());
}

void TestJsonlDocument::openCanBeCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    QByteArray data;
    const QByteArray line(1000, 'x');
    for (int i = 0; i < 20000; ++i)
        data += line + '\n';
    QVERIFY(writeFile(path, data));
    JsonlDocument document;
    std::atomic_bool cancel = false;
    int calls = 0;
    QString error;
    const bool opened = document.open(
        path, [&](qint64, qint64) { cancel = ++calls >= 1; }, &cancel, &error);
    QVERIFY(!opened);
    QCOMPARE(document.lineCount(), 0);
    QVERIFY(document.open(path, [&](qint64 done, qint64 total) { QVERIFY(done <= total); }, nullptr, &error));
    QCOMPARE(document.lineCount(), 20000);
}

void TestJsonlDocument::setDataWorksWithoutAFile()
{
    JsonlDocument document;
    QSignalSpy reset(&document, &JsonlDocument::reset);
    document.setData("\xEF\xBB\xBFx\r\ny");
    QCOMPARE(reset.count(), 1);
    QVERIFY(document.hasByteOrderMark());
    QCOMPARE(document.lineCount(), 2);
    QCOMPARE(document.toByteArray(), QByteArray("\xEF\xBB\xBFx\r\ny"));
    QTemporaryDir dir;
    QVERIFY(document.saveAs(dir.filePath(QStringLiteral("new.jsonl"))));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("new.jsonl"))), QByteArray("\xEF\xBB\xBFx\r\ny"));
}

QTEST_GUILESS_MAIN(TestJsonlDocument)
void TestJsonlDocument::bigFilesIndexedInChunksMatchTheLines()
{
    // Above 16 MB the index is built in chunks on several threads: every line, blank line and terminator must
    // come out exactly as a single pass would see them, whichever line a chunk boundary falls in.
    QByteArray bytes("\xEF\xBB\xBF");
    QList<QByteArray> expectedLines;
    QList<LineEnding> expectedEndings;
    int examples = 0;
    for (int i = 0; bytes.size() < 20 * 1024 * 1024; ++i) {
        QByteArray line;
        if (i % 97 == 5)
            line = "   ";
        else if (i % 89 != 3) {
            line = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + QByteArray::number(i) + "\r" +
                   QByteArray(i % 700, 'x') + "\"}]}";
            ++examples;
        }
        const LineEnding ending = i % 3 == 0 ? LineEnding::CrLf : LineEnding::Lf;
        bytes += line + (ending == LineEnding::CrLf ? "\r\n" : "\n");
        expectedLines.append(line);
        expectedEndings.append(ending);
    }
    bytes += "{\"last\":true}";
    expectedLines.append("{\"last\":true}");
    expectedEndings.append(LineEnding::None);
    ++examples;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    QVERIFY(writeFile(path, bytes));
    JsonlDocument document;
    QList<qint64> reported;
    QVERIFY(document.open(path, [&reported](qint64 done, qint64) { reported.append(done); }, nullptr));
    QVERIFY(document.hasByteOrderMark());
    QCOMPARE(document.lineCount(), expectedLines.size());
    QCOMPARE(document.exampleCount(), examples);
    for (int i = 0; i < document.lineCount(); ++i) {
        if (document.lineView(i) != expectedLines.at(i) || document.lineEnding(i) != expectedEndings.at(i))
            QFAIL(qPrintable(QStringLiteral("line %1 differs").arg(i + 1)));
    }
    QCOMPARE(document.defaultLineEnding(), LineEnding::Lf);
    QVERIFY(document.toByteArray() == bytes);
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.constLast(), qint64(bytes.size()));
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
}

void TestJsonlDocument::replacingALineWithABlankOneUpdatesTheExamples()
{
    // The example index is only rebuilt when a replacement changes whether the line is blank.
    JsonlDocument document;
    document.setData("{\"a\":1}\n\n{\"c\":3}\n");
    QCOMPARE(document.exampleCount(), 2);
    QVERIFY(document.replaceLine(0, "{\"a\":2}"));
    QCOMPARE(document.exampleCount(), 2);
    QCOMPARE(document.lineIndexOfExample(1), 2);
    QVERIFY(document.replaceLine(1, "{\"b\":2}"));
    QCOMPARE(document.exampleCount(), 3);
    QCOMPARE(document.lineIndexOfExample(1), 1);
    QCOMPARE(document.exampleIndexOfLine(2), 2);
    QVERIFY(document.replaceLine(0, "   "));
    QCOMPARE(document.exampleCount(), 2);
    QCOMPARE(document.lineIndexOfExample(0), 1);
    QCOMPARE(document.exampleIndexOfLine(0), -1);
    QVERIFY(document.isModified());
}

void TestJsonlDocument::releasedPagesReadTheSameBytes()
{
#if !defined(Q_OS_LINUX)
    QSKIP("releaseMappedPages() is a hint that only Linux acts on");
#endif
    QByteArray bytes;
    QList<QByteArray> expectedLines;
    for (int i = 0; bytes.size() < 24 * 1024 * 1024; ++i) {
        const QByteArray line = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + QByteArray::number(i) + QByteArray(i % 900, 'y')
                              + "\"}]}";
        bytes += line + '\n';
        expectedLines.append(line);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release.jsonl"));
    QVERIFY(writeFile(path, bytes));
    JsonlDocument document;
    QVERIFY(document.open(path));
    QCOMPARE(document.lineCount(), expectedLines.size());
    const qint64 mapped = residentFileKilobytes();
    QVERIFY2(mapped > 20 * 1024, qPrintable(QString::number(mapped))); // indexing read every page

    // Released in pieces, as the validator's threads do, with an edited line in between (left alone).
    QVERIFY(document.replaceLine(10, "{\"edited\":true}"));
    expectedLines[10] = "{\"edited\":true}";
    const int count = document.lineCount();
    for (int first = 0; first < count; first += 1000)
        document.releaseMappedPages(first, std::min(count, first + 1000));
    const qint64 released = residentFileKilobytes();
    QVERIFY2(mapped - released > 20 * 1024, qPrintable(QStringLiteral("%1 kB -> %2 kB").arg(mapped).arg(released)));

    // Nothing is lost: the bytes map again on the next read.
    for (int i = 0; i < count; ++i) {
        if (document.lineView(i) != expectedLines.at(i))
            QFAIL(qPrintable(QStringLiteral("line %1 differs after its pages were released").arg(i + 1)));
    }
    // Ranges the document cannot map to whole pages are ignored without harm.
    document.releaseMappedPages(-1, 5);
    document.releaseMappedPages(5, count + 1);
    document.releaseMappedPages(7, 7);
    QCOMPARE(document.lineView(5), expectedLines.at(5));
}

#include "TestJsonlDocument.moc"
