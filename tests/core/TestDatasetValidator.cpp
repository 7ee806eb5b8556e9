// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/JsonlDocument.h"
#include "core/validation/DatasetValidator.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Core;
using RuleSet = DatasetValidator::RuleSet;

namespace {

const QByteArray s_valid =
    R"({"messages":[{"role":"system","content":"You code diagnoses."},{"role":"user","content":"Chest pain"},{"role":"assistant","content":"R07.9"}]})";

/** Ten distinct valid examples, so that file-level warnings stay quiet unless a test wants them. */
QByteArray validFile(int count = 10)
{
    QByteArray data;
    for (int i = 0; i < count; ++i) {
        data += R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":"q)" + QByteArray::number(i)
              + R"("},{"role":"assistant","content":"a"}]})" + '\n';
    }
    return data;
}

ValidationReport validateData(const QByteArray &data, RuleSet ruleSet = RuleSet::OpenAi)
{
    JsonlDocument document;
    document.setData(data);
    return DatasetValidator(ruleSet).validate(document);
}

QStringList kindsOf(const ValidationReport &report)
{
    QStringList kinds;
    for (const ValidationIssue &issue : report.issues)
        kinds.append(issue.kind);
    return kinds;
}

const ValidationIssue *findIssue(const ValidationReport &report, const QString &kind)
{
    for (const ValidationIssue &issue : report.issues) {
        if (issue.kind == kind)
            return &issue;
    }
    return nullptr;
}

} // namespace

class TestDatasetValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validFileHasNoIssues();
    void everyOpenAiKindHasAFailingExample_data();
    void everyOpenAiKindHasAFailingExample();
    void everyCookbookKindHasAFailingExample_data();
    void everyCookbookKindHasAFailingExample();
    void kindsTestedAreExactlyTheDeclaredKinds();
    void cookbookCountsPerMessageAndPerExample();
    void cookbookQuirksAreReproduced();
    void messagesAreForDomainExperts();
    void issuesCarryLineAndJsonPath();
    void fileLevelWarnings();
    void duplicatesPointAtTheFirstCopy();
    void duplicatesAreFoundAmongLinesThatLookAlike();
    void formatIsDetectedAndMixturesAreErrors();
    void toolCallsAreValidInOpenAiRules();
    void preferenceExamplesAreChecked();
    void parallelValidationMatchesSingleThread();
    void releasingCheckedPagesChangesNoFinding();
    void undefinedToolCallsAreNamedWithTheirPath();
    void validExamplesCountsLinesWithoutErrors();
    void cancelStopsValidation();
    void sampleDatasetIsClean();
};

void TestDatasetValidator::validFileHasNoIssues()
{
    const ValidationReport report = validateData(validFile());
    QVERIFY2(report.issues.isEmpty(), qPrintable(kindsOf(report).join(QLatin1Char(','))));
    QCOMPARE(report.examples, 10);
    QCOMPARE(report.validExamples, 10);
    QCOMPARE(report.format, DatasetFormat::Chat);
    QCOMPARE(report.ruleSet, QStringLiteral("openai"));
}

// Each row: a line (appended to nine valid examples) or a whole file, and the kind it must produce.
void TestDatasetValidator::everyOpenAiKindHasAFailingExample_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("isError");
    const QByteArray nine = validFile(9);
    auto row = [&](const char *name, const QByteArray &line, const char *kind, bool isError = true) {
        QTest::newRow(name) << QByteArray(nine + line + '\n') << QString::fromLatin1(kind) << isError;
    };
    auto file = [&](const char *name, const QByteArray &data, const char *kind, bool isError = true) {
        QTest::newRow(name) << data << QString::fromLatin1(kind) << isError;
    };
    row("invalid_utf8", "{\"messages\":[{\"role\":\"user\",\"content\":\"caf\xE9\"}]}", "invalid_utf8");
    row("invalid_json", R"({"messages": [})", "invalid_json");
    row("data_type", R"([1,2])", "data_type");
    row("data_type message", R"({"messages":["hello",{"role":"assistant","content":"a"}]})", "data_type");
    row("missing_messages_list", R"({"mesages":[]})", "missing_messages_list");
    row("missing_messages_list empty", R"({"messages":[]})", "missing_messages_list");
    row("message_missing_key role", R"({"messages":[{"content":"x"},{"role":"assistant","content":"a"}]})",
        "message_missing_key");
    row("message_missing_key content", R"({"messages":[{"role":"user"},{"role":"assistant","content":"a"}]})",
        "message_missing_key");
    row("message_unrecognized_key",
        R"({"messages":[{"role":"user","content":"q","mood":"happy"},{"role":"assistant","content":"a"}]})",
        "message_unrecognized_key");
    row("unrecognized_role", R"({"messages":[{"role":"user","content":"q"},{"role":"asistant","content":"a"}]})",
        "unrecognized_role");
    row("missing_content", R"({"messages":[{"role":"user","content":null},{"role":"assistant","content":"a"}]})",
        "missing_content");
    row("invalid_content", R"({"messages":[{"role":"user","content":42},{"role":"assistant","content":"a"}]})",
        "invalid_content");
    row("invalid_content_part",
        R"({"messages":[{"role":"user","content":[{"type":"audio"}]},{"role":"assistant","content":"a"}]})",
        "invalid_content_part");
    row("invalid_content_part image in assistant",
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"}}]}]})",
        "invalid_content_part");
    row("invalid_value", R"({"messages":[{"role":"user","content":"q","name":7},{"role":"assistant","content":"a"}]})",
        "invalid_value");
    row("invalid_weight", R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a","weight":2}]})",
        "invalid_weight");
    row("invalid_weight on user",
        R"({"messages":[{"role":"user","content":"q","weight":1},{"role":"assistant","content":"a"}]})", "invalid_weight");
    row("invalid_tool_call",
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{not json"}}]}]})",
        "invalid_tool_call");
    row("unknown_tool_call_id",
        R"({"messages":[{"role":"user","content":"q"},{"role":"tool","tool_call_id":"nope","content":"21"},{"role":"assistant","content":"a"}]})",
        "unknown_tool_call_id");
    row("invalid_function_call",
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":null,"function_call":{"name":"f"}}]})",
        "invalid_function_call");
    row("invalid_tools",
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}],"tools":[{"type":"function","function":{"name":"has space"}}]})",
        "invalid_tools");
    row("invalid_functions",
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}],"functions":[]})",
        "invalid_functions");
    row("example_missing_assistant_message", R"({"messages":[{"role":"user","content":"q"}]})",
        "example_missing_assistant_message");
    row("no_trained_assistant_message",
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a","weight":0}]})",
        "no_trained_assistant_message");
    file("missing_input", R"({"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]})" "\n",
         "missing_input");
    file("missing_preference_output",
         R"({"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}]})" "\n",
         "missing_preference_output");
    file("invalid_preference_output",
         R"({"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"},{"role":"assistant","content":"c"}],"non_preferred_output":[{"role":"assistant","content":"b"}]})" "\n",
         "invalid_preference_output");
    row("legacy_format", R"({"prompt":"q","completion":"a"})", "legacy_format");
    row("mixed_format",
        R"({"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]})",
        "mixed_format");
    row("missing_system_message", R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})",
        "missing_system_message", false);
    row("missing_user_message", R"({"messages":[{"role":"system","content":"s"},{"role":"assistant","content":"a"}]})",
        "missing_user_message", false);
    row("empty_content", R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":""},{"role":"assistant","content":"a"}]})",
        "empty_content", false);
    row("undefined_tool",
        R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":"q"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"g","arguments":"{}"}}]}],"tools":[{"type":"function","function":{"name":"f"}}]})",
        "undefined_tool", false);
    file("empty_line", validFile() + "\n", "empty_line", false);
    row("duplicate_example", s_valid, "duplicate_example", false);
    file("too_few_examples", s_valid + '\n', "too_few_examples", false);
    file("crlf_line_endings", validFile().replace("\n", "\r\n"), "crlf_line_endings", false);
    file("byte_order_mark", "\xEF\xBB\xBF" + validFile(), "byte_order_mark", false);
}

void TestDatasetValidator::everyOpenAiKindHasAFailingExample()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, kind);
    QFETCH(bool, isError);
    if (kind == QLatin1String("duplicate_example"))
        data = s_valid + '\n' + data;
    const ValidationReport report = validateData(data);
    const ValidationIssue *issue = findIssue(report, kind);
    QVERIFY2(issue, qPrintable(QStringLiteral("got: ") + kindsOf(report).join(QLatin1Char(','))));
    QCOMPARE(issue->isError(), isError);
    QVERIFY(!issue->message.isEmpty());
    QCOMPARE(isError ? report.errorCounts.value(kind) : report.warningCounts.value(kind), 1);
}

void TestDatasetValidator::everyCookbookKindHasAFailingExample_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("kind");
    QTest::newRow("invalid_utf8") << QByteArray("{\"messages\":\"\xFF\"}") << QStringLiteral("invalid_utf8");
    QTest::newRow("invalid_json") << QByteArray("{,}") << QStringLiteral("invalid_json");
    QTest::newRow("data_type") << QByteArray("[]") << QStringLiteral("data_type");
    QTest::newRow("missing_messages_list") << QByteArray(R"({"messages":null})") << QStringLiteral("missing_messages_list");
    QTest::newRow("message_missing_key") << QByteArray(R"({"messages":[{"role":"assistant"}]})")
                                         << QStringLiteral("message_missing_key");
    QTest::newRow("message_unrecognized_key")
        << QByteArray(R"({"messages":[{"role":"assistant","content":"a","tool_calls":[]}]})")
        << QStringLiteral("message_unrecognized_key");
    QTest::newRow("unrecognized_role") << QByteArray(R"({"messages":[{"role":"tool","content":"a"},{"role":"assistant","content":"a"}]})")
                                       << QStringLiteral("unrecognized_role");
    QTest::newRow("missing_content") << QByteArray(R"({"messages":[{"role":"assistant","content":""}]})")
                                     << QStringLiteral("missing_content");
    QTest::newRow("example_missing_assistant_message") << QByteArray(R"({"messages":[{"role":"user","content":"q"}]})")
                                                       << QStringLiteral("example_missing_assistant_message");
    QTest::newRow("missing_system_message") << QByteArray(R"({"messages":[{"role":"assistant","content":"a"}]})")
                                            << QStringLiteral("missing_system_message");
    QTest::newRow("missing_user_message") << QByteArray(R"({"messages":[{"role":"assistant","content":"a"}]})")
                                          << QStringLiteral("missing_user_message");
}

void TestDatasetValidator::everyCookbookKindHasAFailingExample()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, kind);
    const ValidationReport report = validateData(line + '\n', RuleSet::Cookbook);
    QVERIFY2(findIssue(report, kind), qPrintable(QStringLiteral("got: ") + kindsOf(report).join(QLatin1Char(','))));
    QCOMPARE(report.ruleSet, QStringLiteral("cookbook"));
}

void TestDatasetValidator::kindsTestedAreExactlyTheDeclaredKinds()
{
    // Guards the two tables above against a kind added to the validator without a failing example.
    const QStringList openAiRows = {
        QStringLiteral("invalid_utf8"), QStringLiteral("invalid_json"), QStringLiteral("data_type"),
        QStringLiteral("missing_messages_list"), QStringLiteral("message_missing_key"),
        QStringLiteral("message_unrecognized_key"), QStringLiteral("unrecognized_role"),
        QStringLiteral("missing_content"), QStringLiteral("invalid_content"), QStringLiteral("invalid_content_part"),
        QStringLiteral("invalid_value"), QStringLiteral("invalid_weight"), QStringLiteral("invalid_tool_call"),
        QStringLiteral("unknown_tool_call_id"), QStringLiteral("invalid_function_call"), QStringLiteral("invalid_tools"),
        QStringLiteral("invalid_functions"), QStringLiteral("example_missing_assistant_message"),
        QStringLiteral("no_trained_assistant_message"), QStringLiteral("missing_input"),
        QStringLiteral("missing_preference_output"), QStringLiteral("invalid_preference_output"),
        QStringLiteral("legacy_format"), QStringLiteral("mixed_format"), QStringLiteral("missing_system_message"),
        QStringLiteral("missing_user_message"), QStringLiteral("empty_content"), QStringLiteral("undefined_tool"),
        QStringLiteral("empty_line"), QStringLiteral("duplicate_example"), QStringLiteral("too_few_examples"),
        QStringLiteral("crlf_line_endings"), QStringLiteral("byte_order_mark")};
    const QStringList declared = DatasetValidator::errorKinds(RuleSet::OpenAi) + DatasetValidator::warningKinds(RuleSet::OpenAi);
    QCOMPARE(QSet<QString>(openAiRows.begin(), openAiRows.end()), QSet<QString>(declared.begin(), declared.end()));
    const QStringList cookbook = DatasetValidator::errorKinds(RuleSet::Cookbook) + DatasetValidator::warningKinds(RuleSet::Cookbook);
    QCOMPARE(cookbook.size(), 11);
}

void TestDatasetValidator::cookbookCountsPerMessageAndPerExample()
{
    // Two bad messages in one example count twice; two examples without an assistant count twice.
    const QByteArray data = R"({"messages":[{"role":"user"},{"role":"user"}]})" "\n"
                            R"({"messages":[{"role":"user","content":"q"}]})" "\n"
                            R"({"messages":[]})" "\n"
                            R"("text")" "\n";
    const ValidationReport report = validateData(data, RuleSet::Cookbook);
    QCOMPARE(report.errorCounts.value(QStringLiteral("message_missing_key")), 2);
    QCOMPARE(report.errorCounts.value(QStringLiteral("missing_content")), 2);
    QCOMPARE(report.errorCounts.value(QStringLiteral("example_missing_assistant_message")), 2);
    QCOMPARE(report.errorCounts.value(QStringLiteral("missing_messages_list")), 1);
    QCOMPARE(report.errorCounts.value(QStringLiteral("data_type")), 1);
    QCOMPARE(report.errorCounts.size(), 5);
    QCOMPARE(report.validExamples, 0);
}

void TestDatasetValidator::cookbookQuirksAreReproduced()
{
    // tool_calls and the tool role are errors for the old checker; content null with function_call too.
    const QByteArray data =
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":null,"function_call":{"name":"f","arguments":"{}"}},{"role":"function","name":"f","content":"r"},{"role":"assistant","content":"a","weight":0}]})" "\n"
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"","function_call":{"name":"f"}}]})" "\n";
    const ValidationReport report = validateData(data, RuleSet::Cookbook);
    // Line 1: null content is not a string (counts); line 2: empty content with a truthy function_call passes.
    QCOMPARE(report.errorCounts.value(QStringLiteral("missing_content")), 1);
    QCOMPARE(report.errorCounts.value(QStringLiteral("message_unrecognized_key")), 0);
    QCOMPARE(report.errorCounts.value(QStringLiteral("unrecognized_role")), 0);
    QCOMPARE(report.issuesForLine(1).first().path, QStringLiteral("messages[1].content"));
    // The openai rules accept null content with a call, but want the call's arguments.
    const ValidationReport openAi = validateData(data);
    QCOMPARE(openAi.errorCount(), 1);
    QCOMPARE(openAi.errorCounts.value(QStringLiteral("invalid_function_call")), 1);
}

void TestDatasetValidator::messagesAreForDomainExperts()
{
    QByteArray data = validFile(41);
    data += R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":"q"},{"role":"asistant","content":"a"}]})" "\n";
    const ValidationReport report = validateData(data);
    const ValidationIssue *issue = findIssue(report, QStringLiteral("unrecognized_role"));
    QVERIFY(issue);
    QCOMPARE(issue->line, 42);
    QCOMPARE(issue->path, QStringLiteral("messages[2].role"));
    QCOMPARE(issue->fullMessage(),
             QStringLiteral("line 42, message 3: the role 'asistant' is not one of system, user, assistant, tool"));
}

void TestDatasetValidator::issuesCarryLineAndJsonPath()
{
    const QByteArray data = validFile(9)
        + R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":[{"type":"text","text":"a"},{"type":"image_url","image_url":{"url":"ftp://x","detail":"huge"}}]},{"role":"assistant","content":"a"}]})" "\n";
    const ValidationReport report = validateData(data);
    QStringList paths;
    for (const ValidationIssue &issue : report.issues)
        paths.append(issue.path);
    QCOMPARE(paths, (QStringList{QStringLiteral("messages[1].content[1].image_url.url"),
                                 QStringLiteral("messages[1].content[1].image_url.detail")}));
    QCOMPARE(report.issues.first().line, 10);
    QVERIFY(report.issues.first().message.startsWith(QStringLiteral("message 2, part 2:")));

    const QByteArray calls = validFile(9)
        + R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":"q"},{"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"f","arguments":"{}"}},{"id":"b","type":"fn","function":{"name":"f","arguments":"{}"}}]}],"tools":[{"type":"function","function":{"name":"f"}},{"type":"function","function":{"name":"bad name"}}]})" "\n";
    const ValidationReport toolReport = validateData(calls);
    QCOMPARE(toolReport.issues.size(), 2);
    // Within a line, the tool definitions are checked before the conversation that uses them.
    QCOMPARE(toolReport.issues.at(0).path, QStringLiteral("tools[1].function.name"));
    QVERIFY(toolReport.issues.at(0).message.startsWith(QStringLiteral("tool 2: ")));
    QCOMPARE(toolReport.issues.at(1).path, QStringLiteral("messages[2].tool_calls[1].type"));
    QCOMPARE(toolReport.issues.at(1).message, QStringLiteral("message 3, tool call 2: the type must be \"function\""));
}

void TestDatasetValidator::fileLevelWarnings()
{
    const ValidationReport report = validateData("\xEF\xBB\xBF" + QByteArray(s_valid) + "\r\n\r\n" + s_valid);
    QCOMPARE(report.lines, 3);
    QCOMPARE(report.examples, 2);
    QStringList kinds = kindsOf(report);
    QCOMPARE(kinds, (QStringList{QStringLiteral("too_few_examples"), QStringLiteral("byte_order_mark"),
                                 QStringLiteral("crlf_line_endings"), QStringLiteral("empty_line"),
                                 QStringLiteral("duplicate_example")}));
    QCOMPARE(report.issues.first().line, 0);
    QVERIFY(report.issues.at(2).message.startsWith(QStringLiteral("2 line")));
    QCOMPARE(report.validExamples, 2);
    // The cookbook rules know none of these.
    QVERIFY(validateData("\xEF\xBB\xBF" + QByteArray(s_valid) + "\r\n", RuleSet::Cookbook).issues.isEmpty());
}

void TestDatasetValidator::duplicatesPointAtTheFirstCopy()
{
    QByteArray data = validFile(10);
    data += "  " + validFile(3).split('\n').at(1) + "\t\n";
    const ValidationReport report = validateData(data);
    const ValidationIssue *issue = findIssue(report, QStringLiteral("duplicate_example"));
    QVERIFY(issue);
    QCOMPARE(issue->line, 11);
    QVERIFY(issue->message.contains(QStringLiteral("line 2")));
}

void TestDatasetValidator::duplicatesAreFoundAmongLinesThatLookAlike()
{
    // Long lines of one length that differ only between the sampled parts (start, middle, end): each is compared
    // in full, and a copy of any of them points at its own first copy.
    const QByteArray filler(200, 'x');
    const auto line = [&filler](char a, char b) -> QByteArray {
        return "{\"messages\":[{\"role\":\"user\",\"content\":\"" + filler + a + filler + filler + b + filler
               + "\"},{\"role\":\"assistant\",\"content\":\"" + filler + "\"}]}";
    };
    QByteArray data = validFile(10);
    data += line('a', 'b') + '\n' + line('c', 'd') + '\n' + line('e', 'f') + '\n' + line('c', 'd') + '\n'
            + line('a', 'b') + '\n' + line('e', 'g') + '\n';
    const ValidationReport report = validateData(data);
    QStringList found;
    for (const ValidationIssue &issue : report.issues) {
        if (issue.kind == QLatin1String("duplicate_example"))
            found << QStringLiteral("%1: %2").arg(issue.line).arg(issue.message);
    }
    QCOMPARE(found, (QStringList{QStringLiteral("14: the example is identical to line 12"),
                                 QStringLiteral("15: the example is identical to line 11")}));
}

void TestDatasetValidator::formatIsDetectedAndMixturesAreErrors()
{
    const QByteArray preference =
        R"({"input":{"messages":[{"role":"system","content":"s"},{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]})";
    QByteArray data;
    for (int i = 0; i < 10; ++i)
        data += QByteArray(preference).replace(QByteArray("\"q\""), QByteArray("\"q" + QByteArray::number(i) + "\"")) + '\n';
    ValidationReport report = validateData(data);
    QCOMPARE(report.format, DatasetFormat::Preference);
    QVERIFY2(report.issues.isEmpty(), qPrintable(kindsOf(report).join(QLatin1Char(','))));
    data += s_valid + '\n';
    report = validateData(data);
    const ValidationIssue *issue = findIssue(report, QStringLiteral("mixed_format"));
    QVERIFY(issue);
    QCOMPARE(issue->line, 11);
    QCOMPARE(report.validExamples, 10);
    QCOMPARE(validateData(R"({"prompt":"a","completion":"b"})" "\n").format, DatasetFormat::PromptCompletion);
    QCOMPARE(validateData("garbage\n").format, DatasetFormat::Unknown);
}

void TestDatasetValidator::toolCallsAreValidInOpenAiRules()
{
    QByteArray data = validFile(9);
    data += R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":"What is the weather in San Francisco?"},{"role":"assistant","tool_calls":[{"id":"call_id","type":"function","function":{"name":"get_current_weather","arguments":"{\"location\": \"San Francisco, USA\", \"format\": \"celsius\"}"}}]},{"role":"tool","tool_call_id":"call_id","content":"21.0"},{"role":"assistant","content":"It is 21 degrees celsius in San Francisco, CA"}],"tools":[{"type":"function","function":{"name":"get_current_weather","description":"Get the current weather","parameters":{"type":"object","properties":{"location":{"type":"string"},"format":{"type":"string","enum":["celsius","fahrenheit"]}},"required":["location","format"]}}}],"parallel_tool_calls":false})";
    data += '\n';
    data += R"({"messages":[{"role":"system","content":"Marv"},{"role":"user","content":"Capital?"},{"role":"assistant","content":"Paris","weight":0},{"role":"user","content":"More sarcastic?"},{"role":"assistant","content":"Paris, obviously.","weight":1}]})";
    data += '\n';
    const ValidationReport report = validateData(data);
    QVERIFY2(report.issues.isEmpty(), qPrintable(kindsOf(report).join(QLatin1Char(','))));
    // The cookbook checker rejects tool calls (key and role) and the missing content.
    const ValidationReport cookbook = validateData(data, RuleSet::Cookbook);
    QCOMPARE(cookbook.errorCounts.value(QStringLiteral("message_unrecognized_key")), 2);
    QCOMPARE(cookbook.errorCounts.value(QStringLiteral("unrecognized_role")), 1);
    QCOMPARE(cookbook.errorCounts.value(QStringLiteral("message_missing_key")), 1);
}

void TestDatasetValidator::preferenceExamplesAreChecked()
{
    const QByteArray data =
        R"({"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[],"non_preferred_output":{"role":"assistant"}})" "\n";
    const ValidationReport report = validateData(data);
    QCOMPARE(report.errorCounts.value(QStringLiteral("invalid_preference_output")), 2);
    const ValidationIssue *issue = findIssue(report, QStringLiteral("invalid_preference_output"));
    QCOMPARE(issue->path, QStringLiteral("preferred_output"));
    QCOMPARE(issue->message, QStringLiteral("the preferred output must contain exactly one assistant message, not 0"));
}

void TestDatasetValidator::parallelValidationMatchesSingleThread()
{
    // Big enough for the parallel path (over 4 MB), with errors spread over all chunks.
    QByteArray data;
    const QByteArray padding(400, 'p');
    for (int i = 0; i < 12000; ++i) {
        if (i % 997 == 0)
            data += R"({"messages":[{"role":"user","content":"x"}]})" "\n";
        else if (i % 1999 == 0)
            data += "{broken\n";
        else
            data += R"({"messages":[{"role":"system","content":")" + padding + R"("},{"role":"user","content":"q)"
                  + QByteArray::number(i) + R"("},{"role":"assistant","content":"a"}]})" "\n";
    }
    JsonlDocument document;
    document.setData(data);
    QVERIFY(document.originalSize() > 4 * 1024 * 1024);
    DatasetValidator single;
    single.setMaxThreads(1);
    DatasetValidator parallel;
    parallel.setMaxThreads(4);
    const ValidationReport a = single.validate(document);
    const ValidationReport b = parallel.validate(document);
    QVERIFY(a.issues.size() > 20);
    QCOMPARE(a.issues, b.issues);
    QCOMPARE(a.errorCounts, b.errorCounts);
    QCOMPARE(a.warningCounts, b.warningCounts);
    QCOMPARE(a.validExamples, b.validExamples);
    for (qsizetype i = 1; i < b.issues.size(); ++i)
        QVERIFY(b.issues.at(i - 1).line <= b.issues.at(i).line);
}

void TestDatasetValidator::releasingCheckedPagesChangesNoFinding()
{
    // A mapped file (not setData) big enough for the parallel path, with findings of every whole-file kind: the
    // duplicates are compared byte for byte after their pages were released.
    QByteArray data;
    const QByteArray padding(300, 'p');
    int broken = 0, preference = 0, repeated = 0; // each kind of line repeats the same bytes
    for (int i = 0; i < 16000; ++i) {
        if (i % 1499 == 0 && ++broken)
            data += "{broken\n";
        else if (i % 997 == 0 && ++preference)
            data += R"({"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]})" "\n";
        else if (i % 13 == 0 && ++repeated)
            data += s_valid + '\n';
        else
            data += R"({"messages":[{"role":"system","content":")" + padding + R"("},{"role":"user","content":"q)"
                  + QByteArray::number(i) + R"("},{"role":"assistant","content":"a"}]})" "\r\n";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();
    JsonlDocument document;
    QVERIFY(document.open(path));
    QVERIFY(document.originalSize() > 4 * 1024 * 1024);

    const ValidationReport kept = DatasetValidator().validate(document);
    DatasetValidator releasing;
    releasing.setReleaseCheckedPages(true);
    const ValidationReport released = releasing.validate(document);
    const ValidationReport again = releasing.validate(document);
    for (const char *kind : {"invalid_json", "duplicate_example", "mixed_format", "crlf_line_endings"})
        QVERIFY2(kindsOf(kept).contains(QLatin1String(kind)), kind);
    QCOMPARE(kept.warningCounts.value(QStringLiteral("duplicate_example")), broken - 1 + preference - 1 + repeated - 1);
    QCOMPARE(released.issues, kept.issues);
    QCOMPARE(again.issues, kept.issues);
    QCOMPARE(released.validExamples, kept.validExamples);
    QCOMPARE(released.format, DatasetFormat::Chat);
    QVERIFY(document.toByteArray() == data);
}

void TestDatasetValidator::undefinedToolCallsAreNamedWithTheirPath()
{
    // Calls are checked against the example's tools; only calls of undefined functions are reported, in order,
    // after the errors of the messages, each with the path to the function's name.
    const QByteArray chat =
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","tool_calls":[)"
        R"({"id":"a","type":"function","function":{"name":"known","arguments":"{}"}},)"
        R"({"id":"b","type":"function","function":{"name":"lookup","arguments":"{}"}}]},)"
        R"({"role":"tool","tool_call_id":"a","content":"1"},{"role":"tool","tool_call_id":"b","content":"2"},)"
        R"({"role":"assistant","function_call":{"name":"other","arguments":"{}"}},{"role":"bogus","content":"x"}],)"
        R"("tools":[{"type":"function","function":{"name":"known"}}]})";
    QByteArray data = validFile(10) + chat + '\n';
    // Without tools nothing is checked; a preference example's input is checked like a chat.
    data += R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"anything","arguments":"{}"}}]}]})" "\n";
    const ValidationReport report = validateData(data);
    QList<ValidationIssue> onChat;
    for (const ValidationIssue &issue : report.issues) {
        if (issue.line == 11)
            onChat.append(issue);
    }
    QStringList kinds;
    for (const ValidationIssue &issue : onChat)
        kinds.append(issue.kind);
    QCOMPARE(kinds, (QStringList{QStringLiteral("unrecognized_role"), QStringLiteral("undefined_tool"),
                                 QStringLiteral("undefined_tool"), QStringLiteral("missing_system_message")}));
    QCOMPARE(onChat.at(1).path, QStringLiteral("messages[1].tool_calls[1].function.name"));
    QCOMPARE(onChat.at(1).message,
             QStringLiteral("the tool call uses the function 'lookup', which the example's tools do not define"));
    QCOMPARE(onChat.at(2).path, QStringLiteral("messages[4].function_call.name"));
    QCOMPARE(report.warningCounts.value(QStringLiteral("undefined_tool")), 2);

    const QByteArray preference =
        R"({"input":{"messages":[{"role":"user","content":"q"},{"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"missing","arguments":"{}"}}]},{"role":"tool","tool_call_id":"a","content":"1"}],)"
        R"("tools":[{"type":"function","function":{"name":"known"}}]},)"
        R"("preferred_output":[{"role":"assistant","tool_calls":[{"id":"z","type":"function","function":{"name":"unchecked","arguments":"{}"}}]}],)"
        R"("non_preferred_output":[{"role":"assistant","content":"b"}]})";
    const ValidationReport dpo = validateData(preference + '\n');
    const ValidationIssue *issue = findIssue(dpo, QStringLiteral("undefined_tool"));
    QVERIFY(issue);
    QCOMPARE(issue->path, QStringLiteral("input.messages[1].tool_calls[0].function.name"));
    QCOMPARE(dpo.warningCounts.value(QStringLiteral("undefined_tool")), 1);
}

void TestDatasetValidator::validExamplesCountsLinesWithoutErrors()
{
    QByteArray data = validFile(10);
    data += "{bad\n";
    data += R"({"messages":[{"role":"user"},{"role":"bogus","content":"x"}]})" "\n";
    const ValidationReport report = validateData(data);
    QCOMPARE(report.examples, 12);
    QCOMPARE(report.validExamples, 10);
    QVERIFY(report.errorCount() >= 3);
}

void TestDatasetValidator::cancelStopsValidation()
{
    JsonlDocument document;
    document.setData(validFile(2000));
    std::atomic_bool cancel = false;
    int calls = 0;
    const ValidationReport report = DatasetValidator().validate(
        document, [&](int, int) { cancel = ++calls >= 2; }, &cancel);
    QVERIFY(report.cancelled);
}

void TestDatasetValidator::sampleDatasetIsClean()
{
    const QString path = Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl"));
    if (!QFile::exists(path))
        QSKIP("the bundled sample is not there yet");
    JsonlDocument document;
    QVERIFY(document.open(path));
    const ValidationReport report = DatasetValidator().validate(document);
    QCOMPARE(report.errorCount(), 0);
    QCOMPARE(report.validExamples, report.examples);
}

QTEST_GUILESS_MAIN(TestDatasetValidator)
#include "TestDatasetValidator.moc"
