// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestPaths.h"
#include "core/import/CsvReader.h"
#include "core/import/CsvSniffer.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Fts::Core;
using Fts::Test::TestPaths;

/** The RFC 4180 reader and the delimiter/header sniffing, one test per edge case. */
class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainRowsWithLfAndCrlf();
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks();
    void lineNumbersCountBreaksInsideQuotes();
    void byteOrderMarkIsSkipped();
    void blankLinesAreSkippedAndLastLineNeedsNoBreak();
    void emptyFieldsAndTrailingDelimiter();
    void strayQuoteInsideUnquotedFieldIsText();
    void unclosedQuoteIsAnErrorNamingItsLine();
    void raggedRowsKeepTheirFieldCount();
    void tabAndSemicolonDelimiters();
    void windowsCodePageIsDetected();
    void utf16WithByteOrderMark();
    void streamsAcrossReadBlocks();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void detectsHeaderRow_data();
    void detectsHeaderRow();
};

namespace {

QList<CsvRecord> readAll(const QByteArray &bytes, QChar delimiter = u',', QString *error = nullptr,
                         int *errorLine = nullptr, CsvReader::Encoding encoding = CsvReader::Encoding::Auto)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    reader.setDelimiter(delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(&record))
        records.append(record);
    if (error)
        *error = reader.errorString();
    if (errorLine)
        *errorLine = reader.errorLine();
    return records;
}

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

void TestCsvReader::plainRowsWithLfAndCrlf()
{
    for (const QByteArray &data : {QByteArray("a,b\n1,2\n"), QByteArray("a,b\r\n1,2\r\n"), QByteArray("a,b\r1,2\r")}) {
        const QList<CsvRecord> records = readAll(data);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields, fields({"a", "b"}));
        QCOMPARE(records.at(1).fields, fields({"1", "2"}));
        QCOMPARE(records.at(1).line, 2);
    }
}

void TestCsvReader::quotedFieldsKeepDelimitersQuotesAndLineBreaks()
{
    const QList<CsvRecord> records
        = readAll("\"Cough, fever\",\"She said \"\"better\"\"\",\"two\r\nlines\"\r\n\"\",x\r\n");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields, fields({"Cough, fever", "She said \"better\"", "two\nlines"}));
    QCOMPARE(records.at(1).fields, fields({"", "x"}));
}

void TestCsvReader::lineNumbersCountBreaksInsideQuotes()
{
    const QList<CsvRecord> records = readAll("h1,h2\n\"a\nb\nc\",1\nnext,2\n\n\nlast,3");
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(1).line, 2);
    QCOMPARE(records.at(1).fields.at(0), QStringLiteral("a\nb\nc"));
    QCOMPARE(records.at(2).line, 5);
    QCOMPARE(records.at(3).line, 8);
}

void TestCsvReader::byteOrderMarkIsSkipped()
{
    const QList<CsvRecord> records = readAll("\xEF\xBB\xBFnote,code\r\nx,y\r\n");
    QCOMPARE(records.at(0).fields, fields({"note", "code"}));
    QCOMPARE(CsvReader::detectEncoding("\xEF\xBB\xBFnote"), CsvReader::Encoding::Utf8);
}

void TestCsvReader::blankLinesAreSkippedAndLastLineNeedsNoBreak()
{
    const QList<CsvRecord> records = readAll("\n\na,b\n\r\n\nc,d");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).line, 3);
    QCOMPARE(records.at(1).line, 6);
    QCOMPARE(records.at(1).fields, fields({"c", "d"}));
    QCOMPARE(readAll("").size(), 0);
    QCOMPARE(readAll("\n\r\n").size(), 0);
}

void TestCsvReader::emptyFieldsAndTrailingDelimiter()
{
    const QList<CsvRecord> records = readAll(",,\na,\n\"\"\n");
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).fields, fields({"", "", ""}));
    QCOMPARE(records.at(1).fields, fields({"a", ""}));
    QCOMPARE(records.at(2).fields, fields({""}));
}

void TestCsvReader::strayQuoteInsideUnquotedFieldIsText()
{
    const QList<CsvRecord> records = readAll("5'10\" tall,ok\n");
    QCOMPARE(records.at(0).fields, fields({"5'10\" tall", "ok"}));
}

void TestCsvReader::unclosedQuoteIsAnErrorNamingItsLine()
{
    QString error;
    int line = 0;
    const QList<CsvRecord> records = readAll("a,b\nc,d\n\"never closed,x\ne,f\n", u',', &error, &line);
    QCOMPARE(records.size(), 2);
    QCOMPARE(line, 3);
    QVERIFY2(error.contains(QLatin1String("never closed")), qPrintable(error));
}

void TestCsvReader::raggedRowsKeepTheirFieldCount()
{
    const QList<CsvRecord> records = readAll("a,b,c\n1,2\n1,2,3,4\n");
    QCOMPARE(records.at(1).fields.size(), 2);
    QCOMPARE(records.at(2).fields.size(), 4);
    QCOMPARE(CsvSniffer::typicalFieldCount(records), 3);
}

void TestCsvReader::tabAndSemicolonDelimiters()
{
    QCOMPARE(readAll("a\tb, c\n", u'\t').at(0).fields, fields({"a", "b, c"}));
    QCOMPARE(readAll("a;\"b;c\"\n", u';').at(0).fields, fields({"a", "b;c"}));
}

void TestCsvReader::windowsCodePageIsDetected()
{
    QFile file(TestPaths::dataFile(QStringLiteral("import/semicolon-cp1252.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(CsvReader::detectEncoding(bytes), CsvReader::Encoding::Windows1252);
    const QList<CsvRecord> records = readAll(bytes, u';');
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).fields.at(0), QStringLiteral("Bronchite aigu\u00eb, toux productive depuis 5 jours."));
    // Forcing UTF-8 on such a file replaces the byte rather than failing.
    QVERIFY(readAll(bytes, u';', nullptr, nullptr, CsvReader::Encoding::Utf8).at(0).fields.at(0).contains(QChar(0xFFFD)));
    // A multi-byte character cut by the end of the sampled head is still UTF-8.
    QCOMPARE(CsvReader::detectEncoding(QByteArray("caf\xC3")), CsvReader::Encoding::Utf8);
}

void TestCsvReader::utf16WithByteOrderMark()
{
    const QString text = QStringLiteral("note\tcode\r\nb\u00e9b\u00e9\tZ38.00\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const QList<CsvRecord> records = readAll(bytes, u'\t');
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields, QStringList({QStringLiteral("b\u00e9b\u00e9"), QStringLiteral("Z38.00")}));
}

void TestCsvReader::streamsAcrossReadBlocks()
{
    // Fields and multi-byte characters straddle the reader's 64 KiB blocks.
    QByteArray data;
    const QByteArray cell = QByteArray("\xC3\xA9t\xC3\xA9, \"quoted\"").repeated(1);
    for (int row = 0; row < 20000; ++row)
        data += QByteArray::number(row) + ",\"" + QByteArray(cell).replace("\"", "\"\"") + "\nsecond line\"\r\n";
    QVERIFY(data.size() > 5 * 64 * 1024);
    const QList<CsvRecord> records = readAll(data);
    QCOMPARE(records.size(), 20000);
    for (int row : {0, 1234, 19999}) {
        QCOMPARE(records.at(row).fields.at(0), QString::number(row));
        QCOMPARE(records.at(row).fields.at(1), QStringLiteral("\u00e9t\u00e9, \"quoted\"\nsecond line"));
        QCOMPARE(records.at(row).line, 2 * row + 1);
    }
}

void TestCsvReader::sniffsDelimiter_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("note,code\n\"Cough; fever\",R05.9\nFlu,J11.1\n") << QChar(u',');
    QTest::newRow("semicolon with commas in text")
        << QByteArray("note;code\nCough, fever, chills;R05.9\nFlu;J11.1\nBack pain, acute;M54.50\n") << QChar(u';');
    QTest::newRow("tab with commas and semicolons")
        << QByteArray("note\tcode\nCough, fever; chills\tR05.9\nFlu\tJ11.1\n") << QChar(u'\t');
    QTest::newRow("single column falls back to comma") << QByteArray("just text\nmore text\n") << QChar(u',');
    QTest::newRow("cut-off last row is ignored")
        << QByteArray("a;b\n1;2\n3;4\n5;\"unfinished, with, commas") << QChar(u';');
}

void TestCsvReader::sniffsDelimiter()
{
    QFETCH(QByteArray, head);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvSniffer::sniffDelimiter(head), delimiter);
}

void TestCsvReader::detectsHeaderRow_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("header");
    QTest::newRow("known names") << QByteArray("note,code\nShort,J20.9\n") << true;
    QTest::newRow("short labels over long text")
        << QByteArray("Befund,Kodierung\nPatient mit akuter Bronchitis seit 5 Tagen,J20.9: Acute bronchitis\n") << true;
    QTest::newRow("labels over numbers") << QByteArray("Befund,Gewicht\nPatient mit Husten seit Tagen,1\nFieber,0\n")
                                         << true;
    QTest::newRow("data first") << QByteArray("Patient with cough,R05.9\nPatient with flu,J11.1\n") << false;
    QTest::newRow("empty cell is not a header") << QByteArray("note,\nx,y\n") << false;
    QTest::newRow("numbers are not a header") << QByteArray("1,2\n3,4\n") << false;
    QTest::newRow("duplicate names are not a header") << QByteArray("note,note\nlong text here,more text\n") << false;
}

void TestCsvReader::detectsHeaderRow()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, header);
    QCOMPARE(CsvSniffer::looksLikeHeader(readAll(data)), header);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
