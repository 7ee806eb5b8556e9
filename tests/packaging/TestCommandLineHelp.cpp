// SPDX-License-Identifier: GPL-3.0-or-later
// --help and --version of both executables, run as real processes the way a user or a script calls them.
#include "support/TestPaths.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString desktopBinary()
{
    return QStringLiteral(FTS_BINARY_DIR "/app/desktop/finetune-studio");
}

} // namespace

class TestCommandLineHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ftstudioVersion_data();
    void ftstudioVersion();
    void ftstudioHelpListsCommands();
    void ftstudioRejectsUnknownCommand();
    void desktopVersion();
    void desktopHelpNamesFileArgument();
    void desktopRejectsUnknownOption();
};

void TestCommandLineHelp::ftstudioVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--version");
    QTest::newRow("short") << QStringLiteral("-v");
}

void TestCommandLineHelp::ftstudioVersion()
{
    QFETCH(QString, option);
    const Run result = run(Fts::Test::TestPaths::ftstudioBinary(), {option});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("ftstudio " FTS_VERSION "\n"));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLineHelp::ftstudioHelpListsCommands()
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run result = run(Fts::Test::TestPaths::ftstudioBinary(), {option});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: ftstudio")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Commands:")));
        QVERIFY(result.out.contains(QStringLiteral("ftstudio COMMAND --help")));
    }
}

void TestCommandLineHelp::ftstudioRejectsUnknownCommand()
{
    const Run result = run(Fts::Test::TestPaths::ftstudioBinary(), {QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("frobnicate")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCommandLineHelp::desktopVersion()
{
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Run result = run(desktopBinary(), {option});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("Finetune Studio " FTS_VERSION));
    }
}

void TestCommandLineHelp::desktopHelpNamesFileArgument()
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run result = run(desktopBinary(), {option});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Usage:")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("[file]")));
        QVERIFY(result.out.contains(QStringLiteral("--version")));
        QVERIFY(result.out.contains(QStringLiteral("JSONL dataset to open.")));
    }
}

void TestCommandLineHelp::desktopRejectsUnknownOption()
{
    const Run result = run(desktopBinary(), {QStringLiteral("--frobnicate")});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QStringLiteral("frobnicate")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCommandLineHelp)
#include "TestCommandLineHelp.moc"
