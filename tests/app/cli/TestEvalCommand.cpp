// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/ConnectionProfile.h"
#include "api/credentials/MemorySecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "cli/CliIo.h"
#include "cli/commands/EvalCommand.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts;
using namespace Fts::Cli;

namespace {

/** Chat completions on 127.0.0.1: "base" is right on questions 0-11, "tuned" on 4-18 of 20. */
class TwoModelServer
{
public:
    TwoModelServer()
    {
        m_server.route(QStringLiteral("/v1/chat/completions"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request) {
                           ++requests;
                           const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                           const QString model = body.value(QLatin1String("model")).toString();
                           const QString last = body.value(QLatin1String("messages")).toArray().last().toObject()
                                                    .value(QLatin1String("content")).toString();
                           const int n = last.section(QLatin1Char(' '), 1).toInt();
                           const bool right = model == QLatin1String("base") ? n < 12 : (n >= 4 && n < 19);
                           const QString answer = right ? QStringLiteral("code-%1").arg(n) : QStringLiteral("no idea");
                           return QHttpServerResponse(QJsonObject{
                               {QStringLiteral("id"), QStringLiteral("chatcmpl-x")},
                               {QStringLiteral("object"), QStringLiteral("chat.completion")},
                               {QStringLiteral("model"), model},
                               {QStringLiteral("choices"),
                                QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                       {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                                                       {QStringLiteral("message"),
                                                        QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                    {QStringLiteral("content"), answer}}}}}},
                               {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 20},
                                                                     {QStringLiteral("completion_tokens"), 3},
                                                                     {QStringLiteral("total_tokens"), 23}}}});
                       });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(port); }
    int requests = 0;
    quint16 port = 0;

private:
    QHttpServer m_server;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestEvalCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonSummaryHasTheIssueShape();
    void textSummaryAndOutputFile();
    void secondRunAsksNothing();
    void usageErrors_data();
    void usageErrors();
    void realBinaryShowsHelp();

private:
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_testSet;
    std::unique_ptr<TwoModelServer> m_server;
};

void TestEvalCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_testSet = m_dir.filePath(QStringLiteral("test.jsonl"));
    QFile file(m_testSet);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20; ++i)
        file.write(QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"question %1\"},"
                                  "{\"role\":\"assistant\",\"content\":\"code-%1\"}]}\n").arg(i).toUtf8());
    file.close();
    m_server = std::make_unique<TwoModelServer>();
    QVERIFY(m_server->port != 0);
}

Run TestEvalCommand::run(const QStringList &arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliIo io(&out, &err);
    Api::ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
    // A saved keyless profile for the local server, the way a llama.cpp or vLLM user would set it up.
    profiles.save(Api::ConnectionProfile(QStringLiteral("local"), Api::ProviderKind::Compatible, QUrl(m_server->baseUrl())));
    Api::MemorySecretStore secrets;
    EvalCommand command;
    command.setCredentialSources(&profiles, &secrets, QProcessEnvironment());
    QSignalSpy finished(&command, &CliCommand::finished);
    command.start(arguments, io);
    if (finished.isEmpty())
        finished.wait(30000);
    io.flush();
    Run result;
    result.exitCode = finished.isEmpty() ? -1 : finished.first().first().toInt();
    result.out = out.data();
    result.err = err.data();
    return result;
}

void TestEvalCommand::jsonSummaryHasTheIssueShape()
{
    const Run result = run({m_testSet, QStringLiteral("--model-a"), QStringLiteral("base"), QStringLiteral("--model-b"),
                            QStringLiteral("tuned"), QStringLiteral("--profile"), QStringLiteral("local"),
                            QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--store"), m_dir.filePath(QStringLiteral("json.sqlite")),
                            QStringLiteral("--concurrency"), QStringLiteral("4")});
    QVERIFY2(result.exitCode == ExitSuccess, result.err.constData());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
    QCOMPARE(json.value(QLatin1String("examples")).toInt(), 20);
    QCOMPARE(json.value(QLatin1String("scorer")).toString(), QStringLiteral("exact"));
    QCOMPARE(json.value(QLatin1String("wins")).toInt(), 7);
    QCOMPARE(json.value(QLatin1String("regressions")).toInt(), 4);
    QCOMPARE(json.value(QLatin1String("p_value")).toDouble(), 0.548828125);
    const QJsonObject a = json.value(QLatin1String("a")).toObject();
    QCOMPARE(a.value(QLatin1String("model")).toString(), QStringLiteral("base"));
    QCOMPARE(a.value(QLatin1String("correct")).toInt(), 12);
    QCOMPARE(a.value(QLatin1String("accuracy")).toDouble(), 0.6);
    const QJsonArray ci = a.value(QLatin1String("ci95")).toArray();
    QCOMPARE(ci.size(), 2);
    QVERIFY(std::abs(ci.at(0).toDouble() - 0.3865815007622531) < 1e-12);
    QVERIFY(std::abs(ci.at(1).toDouble() - 0.781193467627183) < 1e-12);
    const QJsonObject b = json.value(QLatin1String("b")).toObject();
    QCOMPARE(b.value(QLatin1String("model")).toString(), QStringLiteral("tuned"));
    QCOMPARE(b.value(QLatin1String("correct")).toInt(), 15);
    QCOMPARE(b.value(QLatin1String("accuracy")).toDouble(), 0.75);
}

void TestEvalCommand::textSummaryAndOutputFile()
{
    const QString output = m_dir.filePath(QStringLiteral("results.jsonl"));
    const Run result = run({m_testSet, QStringLiteral("--model-a=base"), QStringLiteral("--model-b=tuned"),
                            QStringLiteral("--profile=local"),
                            QStringLiteral("--scorer"), QStringLiteral("normalized"), QStringLiteral("--output"), output,
                            QStringLiteral("--store"), m_dir.filePath(QStringLiteral("text.sqlite"))});
    QVERIFY2(result.exitCode == ExitSuccess, result.err.constData());
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("12 correct, accuracy 60.0% (95% CI 38.7% to 78.1%)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("15 correct, accuracy 75.0%")));
    QVERIFY(text.contains(QStringLiteral("Wins (A wrong, B right): 7. Regressions (A right, B wrong): 4.")));
    QVERIFY(text.contains(QStringLiteral("p = 0.5488")));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 20);
    const QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(third.value(QLatin1String("line")).toInt(), 3);
    QCOMPARE(third.value(QLatin1String("expected")).toString(), QStringLiteral("code-2"));
    QCOMPARE(third.value(QLatin1String("flip")).toString(), QStringLiteral("regression"));
    QCOMPARE(third.value(QLatin1String("a")).toObject().value(QLatin1String("answer")).toString(), QStringLiteral("code-2"));
    QCOMPARE(third.value(QLatin1String("a")).toObject().value(QLatin1String("passed")).toBool(), true);
    QCOMPARE(third.value(QLatin1String("b")).toObject().value(QLatin1String("passed")).toBool(), false);
    QCOMPARE(third.value(QLatin1String("b")).toObject().value(QLatin1String("completion_tokens")).toInt(), 3);
}

void TestEvalCommand::secondRunAsksNothing()
{
    const QStringList arguments = {m_testSet, QStringLiteral("--model-a"), QStringLiteral("base"), QStringLiteral("--model-b"),
                                   QStringLiteral("tuned"), QStringLiteral("--profile"), QStringLiteral("local"),
                                   QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--store"), m_dir.filePath(QStringLiteral("resume.sqlite"))};
    const int before = m_server->requests;
    const Run first = run(arguments);
    QCOMPARE(first.exitCode, int(ExitSuccess));
    QCOMPARE(m_server->requests - before, 40);
    const Run second = run(arguments);
    QCOMPARE(second.exitCode, int(ExitSuccess));
    QCOMPARE(m_server->requests - before, 40);
    QCOMPARE(QJsonDocument::fromJson(second.out).object().value(QLatin1String("b")),
             QJsonDocument::fromJson(first.out).object().value(QLatin1String("b")));
}

void TestEvalCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no model b") << QStringList{QStringLiteral("TESTSET"), QStringLiteral("--model-a"), QStringLiteral("x")}
                                << QStringLiteral("--model-b");
    QTest::newRow("bad scorer") << QStringList{QStringLiteral("TESTSET"), QStringLiteral("--model-a=x"), QStringLiteral("--model-b=y"),
                                               QStringLiteral("--scorer=fuzzy")}
                                << QStringLiteral("fuzzy");
    QTest::newRow("bad regex") << QStringList{QStringLiteral("TESTSET"), QStringLiteral("--model-a=x"), QStringLiteral("--model-b=y"),
                                              QStringLiteral("--scorer=regex:(")}
                               << QStringLiteral("regular expression");
    QTest::newRow("zero concurrency") << QStringList{QStringLiteral("TESTSET"), QStringLiteral("--model-a=x"),
                                                     QStringLiteral("--model-b=y"), QStringLiteral("--concurrency=0")}
                                      << QStringLiteral("--concurrency");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/no/such/test.jsonl"), QStringLiteral("--model-a=x"),
                                                 QStringLiteral("--model-b=y")}
                                  << QStringLiteral("/no/such/test.jsonl");
    QTest::newRow("judge without model") << QStringList{QStringLiteral("TESTSET"), QStringLiteral("--model-a=x"),
                                                        QStringLiteral("--model-b=y"), QStringLiteral("--scorer=judge")}
                                         << QStringLiteral("--judge-model");
}

void TestEvalCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("TESTSET"), m_testSet);
    arguments << QStringLiteral("--profile") << QStringLiteral("local");
    const int before = m_server->requests;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, int(ExitUsage));
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(m_server->requests, before);
}

void TestEvalCommand::realBinaryShowsHelp()
{
    QProcess process;
    process.start(Fts::Test::TestPaths::ftstudioBinary(), {QStringLiteral("eval"), QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY(out.contains("--model-a"));
    QVERIFY(out.contains("--scorer"));
}

QTEST_GUILESS_MAIN(TestEvalCommand)
#include "TestEvalCommand.moc"
