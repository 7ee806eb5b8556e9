// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "cli/CliCommand.h"
#include "cli/CliIo.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Fts::Cli;

class TestCliApplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionPrintsTheProjectVersion();
    void unknownCommandIsAUsageError();
    void realBinaryAnswersVersion();
};

void TestCliApplication::versionPrintsTheProjectVersion()
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliIo io(&out, &err);
    CliApplication cli(io);
    QSignalSpy finished(&cli, &CliApplication::finished);
    cli.start({QStringLiteral("--version")});
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(ExitSuccess));
    QCOMPARE(out.data(), QByteArray("ftstudio " FTS_VERSION "\n"));
}

void TestCliApplication::unknownCommandIsAUsageError()
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliIo io(&out, &err);
    CliApplication cli(io);
    QSignalSpy finished(&cli, &CliApplication::finished);
    cli.start({QStringLiteral("frobnicate")});
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(ExitUsage));
    QVERIFY(err.data().contains("frobnicate"));
}

void TestCliApplication::realBinaryAnswersVersion()
{
    QProcess process;
    process.start(Fts::Test::TestPaths::ftstudioBinary(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("ftstudio " FTS_VERSION "\n"));
}

QTEST_GUILESS_MAIN(TestCliApplication)
#include "TestCliApplication.moc"
