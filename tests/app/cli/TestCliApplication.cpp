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
    void realBinaryLoadsNoGuiLibraries();
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

void TestCliApplication::realBinaryLoadsNoGuiLibraries()
{
#if !defined(Q_OS_LINUX)
    QSKIP("reads the list of loaded libraries from glibc's dynamic loader");
#endif
    // Loading Qt Gui with its X11, EGL and font libraries was 6 ms of every command's start (docs/PERFORMANCE.md);
    // a command that needs none of it must not pay for it. The loader lists what the binary pulls in, transitively.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(Fts::Test::TestPaths::ftstudioBinary(), {});
    QVERIFY(process.waitForFinished(10000));
    const QByteArray libraries = process.readAllStandardOutput();
    QVERIFY2(libraries.contains("libQt6Core.so"), libraries.constData());
    for (const char *library : {"libQt6Gui.so", "libQt6Widgets.so", "libQt6Charts.so", "libX11.so", "libEGL.so",
                                "libfontconfig.so"})
        QVERIFY2(!libraries.contains(library), qPrintable(QStringLiteral("ftstudio loads %1").arg(QLatin1String(library))));
}

QTEST_GUILESS_MAIN(TestCliApplication)
#include "TestCliApplication.moc"
