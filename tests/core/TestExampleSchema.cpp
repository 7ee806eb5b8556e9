// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/ChatExample.h"
#include "core/dataset/ChatMessage.h"
#include "core/dataset/DatasetFormat.h"
#include "core/dataset/JsonNode.h"

#include <QTest>

using namespace Fts::Core;

class TestExampleSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compactLinesSurviveParseAndSerialize_data();
    void compactLinesSurviveParseAndSerialize();
    void numbersKeepTheirSpelling();
    void duplicateKeysAreKeptAndTheLastWins();
    void invalidJsonIsRejectedWithAPosition_data();
    void invalidJsonIsRejectedWithAPosition();
    void escapesAreNormalisedMinimally();
    void messageEditsKeepUnknownKeysAndOrder();
    void exampleEditsKeepEverythingElse();
    void formatsAreDetected();
    void preferenceExamplesExposeTheirParts();
    void contentPartsGiveTextAndImages();
    void indentedOutputIsReadable();
};

void TestExampleSchema::compactLinesSurviveParseAndSerialize_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("chat") << QByteArray(R"({"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"yo","weight":1}]})");
    QTest::newRow("key order") << QByteArray(R"({"zeta":1,"messages":[{"content":"hi","role":"user"}],"alpha":null})");
    QTest::newRow("nested unknown") << QByteArray(R"({"messages":[],"meta":{"b":[true,false,null,{}],"a":[]}})");
    QTest::newRow("unicode") << QByteArray("{\"t\":\"caf\xC3\xA9 \xF0\x9F\x98\x80 \xE4\xB8\xAD\"}");
    QTest::newRow("numbers") << QByteArray(R"([1e2,1E+2,1.0,-0.0,0,12345678901234567890123,1.5e-10])");
    QTest::newRow("scalar") << QByteArray(R"("just text")");
}

void TestExampleSchema::compactLinesSurviveParseAndSerialize()
{
    QFETCH(QByteArray, line);
    const std::optional<JsonNode> node = JsonNode::parse(line);
    QVERIFY(node);
    QCOMPARE(node->toJson(), line);
    const std::optional<ChatExample> example = ChatExample::fromJson(line);
    QVERIFY(example);
    QCOMPARE(example->toJson(), line);
}

void TestExampleSchema::numbersKeepTheirSpelling()
{
    const std::optional<JsonNode> node = JsonNode::parse("[1e2, 1.0, -0.0, 100]");
    QVERIFY(node);
    QCOMPARE(node->at(0).numberSpelling(), QByteArray("1e2"));
    QCOMPARE(node->at(0).toDouble(), 100.0);
    QCOMPARE(node->at(1).numberSpelling(), QByteArray("1.0"));
    QCOMPARE(node->at(2).numberSpelling(), QByteArray("-0.0"));
    QVERIFY(node->at(0) == node->at(3)); // same value, different spelling
    QCOMPARE(node->toJson(), QByteArray("[1e2,1.0,-0.0,100]"));
    QCOMPARE(JsonNode(0.1).numberSpelling(), QByteArray("0.1"));
    QVERIFY(JsonNode(qQNaN()).isNull());
}

void TestExampleSchema::duplicateKeysAreKeptAndTheLastWins()
{
    const QByteArray line = R"({"role":"user","role":"assistant","content":"x"})";
    std::optional<JsonNode> node = JsonNode::parse(line);
    QVERIFY(node);
    QCOMPARE(node->memberCount(), 3);
    QCOMPARE(node->value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(node->toJson(), line);
    ChatMessage message(*node);
    QCOMPARE(message.role(), QStringLiteral("assistant"));
    message.setRole(QStringLiteral("system")); // replaces the effective (last) value only
    QCOMPARE(message.toJson(), QByteArray(R"({"role":"user","role":"system","content":"x"})"));
    QVERIFY(node->remove(QStringLiteral("role")));
    QCOMPARE(node->toJson(), QByteArray(R"({"content":"x"})"));
}

void TestExampleSchema::invalidJsonIsRejectedWithAPosition_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("offset");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << 7;
    QTest::newRow("missing brace") << QByteArray(R"({"a":1)") << 6;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << 1;
    QTest::newRow("leading zero") << QByteArray("[01]") << 2;
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << 3;
    QTest::newRow("bad utf8") << QByteArray("[\"\xC3\x28\"]") << 2;
    QTest::newRow("lone surrogate") << QByteArray(R"(["\udc00"])") << 8;
    QTest::newRow("trailing text") << QByteArray("{} x") << 3;
    QTest::newRow("empty") << QByteArray("") << 0;
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1;
    QTest::newRow("too deep") << QByteArray(2000, '[') << 1024;
}

void TestExampleSchema::invalidJsonIsRejectedWithAPosition()
{
    QFETCH(QByteArray, line);
    QFETCH(int, offset);
    JsonParseError error;
    QVERIFY(!JsonNode::parse(line, &error));
    QCOMPARE(error.offset, qint64(offset));
    QVERIFY(!error.message.isEmpty());
    QString message;
    QVERIFY(!ChatExample::fromJson(line, &message));
    QVERIFY(message.startsWith(QStringLiteral("column %1: ").arg(offset + 1)));
}

void TestExampleSchema::escapesAreNormalisedMinimally()
{
    const std::optional<JsonNode> node = JsonNode::parse(R"(["caf\u00e9 \ud83d\ude00 \/ \"q\" \\ \b\f\n\r\t \u0001"])");
    QVERIFY(node);
    QCOMPARE(node->at(0).toString(), QStringLiteral("caf\u00e9 \U0001F600 / \"q\" \\ \b\f\n\r\t \x01"));
    QCOMPARE(node->toJson(), QByteArray("[\"caf\xC3\xA9 \xF0\x9F\x98\x80 / \\\"q\\\" \\\\ \\b\\f\\n\\r\\t \\u0001\"]"));
}

void TestExampleSchema::messageEditsKeepUnknownKeysAndOrder()
{
    const std::optional<JsonNode> node = JsonNode::parse(R"({"content":"old","x-note":{"k":1e2},"role":"user"})");
    QVERIFY(node);
    ChatMessage message(*node);
    QCOMPARE(message.role(), QStringLiteral("user"));
    QCOMPARE(message.contentKind(), ChatMessage::ContentKind::Text);
    message.setText(QStringLiteral("new"));
    message.setName(QStringLiteral("dr_smith"));
    QCOMPARE(message.toJson(), QByteArray(R"({"content":"new","x-note":{"k":1e2},"role":"user","name":"dr_smith"})"));
    message.setName(QString());
    QVERIFY(!message.hasName());

    ChatMessage assistant(QStringLiteral("assistant"), QStringLiteral("R07.9"));
    QVERIFY(assistant.isTrained());
    assistant.setWeight(0);
    QCOMPARE(assistant.weight(), std::optional<int>(0));
    QVERIFY(!assistant.isTrained());
    QCOMPARE(assistant.toJson(), QByteArray(R"({"role":"assistant","content":"R07.9","weight":0})"));
    assistant.setWeight(std::nullopt);
    QCOMPARE(assistant.toJson(), QByteArray(R"({"role":"assistant","content":"R07.9"})"));
}

void TestExampleSchema::exampleEditsKeepEverythingElse()
{
    const QByteArray line =
        R"({"id":7,"messages":[{"role":"system","content":"s"},{"role":"user","content":"q"},{"role":"assistant","content":"a"}],"tools":[],"z":1.0})";
    std::optional<ChatExample> example = ChatExample::fromJson(line);
    QVERIFY(example);
    QCOMPARE(example->messageCount(), 3);
    ChatMessage answer = example->message(2);
    answer.setText(QStringLiteral("I10"));
    example->setMessage(2, answer);
    example->insertMessage(1, ChatMessage(QStringLiteral("user"), QStringLiteral("first")));
    example->removeMessage(2);
    example->moveMessage(0, 1);
    QCOMPARE(example->toJson(),
             QByteArray(R"({"id":7,"messages":[{"role":"user","content":"first"},{"role":"system","content":"s"},{"role":"assistant","content":"I10"}],"tools":[],"z":1.0})"));
    QCOMPARE(ChatExample().toJson(), QByteArray(R"({"messages":[]})"));
    ChatExample fresh;
    fresh.appendMessage(ChatMessage(QStringLiteral("user"), QStringLiteral("q")));
    QCOMPARE(fresh.messages().first().text(), QStringLiteral("q"));
}

void TestExampleSchema::formatsAreDetected()
{
    auto formatOf = [](const char *json) { return ChatExample::fromJson(QByteArray(json))->format(); };
    QCOMPARE(formatOf(R"({"messages":[]})"), DatasetFormat::Chat);
    QCOMPARE(formatOf(R"({"input":{"messages":[]},"preferred_output":[]})"), DatasetFormat::Preference);
    QCOMPARE(formatOf(R"({"prompt":"a","completion":"b"})"), DatasetFormat::PromptCompletion);
    QCOMPARE(formatOf(R"({"text":"a"})"), DatasetFormat::Unknown);
    QCOMPARE(formatOf(R"([1])"), DatasetFormat::Unknown);
    QCOMPARE(DatasetFormats::name(DatasetFormat::PromptCompletion), QStringLiteral("prompt_completion"));
    QCOMPARE(DatasetFormats::displayName(DatasetFormat::Preference), QStringLiteral("preference (DPO)"));
}

void TestExampleSchema::preferenceExamplesExposeTheirParts()
{
    std::optional<ChatExample> example = ChatExample::fromJson(
        R"({"input":{"messages":[{"role":"user","content":"q"}],"tools":[],"parallel_tool_calls":true},"preferred_output":[{"role":"assistant","content":"good"}],"non_preferred_output":[{"role":"assistant","content":"bad"}]})");
    QVERIFY(example);
    QCOMPARE(example->format(), DatasetFormat::Preference);
    QCOMPARE(example->messageCount(), 1);
    QCOMPARE(example->messages().first().text(), QStringLiteral("q"));
    QCOMPARE(example->preferredOutput()->text(), QStringLiteral("good"));
    QCOMPARE(example->nonPreferredOutput()->text(), QStringLiteral("bad"));
    QCOMPARE(example->parallelToolCalls(), std::optional<bool>(true));
    QVERIFY(example->tools().isArray());
    example->setPreferredOutput(ChatMessage(QStringLiteral("assistant"), QStringLiteral("better")));
    example->appendMessage(ChatMessage(QStringLiteral("user"), QStringLiteral("more")));
    QCOMPARE(example->toJson(),
             QByteArray(R"({"input":{"messages":[{"role":"user","content":"q"},{"role":"user","content":"more"}],"tools":[],"parallel_tool_calls":true},"preferred_output":[{"role":"assistant","content":"better"}],"non_preferred_output":[{"role":"assistant","content":"bad"}]})"));
}

void TestExampleSchema::contentPartsGiveTextAndImages()
{
    const std::optional<JsonNode> node = JsonNode::parse(
        R"({"role":"user","content":[{"type":"text","text":"Look:"},{"type":"image_url","image_url":{"url":"https://x/y.png"}},{"type":"text","text":"what is it?"}]})");
    ChatMessage message(*node);
    QCOMPARE(message.contentKind(), ChatMessage::ContentKind::Parts);
    QCOMPARE(message.text(), QStringLiteral("Look:\nwhat is it?"));
    QCOMPARE(message.imageCount(), 1);
    ChatMessage calling(*JsonNode::parse(
        R"({"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]})"));
    QCOMPARE(calling.contentKind(), ChatMessage::ContentKind::Absent);
    QVERIFY(calling.hasToolCalls());
    QCOMPARE(calling.toolCalls().at(0).value(QStringLiteral("id")).toString(), QStringLiteral("c1"));
}

void TestExampleSchema::indentedOutputIsReadable()
{
    const std::optional<JsonNode> node = JsonNode::parse(R"({"a":[1,{}],"b":{}})");
    QCOMPARE(node->toJson(JsonNode::Style::Indented), QByteArray("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": {}\n}"));
}

QTEST_GUILESS_MAIN(TestExampleSchema)
#include "TestExampleSchema.moc"
