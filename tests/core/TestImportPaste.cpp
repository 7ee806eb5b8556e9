// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PastedExamplesParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Fts::Core;

/** Pasted text to examples: JSONL, an array, one pretty-printed example, a list of messages; errors by line. */
class TestImportPaste : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLinesWithBadLines();
    void arrayOfExamplesNamesTheLineOfEachItem();
    void prettyPrintedExample();
    void listOfMessagesIsOneExample();
    void codeFenceIsIgnored();
    void brokenPrettyPrintedTextGivesOneError();
    void nothingPasted();
};

namespace {
QString lineOf(const QString &user)
{
    return QStringLiteral(R"({"messages":[{"role":"user","content":"%1"},{"role":"assistant","content":"ok"}]})").arg(user);
}
} // namespace

void TestImportPaste::jsonLinesWithBadLines()
{
    const QString text = lineOf(QStringLiteral("one")) + QStringLiteral("\n\n")   // 1, 2 blank
        + QStringLiteral("{\"messages\": [\n")                                     // 3 broken
        + QStringLiteral("{\"prompt\":\"p\",\"completion\":\"c\"}\n")               // 4 legacy
        + QStringLiteral("{\"role\":\"user\",\"content\":\"hi\"}\n")                // 5 a message
        + QStringLiteral("42\n")                                                     // 6 not an object
        + QStringLiteral("  ") + lineOf(QStringLiteral("two")) + QStringLiteral("\r\n"); // 7
    const ImportResult result = PastedExamplesParser::parse(text);
    QCOMPARE(result.exampleCount(), 2);
    QCOMPARE(result.sourceLines, QList<int>({1, 7}));
    QCOMPARE(result.lines.at(1), lineOf(QStringLiteral("two")).toUtf8());
    QList<int> lines;
    for (const ImportProblem &problem : result.problems)
        lines.append(problem.line);
    QCOMPARE(lines, QList<int>({3, 4, 5, 6}));
    QVERIFY(result.problems.at(1).message.contains(QLatin1String("Prompt/Completion")));
    QVERIFY(result.problems.at(2).message.contains(QLatin1String("single message")));
    QCOMPARE(result.itemsRead, 6);
}

void TestImportPaste::arrayOfExamplesNamesTheLineOfEachItem()
{
    const QString text = QStringLiteral("[\n  ") + lineOf(QStringLiteral("a")) + QStringLiteral(",\n  {\"x\": [1, \"]\"]},\n  ")
        + lineOf(QStringLiteral("b")) + QStringLiteral("\n]");
    const ImportResult result = PastedExamplesParser::parse(text, true);
    QCOMPARE(result.exampleCount(), 2);
    QCOMPARE(result.sourceLines, QList<int>({2, 4}));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 3);
    QVERIFY(result.lines.at(0).startsWith(R"({"messages": [{"role": "user", "content": "a"})"));
}

void TestImportPaste::prettyPrintedExample()
{
    const QString text = QStringLiteral("\n{\n  \"messages\": [\n    {\"role\": \"user\", \"content\": \"Cough\"},\n"
                                        "    {\"role\": \"assistant\", \"content\": \"R05.9\", \"weight\": 1}\n  ],\n"
                                        "  \"metadata\": {\"source\": \"ward 3\"}\n}\n");
    const ImportResult result = PastedExamplesParser::parse(text);
    QCOMPARE(result.exampleCount(), 1);
    QCOMPARE(result.sourceLines, QList<int>({2}));
    // Compact, in the order the editor writes; unknown keys are kept.
    QCOMPARE(result.lines.at(0), QByteArray(R"({"messages":[{"role":"user","content":"Cough"},)"
                                            R"({"role":"assistant","content":"R05.9","weight":1}],)"
                                            R"("metadata":{"source":"ward 3"}})"));
}

void TestImportPaste::listOfMessagesIsOneExample()
{
    const ImportResult result = PastedExamplesParser::parse(
        QStringLiteral(R"([{"role":"user","content":"Q"},{"role":"assistant","content":"A"}])"));
    QCOMPARE(result.exampleCount(), 1);
    QCOMPARE(QJsonDocument::fromJson(result.lines.at(0)).object().value(QLatin1String("messages")).toArray().size(), 2);
}

void TestImportPaste::codeFenceIsIgnored()
{
    const QString text = QStringLiteral("```json\n") + lineOf(QStringLiteral("a")) + QStringLiteral("\nnot json\n```\n");
    const ImportResult result = PastedExamplesParser::parse(text);
    QCOMPARE(result.exampleCount(), 1);
    QCOMPARE(result.sourceLines, QList<int>({2}));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 3);
}

void TestImportPaste::brokenPrettyPrintedTextGivesOneError()
{
    const QString text = QStringLiteral("{\n  \"messages\": [\n    {\"role\": \"user\", \"content\": \"Q\"},\n  ]\n}\n");
    const ImportResult result = PastedExamplesParser::parse(text);
    QCOMPARE(result.exampleCount(), 0);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 4);
}

void TestImportPaste::nothingPasted()
{
    const ImportResult result = PastedExamplesParser::parse(QStringLiteral("  \n\t\n"));
    QCOMPARE(result.exampleCount(), 0);
    QCOMPARE(result.itemsRead, 0);
    QVERIFY(result.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportPaste)
#include "TestImportPaste.moc"
