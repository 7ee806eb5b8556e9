// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/JsonlDocument.h"
#include "core/stats/ChatTokenCounter.h"
#include "core/stats/DatasetTokenCounter.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace Fts::Core;

namespace {

/** line → {total, assistant, trained, messages} from the golden TSV written by count-chat-tokens.js. */
QMap<int, QList<qint64>> readExpected(const QString &encodingName)
{
    QFile file(Fts::Test::TestPaths::dataFile(QStringLiteral("tokenizer/chat-examples.%1.tsv").arg(encodingName)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(file.fileName()));
    QMap<int, QList<qint64>> expected;
    for (const QByteArray &row : file.readAll().split('\n')) {
        const QList<QByteArray> fields = row.split('\t');
        if (fields.size() != 5)
            continue;
        expected.insert(fields[0].toInt(),
                        {fields[1].toLongLong(), fields[2].toLongLong(), fields[3].toLongLong(), fields[4].toLongLong()});
    }
    return expected;
}

qint64 tokens(const char *text)
{
    return qint64(BpeEncoding::get(EncodingId::O200kBase).countTokens(std::string_view(text)));
}

} // namespace

class TestChatTokenCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheReferenceFormulaOnTiktoken_data();
    void matchesTheReferenceFormulaOnTiktoken();
    void formulaByHand();
    void weightZeroIsNotTrained();
    void uncountableLinesSayWhy_data();
    void uncountableLinesSayWhy();
    void systemAndUserPresence();
    void parallelCountEqualsSequential();
    void cancelStopsEarly();
};

void TestChatTokenCounter::matchesTheReferenceFormulaOnTiktoken_data()
{
    QTest::addColumn<int>("encoding");
    for (EncodingId id : BpeEncoding::all())
        QTest::newRow(qPrintable(BpeEncoding::nameOf(id))) << int(id);
}

void TestChatTokenCounter::matchesTheReferenceFormulaOnTiktoken()
{
    QFETCH(int, encoding);
    const auto id = EncodingId(encoding);
    const QMap<int, QList<qint64>> expected = readExpected(BpeEncoding::nameOf(id));
    QCOMPARE(expected.size(), 13);

    JsonlDocument document;
    QString error;
    QVERIFY2(document.open(Fts::Test::TestPaths::dataFile(QStringLiteral("tokenizer/chat-examples.jsonl")), &error),
             qPrintable(error));
    const DatasetTokenCounter::Result result = DatasetTokenCounter::count(document, id);
    QCOMPARE(qsizetype(result.examples.size()), qsizetype(document.exampleCount()));
    int counted = 0;
    for (std::size_t i = 0; i < result.examples.size(); ++i) {
        const ExampleTokens &example = result.examples[i];
        const int line = result.lineNumbers[i];
        QCOMPARE(example.isCounted(), expected.contains(line));
        if (!example.isCounted())
            continue;
        ++counted;
        const QList<qint64> figures = expected.value(line);
        const QByteArray where = "line " + QByteArray::number(line);
        QVERIFY2(example.totalTokens == figures[0], QByteArray(where + " total " + QByteArray::number(example.totalTokens)));
        QVERIFY2(example.assistantTokens == figures[1], where);
        QVERIFY2(example.trainedAssistantTokens == figures[2], where);
        QVERIFY2(example.messageCount == figures[3], where);
    }
    QCOMPARE(counted, 13);
}

void TestChatTokenCounter::formulaByHand()
{
    const ChatTokenCounter counter(EncodingId::O200kBase);
    const ExampleTokens example = counter.count(QByteArrayView(
        R"({"messages":[{"role":"system","content":"Be brief."},{"role":"user","name":"ann","content":"Hi there"},)"
        R"({"role":"assistant","content":"Hello!"}]})"));
    QVERIFY(example.isCounted());
    const qint64 expected = 3 * 3 + tokens("system") + tokens("Be brief.") + tokens("user") + tokens("ann") + 1
                          + tokens("Hi there") + tokens("assistant") + tokens("Hello!") + 3;
    QCOMPARE(example.totalTokens, expected);
    QCOMPARE(example.assistantTokens, tokens("Hello!"));
    QCOMPARE(example.messageCount, 3);

    const ExampleTokens withTool = counter.count(QByteArrayView(
        R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function",)"
        R"("function":{"name":"lookup","arguments":"{\"x\": 1}"}}]}]})"));
    QCOMPARE(withTool.assistantTokens, tokens("lookup") + tokens("{\"x\": 1}"));
    QCOMPARE(withTool.totalTokens, 3 + tokens("user") + tokens("q") + 3 + tokens("assistant") + tokens("lookup")
                                       + tokens("{\"x\": 1}") + 3);
}

void TestChatTokenCounter::weightZeroIsNotTrained()
{
    const ChatTokenCounter counter(EncodingId::Cl100kBase);
    const ExampleTokens example = counter.count(QByteArrayView(
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","weight":0,"content":"skipped answer"},)"
        R"({"role":"user","content":"b"},{"role":"assistant","content":"kept","weight":1}]})"));
    const auto &cl100k = BpeEncoding::get(EncodingId::Cl100kBase);
    QCOMPARE(example.assistantTokens, qint64(cl100k.countTokens(std::string_view("skipped answer"))
                                             + cl100k.countTokens(std::string_view("kept"))));
    QCOMPARE(example.trainedAssistantTokens, qint64(cl100k.countTokens(std::string_view("kept"))));
}

void TestChatTokenCounter::uncountableLinesSayWhy_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("not json") << int(ExampleTokens::Status::InvalidJson);
    QTest::newRow("truncated") << QByteArray(R"({"messages":[{"role":"user","content":"cut)")
                               << int(ExampleTokens::Status::InvalidJson);
    QTest::newRow("invalid utf-8") << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"\xff\"}]}")
                                   << int(ExampleTokens::Status::InvalidJson);
    QTest::newRow("array") << QByteArray("[1,2]") << int(ExampleTokens::Status::NotAnObject);
    QTest::newRow("string") << QByteArray("\"text\"") << int(ExampleTokens::Status::NotAnObject);
    QTest::newRow("no messages") << QByteArray(R"({"prompt":"p","completion":"c"})")
                                 << int(ExampleTokens::Status::NoMessages);
    QTest::newRow("empty messages") << QByteArray(R"({"messages":[]})") << int(ExampleTokens::Status::NoMessages);
    QTest::newRow("messages not a list") << QByteArray(R"({"messages":{}})") << int(ExampleTokens::Status::NoMessages);
    QTest::newRow("ok") << QByteArray(R"({"messages":[{"role":"user","content":"x"}]})")
                        << int(ExampleTokens::Status::Counted);
}

void TestChatTokenCounter::uncountableLinesSayWhy()
{
    QFETCH(QByteArray, line);
    QFETCH(int, status);
    QCOMPARE(int(ChatTokenCounter(EncodingId::O200kBase).count(line).status), status);
}

void TestChatTokenCounter::systemAndUserPresence()
{
    const ChatTokenCounter counter(EncodingId::O200kBase);
    const ExampleTokens onlyAssistant = counter.count(QByteArrayView(R"({"messages":[{"role":"assistant","content":"x"}]})"));
    QVERIFY(!onlyAssistant.hasSystemMessage);
    QVERIFY(!onlyAssistant.hasUserMessage);
    const ExampleTokens both = counter.count(QByteArrayView(
        R"({"messages":[{"content":"s","role":"system"},{"role":"user","content":"u"}]})"));
    QVERIFY(both.hasSystemMessage);
    QVERIFY(both.hasUserMessage);
}

void TestChatTokenCounter::parallelCountEqualsSequential()
{
    QByteArray data;
    for (int i = 0; i < 3000; ++i)
        data += R"({"messages":[{"role":"user","content":"Question )" + QByteArray::number(i)
              + R"( über Größe 大小?"},{"role":"assistant","content":")" + QByteArray(i % 97, 'z') + "\"}]}\n";
    JsonlDocument document;
    document.setData(data);
    const ChatTokenCounter counter(EncodingId::O200kBase);
    std::atomic<qint64> lastProgress = 0;
    std::atomic_bool wrongTotal = false;
    const DatasetTokenCounter::Result result = DatasetTokenCounter::count(
        document, EncodingId::O200kBase, [&](qint64 done, qint64 total) {
            // Called from pool threads: record, check below.
            if (total != 3000)
                wrongTotal = true;
            qint64 seen = lastProgress;
            while (done > seen && !lastProgress.compare_exchange_weak(seen, done)) {
            }
        });
    QVERIFY(!result.cancelled);
    QVERIFY(!wrongTotal);
    QCOMPARE(lastProgress.load(), qint64(3000));
    for (int i = 0; i < 3000; ++i) {
        QCOMPARE(result.lineNumbers[std::size_t(i)], i + 1);
        QCOMPARE(result.examples[std::size_t(i)], counter.count(document.lineView(i)));
    }
}

void TestChatTokenCounter::cancelStopsEarly()
{
    JsonlDocument document;
    document.setData(QByteArray(R"({"messages":[{"role":"user","content":"x"}]})" "\n").repeated(50000));
    std::atomic_bool cancel = true;
    const DatasetTokenCounter::Result result = DatasetTokenCounter::count(document, EncodingId::O200kBase, {}, &cancel);
    QVERIFY(result.cancelled);
}

QTEST_GUILESS_MAIN(TestChatTokenCounter)
#include "TestChatTokenCounter.moc"
