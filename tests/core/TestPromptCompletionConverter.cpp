// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/DatasetFormat.h"
#include "core/dataset/DatasetLoader.h"
#include "core/import/PromptCompletionConverter.h"
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Fts::Core;
using Fts::Test::TestPaths;

/** Legacy prompt/completion JSONL to chat examples, and the all-or-nothing rule for its markers. */
class TestPromptCompletionConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convertsTheLegacyFixture();
    void markersAreKeptWhenNotEveryLineHasThem();
    void newlineStopSequence();
    void strippingCanBeTurnedOff();
    void badLinesAreReportedWithTheirNumber();
    void fileFormatIsDetectedAsPromptCompletion();
};

namespace {

QJsonArray messagesOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object().value(QLatin1String("messages")).toArray();
}

QString contentOf(const QByteArray &line, int message)
{
    return messagesOf(line).at(message).toObject().value(QLatin1String("content")).toString();
}

} // namespace

void TestPromptCompletionConverter::convertsTheLegacyFixture()
{
    PromptCompletionConverter::Settings settings;
    settings.systemPrompt = QStringLiteral("You are a medical coding assistant.");
    const ImportResult result = PromptCompletionConverter::convertFile(
        TestPaths::dataFile(QStringLiteral("import/legacy-prompt-completion.jsonl")), settings);
    QVERIFY(result.fatalError.isEmpty());
    QCOMPARE(result.exampleCount(), 3);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.lines.at(0),
             QByteArray(R"({"messages":[{"role":"system","content":"You are a medical coding assistant."},)"
                        R"({"role":"user","content":"Patient presents with acute bronchitis."},)"
                        R"({"role":"assistant","content":"J20.9: Acute bronchitis, unspecified"}]})"));
    QCOMPARE(result.notes.size(), 3);
    QVERIFY(result.notes.at(0).contains(QLatin1String("\"\\n\\n###\\n\\n\"")));
    QVERIFY(result.notes.at(1).contains(QLatin1String("\" END\"")));
    QVERIFY(result.notes.at(2).contains(QLatin1String("space")));
    QCOMPARE(result.sourceLines, QList<int>({1, 2, 3}));

    // Without a system prompt the example starts with the user message.
    const ImportResult plain = PromptCompletionConverter::convertFile(
        TestPaths::dataFile(QStringLiteral("import/legacy-prompt-completion.jsonl")), {});
    QCOMPARE(messagesOf(plain.lines.at(0)).size(), 2);
    QCOMPARE(messagesOf(plain.lines.at(0)).at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
}

void TestPromptCompletionConverter::markersAreKeptWhenNotEveryLineHasThem()
{
    const QByteArray data = R"({"prompt":"Cough\n\n###\n\n","completion":" R05.9 END"})" "\n"
                            R"({"prompt":"Flu","completion":" J11.1 END"})" "\n";
    const ImportResult result = PromptCompletionConverter::convert(data, {});
    QCOMPARE(result.exampleCount(), 2);
    // The separator is on one prompt only: it is text, kept. The stop sequence and the space are on all.
    QCOMPARE(contentOf(result.lines.at(0), 0), QStringLiteral("Cough\n\n###\n\n"));
    QCOMPARE(contentOf(result.lines.at(0), 1), QStringLiteral("R05.9"));
    QCOMPARE(contentOf(result.lines.at(1), 1), QStringLiteral("J11.1"));
    QCOMPARE(result.notes.size(), 2);

    const QByteArray mixed = R"({"prompt":"A","completion":" x END"})" "\n" R"({"prompt":"B","completion":"y\n"})" "\n";
    const ImportResult kept = PromptCompletionConverter::convert(mixed, {});
    QCOMPARE(contentOf(kept.lines.at(0), 1), QStringLiteral(" x END"));
    QCOMPARE(contentOf(kept.lines.at(1), 1), QStringLiteral("y\n"));
    QVERIFY(kept.notes.isEmpty());
}

void TestPromptCompletionConverter::newlineStopSequence()
{
    const QByteArray data = R"({"prompt":"A ->","completion":" one\n"})" "\r\n" R"({"prompt":"B ->","completion":" two\n"})";
    const ImportResult result = PromptCompletionConverter::convert(data, {});
    QCOMPARE(result.exampleCount(), 2);
    QCOMPARE(contentOf(result.lines.at(1), 1), QStringLiteral("two"));
    QCOMPARE(contentOf(result.lines.at(1), 0), QStringLiteral("B ->"));
    QVERIFY(result.notes.at(0).contains(QLatin1String("\"\\n\"")));
}

void TestPromptCompletionConverter::strippingCanBeTurnedOff()
{
    PromptCompletionConverter::Settings settings;
    settings.stripLegacyMarkers = false;
    settings.spacedSeparators = true;
    const ImportResult result = PromptCompletionConverter::convertFile(
        TestPaths::dataFile(QStringLiteral("import/legacy-prompt-completion.jsonl")), settings);
    QCOMPARE(contentOf(result.lines.at(0), 1), QStringLiteral(" J20.9: Acute bronchitis, unspecified END"));
    QVERIFY(result.notes.isEmpty());
    QVERIFY(result.lines.at(0).startsWith(R"({"messages": [{"role": "user", )"));
}

void TestPromptCompletionConverter::badLinesAreReportedWithTheirNumber()
{
    const QByteArray data = "\xEF\xBB\xBF" R"({"prompt":"A","completion":"a"})" "\n"  // 1
                            "\n"                                                         // 2: blank, skipped
                            R"({"prompt":"B","completion":)" "\n"                      // 3: broken
                            R"(["prompt","completion"])" "\n"                          // 4: not an object
                            R"({"prompt":"C"})" "\n"                                   // 5: no completion
                            R"({"messages":[]})" "\n"                                  // 6: chat already
                            R"({"prompt":"  ","completion":"x"})" "\n"                 // 7: empty prompt
                            R"({"prompt":"D","completion":"d"})" "\n";                 // 8
    const ImportResult result = PromptCompletionConverter::convert(data, {});
    QCOMPARE(result.exampleCount(), 2);
    QCOMPARE(result.sourceLines, QList<int>({1, 8}));
    QCOMPARE(result.itemsRead, 7);
    QList<int> lines;
    for (const ImportProblem &problem : result.problems)
        lines.append(problem.line);
    QCOMPARE(lines, QList<int>({3, 4, 5, 6, 7}));
    QVERIFY(result.problems.at(0).message.contains(QLatin1String("JSON")));
    QVERIFY(result.problems.at(3).message.contains(QLatin1String("messages")));

    const ImportResult missing = PromptCompletionConverter::convertFile(QStringLiteral("/nonexistent/legacy.jsonl"), {});
    QVERIFY(missing.fatalError.contains(QLatin1String("legacy.jsonl")));
}

void TestPromptCompletionConverter::fileFormatIsDetectedAsPromptCompletion()
{
    // File ▸ Open offers the conversion when the loader reports this format.
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(TestPaths::dataFile(QStringLiteral("import/legacy-prompt-completion.jsonl")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(loader.report().format, DatasetFormat::PromptCompletion);
}

QTEST_GUILESS_MAIN(TestPromptCompletionConverter)
#include "TestPromptCompletionConverter.moc"
