// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommand.h"
#include "cli/CliIo.h"
#include "cli/commands/StatsCommand.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Cli;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runStats(const QStringList &arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliIo io(&out, &err);
    StatsCommand command;
    QSignalSpy finished(&command, &CliCommand::finished);
    command.start(arguments, io);
    io.flush();
    if (finished.isEmpty())
        finished.wait(30000);
    return Run{finished.isEmpty() ? -1 : finished.first().first().toInt(), out.data(), err.data()};
}

QString chatFile()
{
    return Fts::Test::TestPaths::dataFile(QStringLiteral("tokenizer/chat-examples.jsonl"));
}

} // namespace

class TestStatsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonReportHasTheDocumentedFigures();
    void perExampleTableUsesFileLineNumbers();
    void cleanFileExitsZeroAndTooLongExitsOne();
    void encodingFollowsTheModelUnlessGiven();
    void textReportReadsWell();
    void badArgumentsAndUnreadableFilesExitTwo_data();
    void badArgumentsAndUnreadableFilesExitTwo();
    void realBinaryRuns();

private:
    QTemporaryDir m_directory;
};

void TestStatsCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the price settings of the test, not the user's
    QVERIFY(m_directory.isValid());
}

void TestStatsCommand::jsonReportHasTheDocumentedFigures()
{
    const Run run = runStats({chatFile(), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--model"),
                              QStringLiteral("gpt-4o-mini-2024-07-18")});
    QCOMPARE(run.exitCode, int(ExitFailure)); // the file has lines that are not chat examples
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("file")).toString(), chatFile());
    QCOMPARE(json.value(QLatin1String("examples")).toInt(), 13);
    QCOMPARE(json.value(QLatin1String("encoding")).toString(), QStringLiteral("o200k_base"));
    QCOMPARE(json.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini-2024-07-18"));
    // Totals of tests/data/tokenizer/chat-examples.o200k_base.tsv, made with npm tiktoken.
    QCOMPARE(json.value(QLatin1String("total_tokens")).toInteger(), 1478);
    QCOMPARE(json.value(QLatin1String("assistant_tokens")).toInteger(), 789);
    QCOMPARE(json.value(QLatin1String("billing_tokens")).toInteger(), 1478);
    QCOMPARE(json.value(QLatin1String("default_epochs")).toInt(), 7); // 100 // 13
    QCOMPARE(json.value(QLatin1String("charged_tokens")).toInteger(), 7 * 1478);
    QCOMPARE(json.value(QLatin1String("estimated_cost_usd")).toDouble(), 7 * 1478 * 3.0 / 1e6);
    QCOMPARE(json.value(QLatin1String("too_long")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("missing_system")).toInt(), 10);
    QCOMPARE(json.value(QLatin1String("missing_user")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("uncounted_lines")).toInt(), 5);
    const QJsonObject distributions = json.value(QLatin1String("distributions")).toObject();
    for (const char *key : {"messages_per_example", "total_tokens_per_example", "assistant_tokens_per_example"}) {
        const QJsonObject distribution = distributions.value(QLatin1String(key)).toObject();
        for (const char *figure : {"min", "max", "mean", "median", "p10", "p90"})
            QVERIFY2(distribution.contains(QLatin1String(figure)), figure);
    }
    QCOMPARE(distributions.value(QLatin1String("total_tokens_per_example")).toObject().value(QLatin1String("max")).toInt(),
             1053);
}

void TestStatsCommand::perExampleTableUsesFileLineNumbers()
{
    const QString out = m_directory.filePath(QStringLiteral("per-example.tsv"));
    const Run run = runStats({chatFile(), QStringLiteral("--per-example"), out});
    QCOMPARE(run.exitCode, int(ExitFailure));
    QFile table(out);
    QVERIFY(table.open(QIODevice::ReadOnly));
    QFile golden(Fts::Test::TestPaths::dataFile(QStringLiteral("tokenizer/chat-examples.o200k_base.tsv")));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QByteArray expected;
    for (const QByteArray &row : golden.readAll().split('\n')) {
        const QList<QByteArray> fields = row.split('\t');
        if (fields.size() == 5)
            expected += fields[0] + '\t' + fields[1] + '\t' + fields[2] + '\n';
    }
    QCOMPARE(table.readAll(), expected);
}

void TestStatsCommand::cleanFileExitsZeroAndTooLongExitsOne()
{
    const QString path = m_directory.filePath(QStringLiteral("clean.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"messages":[{"role":"system","content":"s"},{"role":"user","content":"u"},{"role":"assistant","content":"a"}]})"
               "\n");
    file.write(R"({"messages":[{"role":"user","content":")" + QByteArray("word ").repeated(5000)
               + R"("},{"role":"assistant","content":"ok"}]})" "\n");
    file.close();
    QCOMPARE(runStats({path}).exitCode, int(ExitSuccess));
    const Run tooLong = runStats({path, QStringLiteral("--model"), QStringLiteral("gpt-3.5-turbo-0613"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(tooLong.exitCode, int(ExitFailure));
    const QJsonObject json = QJsonDocument::fromJson(tooLong.out).object();
    QCOMPARE(json.value(QLatin1String("too_long")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("billing_tokens")).toInteger(),
             json.value(QLatin1String("total_tokens")).toInteger()
                 - (json.value(QLatin1String("too_long_examples")).toArray().first().toObject().value(QLatin1String("tokens")).toInteger()
                    - 4096));
}

void TestStatsCommand::encodingFollowsTheModelUnlessGiven()
{
    const Run gpt35 = runStats({chatFile(), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--model"),
                                QStringLiteral("ft:gpt-3.5-turbo-0125:acme::x1")});
    QJsonObject json = QJsonDocument::fromJson(gpt35.out).object();
    QCOMPARE(json.value(QLatin1String("encoding")).toString(), QStringLiteral("cl100k_base"));
    QCOMPARE(json.value(QLatin1String("total_tokens")).toInteger(), 1507); // chat-examples.cl100k_base.tsv
    const Run forced = runStats({chatFile(), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--encoding"),
                                 QStringLiteral("cl100k_base")});
    json = QJsonDocument::fromJson(forced.out).object();
    QCOMPARE(json.value(QLatin1String("encoding")).toString(), QStringLiteral("cl100k_base"));
    QCOMPARE(json.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini-2024-07-18"));
}

void TestStatsCommand::textReportReadsWell()
{
    const Run run = runStats({chatFile(), QStringLiteral("--epochs"), QStringLiteral("2")});
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QLatin1String("Examples: 13")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Not counted: 5 line")));
    QVERIFY(text.contains(QLatin1String("Epochs: 2 (chosen; auto would pick 7)")));
    QVERIFY(text.contains(QLatin1String("Charged tokens: 2956")) || text.contains(QLatin1String("Charged tokens: 2,956")));
    QVERIFY(text.contains(QLatin1String("Estimated cost: $0.01")));
}

void TestStatsCommand::badArgumentsAndUnreadableFilesExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("which file");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/data.jsonl")} << QStringLiteral("data.jsonl");
    QTest::newRow("two files") << QStringList{chatFile(), chatFile()} << QStringLiteral("one file");
    QTest::newRow("bad encoding") << QStringList{chatFile(), QStringLiteral("--encoding"), QStringLiteral("p50k_base")}
                                  << QStringLiteral("p50k_base");
    QTest::newRow("bad format") << QStringList{chatFile(), QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("xml");
    QTest::newRow("bad epochs") << QStringList{chatFile(), QStringLiteral("--epochs"), QStringLiteral("0")}
                                << QStringLiteral("--epochs");
    QTest::newRow("unknown option") << QStringList{chatFile(), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("unwritable per-example")
        << QStringList{chatFile(), QStringLiteral("--per-example"), QStringLiteral("/nonexistent/dir/out.tsv")}
        << QStringLiteral("out.tsv");
}

void TestStatsCommand::badArgumentsAndUnreadableFilesExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runStats(arguments);
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestStatsCommand::realBinaryRuns()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_directory.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(Fts::Test::TestPaths::ftstudioBinary(),
                  {QStringLiteral("stats"), chatFile(), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), int(ExitFailure));
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(json.value(QLatin1String("total_tokens")).toInteger(), 1478);
}

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "TestStatsCommand.moc"
