// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommand.h"
#include "cli/CliIo.h"
#include "cli/commands/CheckCommand.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
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

Run runCheck(const QStringList &arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Run run;
    {
        CliIo io(&out, &err);
        CheckCommand command;
        QSignalSpy finished(&command, &CliCommand::finished);
        command.start(arguments, io);
        if (finished.isEmpty() && !finished.wait(30000))
            return run;
        run.exitCode = finished.first().first().toInt();
    }
    run.out = out.data();
    run.err = err.data();
    return run;
}

QString dataFile(const char *name)
{
    return Fts::Test::TestPaths::dataFile(QStringLiteral("dataset/check/") + QLatin1String(name));
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanFileExitsZero();
    void errorsExitOneWithCompilerStyleLines();
    void warningsAloneExitZero();
    void jsonHasTheDocumentedShape();
    void jsonEscapesWhatTheFileContains();
    void cookbookRulesCountLikeTheNotebook();
    void unreadableFileExitsTwo();
    void wrongArgumentsExitTwo_data();
    void wrongArgumentsExitTwo();
    void helpExitsZero();
    void realBinaryChecksAFile();
};

void TestCheckCommand::cleanFileExitsZero()
{
    const Run run = runCheck({dataFile("clean.jsonl")});
    QCOMPARE(run.exitCode, int(ExitSuccess));
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(dataFile("clean.jsonl") + QStringLiteral(": 10 line")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("in the chat format")));
    QVERIFY(text.contains(QStringLiteral("(openai rules)")));
    QVERIFY(text.contains(QStringLiteral("No errors found")));
    QVERIFY(run.err.isEmpty());
}

void TestCheckCommand::errorsExitOneWithCompilerStyleLines()
{
    const QString file = dataFile("errors.jsonl");
    const Run run = runCheck({file});
    QCOMPARE(run.exitCode, int(ExitFailure));
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), file + QStringLiteral(":3: error: message 3: the role 'asistant' is not one of system, "
                                               "user, assistant, tool [unrecognized_role]"));
    QVERIFY2(lines.at(1).startsWith(file + QStringLiteral(":5: error: the line is not valid JSON (column 15: ")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("[invalid_json]")));
    QCOMPARE(lines.at(2), file + QStringLiteral(":7: warning: the example has no system message [missing_system_message]"));
    QCOMPARE(lines.at(3), QString());
    QVERIFY(lines.contains(QStringLiteral("  invalid_json: 1")));
    QVERIFY(lines.contains(QStringLiteral("  unrecognized_role: 1")));
    QVERIFY(lines.contains(QStringLiteral("  missing_system_message: 1")));
    QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("8 valid")));
}

void TestCheckCommand::warningsAloneExitZero()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("few.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})" "\r\n");
    file.close();
    const Run run = runCheck({path});
    QCOMPARE(run.exitCode, int(ExitSuccess));
    QVERIFY(run.out.contains("[too_few_examples]"));
    QVERIFY(run.out.contains("[crlf_line_endings]"));
    QVERIFY(run.out.contains(QByteArray(path.toUtf8() + ": warning: the file has 1 example")));
}

void TestCheckCommand::jsonHasTheDocumentedShape()
{
    const QString file = dataFile("errors.jsonl");
    const Run run = runCheck({file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, int(ExitFailure));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("errors"), QStringLiteral("examples"), QStringLiteral("file"),
                                       QStringLiteral("issues"), QStringLiteral("lines"), QStringLiteral("valid_examples"),
                                       QStringLiteral("warnings")}));
    // Keys come in the documented order in the text itself.
    const QList<QByteArray> order = {"\"file\"", "\"lines\"", "\"examples\"", "\"valid_examples\"", "\"errors\"",
                                     "\"warnings\"", "\"issues\""};
    for (qsizetype i = 1; i < order.size(); ++i)
        QVERIFY(run.out.indexOf(order.at(i - 1)) < run.out.indexOf(order.at(i)));
    QCOMPARE(root.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(root.value(QStringLiteral("lines")).toInt(), 10);
    QCOMPARE(root.value(QStringLiteral("examples")).toInt(), 10);
    QCOMPARE(root.value(QStringLiteral("valid_examples")).toInt(), 8);
    QCOMPARE(root.value(QStringLiteral("errors")).toObject(),
             (QJsonObject{{QStringLiteral("invalid_json"), 1}, {QStringLiteral("unrecognized_role"), 1}}));
    QCOMPARE(root.value(QStringLiteral("warnings")).toObject(), (QJsonObject{{QStringLiteral("missing_system_message"), 1}}));
    const QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 3);
    const QJsonObject first = issues.at(0).toObject();
    QCOMPARE(first.keys().size(), 5);
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("unrecognized_role"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("messages[2].role"));
    QCOMPARE(first.value(QStringLiteral("message")).toString(),
             QStringLiteral("line 3, message 3: the role 'asistant' is not one of system, user, assistant, tool"));
    QCOMPARE(issues.at(1).toObject().value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(issues.at(2).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
}

void TestCheckCommand::jsonEscapesWhatTheFileContains()
{
    // The JSON is written piece by piece: quotes, backslashes, control characters and non-ASCII text from the file
    // (quoted in messages, in a file name) must come out as valid JSON with the same text.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Müller \"notes\".jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 12; ++i) {
        file.write(R"({"messages":[{"role":"user","content":"q)" + QByteArray::number(i)
                   + R"("},{"role":"assistant","content":"a"}],"note":"x"})" "\n");
    }
    file.write(R"({"messages":[{"role":"as\"s\\t\u0001é","content":"x"},{"role":"assistant","content":"a"}]})" "\n");
    file.close();
    const Run run = runCheck({path, QStringLiteral("--format=json")});
    QCOMPARE(run.exitCode, int(ExitFailure));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char(' ') + QString::fromUtf8(run.out)));
    QCOMPARE(root.value(QStringLiteral("file")).toString(), path);
    const QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    QVERIFY(!issues.isEmpty());
    bool found = false;
    for (const QJsonValue &issue : issues) {
        const QString message = issue.toObject().value(QStringLiteral("message")).toString();
        if (message.contains(QStringLiteral("the role 'as\"s\\t\u0001é'")))
            found = true;
    }
    QVERIFY2(found, run.out.constData());
    // Key order and layout are those of the documented example, for people reading it and for diffs in CI logs.
    QVERIFY(run.out.startsWith("{\n  \"file\": "));
    QVERIFY(run.out.contains(",\n  \"issues\": [\n    {\n      \"line\": "));
    QVERIFY(run.out.endsWith("\n    }\n  ]\n}\n"));

    // A clean file: empty objects and list.
    const Run clean = runCheck({dataFile("clean.jsonl"), QStringLiteral("--format=json")});
    QCOMPARE(clean.exitCode, int(ExitSuccess));
    QVERIFY2(clean.out.endsWith("\"errors\": {},\n  \"warnings\": {},\n  \"issues\": []\n}\n"), clean.out.constData());
    QCOMPARE(QJsonDocument::fromJson(clean.out).object().value(QStringLiteral("examples")).toInt(), 10);
}

void TestCheckCommand::cookbookRulesCountLikeTheNotebook()
{
    const Run run = runCheck({dataFile("errors.jsonl"), QStringLiteral("--rules=cookbook"), QStringLiteral("--format=json")});
    QCOMPARE(run.exitCode, int(ExitFailure));
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    // The misspelt role counts once as unrecognized_role and makes the example lack an assistant message.
    QCOMPARE(root.value(QStringLiteral("errors")).toObject(),
             (QJsonObject{{QStringLiteral("example_missing_assistant_message"), 1},
                          {QStringLiteral("invalid_json"), 1},
                          {QStringLiteral("unrecognized_role"), 1}}));
}

void TestCheckCommand::unreadableFileExitsTwo()
{
    const Run run = runCheck({QStringLiteral("/nonexistent/train.jsonl")});
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY(run.err.contains("/nonexistent/train.jsonl"));
    QVERIFY(run.out.isEmpty());
}

void TestCheckCommand::wrongArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no file") << QStringList() << QByteArray("Usage");
    QTest::newRow("two files") << QStringList{dataFile("clean.jsonl"), dataFile("clean.jsonl")} << QByteArray("one file");
    QTest::newRow("bad rules") << QStringList{dataFile("clean.jsonl"), QStringLiteral("--rules"), QStringLiteral("strict")}
                               << QByteArray("strict");
    QTest::newRow("bad format") << QStringList{dataFile("clean.jsonl"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << QByteArray("xml");
    QTest::newRow("unknown option") << QStringList{dataFile("clean.jsonl"), QStringLiteral("--frob")} << QByteArray("frob");
}

void TestCheckCommand::wrongArgumentsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run run = runCheck(arguments);
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY2(run.err.contains(mentions), run.err.constData());
}

void TestCheckCommand::helpExitsZero()
{
    const Run run = runCheck({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, int(ExitSuccess));
    QVERIFY(run.out.contains("--rules cookbook"));
}

void TestCheckCommand::realBinaryChecksAFile()
{
    QProcess process;
    process.start(Fts::Test::TestPaths::ftstudioBinary(),
                  {QStringLiteral("check"), dataFile("errors.jsonl"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(root.value(QStringLiteral("valid_examples")).toInt(), 8);

    process.start(Fts::Test::TestPaths::ftstudioBinary(), {QStringLiteral("check"), dataFile("clean.jsonl")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    process.start(Fts::Test::TestPaths::ftstudioBinary(), {QStringLiteral("check"), QStringLiteral("/nonexistent")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "TestCheckCommand.moc"
