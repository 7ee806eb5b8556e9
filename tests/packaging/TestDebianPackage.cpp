// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the .deb with cpack from this build directory, unpacks it with dpkg-deb into a scratch root and
// checks it as a user would meet it: metadata, dependencies, files, and the installed binaries running.
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using Fts::Test::TestPaths;

namespace {

const QString appId = QStringLiteral(FTS_APP_ID_FOR_TESTS);
const QString version = QStringLiteral(FTS_VERSION);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 240000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 timed out").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray describe(const Run &result)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(result.exitCode).arg(result.out, result.err).toUtf8();
}

} // namespace

class TestDebianPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void packageIsNamedAfterVersionAndArchitecture();
    void controlDeclaresRuntimeDependencies();
    void installsEveryFile();
    void installedMetadataValidates();
    void metainfoNamesThisRelease();
    void installedManPagesRender();
    void installedMimeTypeTypesJsonl();
    void installedBinariesReportVersion();
    void installedFtstudioChecksInstalledSample();

private:
    QString installed(const QString &relativePath) const { return m_root.path() + QStringLiteral("/usr/") + relativePath; }

    QTemporaryDir m_scratch;
    QTemporaryDir m_root;
    QString m_debFile;
};

void TestDebianPackage::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    QVERIFY(m_root.isValid());
    const QString outputDir = m_scratch.path() + QStringLiteral("/packages");
    const Run cpack = run(QStringLiteral(FTS_CPACK_COMMAND),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(FTS_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), outputDir},
                          QStringLiteral(FTS_BINARY_DIR));
    QVERIFY2(cpack.exitCode == 0, describe(cpack));
    const QStringList debs = QDir(outputDir).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(debs.join(u' ')));
    m_debFile = outputDir + u'/' + debs.constFirst();
    const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_debFile, m_root.path()});
    QVERIFY2(extract.exitCode == 0, describe(extract));
}

void TestDebianPackage::packageIsNamedAfterVersionAndArchitecture()
{
    QCOMPARE(QFileInfo(m_debFile).fileName(), QStringLiteral("finetune-studio_%1_amd64.deb").arg(version));
    const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_debFile, QStringLiteral("Package"),
                                                        QStringLiteral("Version"), QStringLiteral("Architecture")});
    QCOMPARE(fields.exitCode, 0);
    QCOMPARE(fields.out, QStringLiteral("Package: finetune-studio\nVersion: %1\nArchitecture: amd64\n").arg(version));
}

void TestDebianPackage::controlDeclaresRuntimeDependencies()
{
    const Run depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_debFile, QStringLiteral("Depends")});
    QCOMPARE(depends.exitCode, 0);
    // From dpkg-shlibdeps (what the binaries link) and from the explicit list (what is loaded at run time).
    const QStringList expected = {
        QStringLiteral("libqt6core6"),      QStringLiteral("libqt6gui6"),     QStringLiteral("libqt6widgets6"),
        QStringLiteral("libqt6network6"),   QStringLiteral("libqt6charts6"),  QStringLiteral("libqt6keychain1"),
        QStringLiteral("libqt6sql6"),       QStringLiteral("libsecret-1-0"),  QStringLiteral("qt6-qpa-plugins"),
        QStringLiteral("libqt6sql6-sqlite"), QStringLiteral("libc6"),
    };
    for (const QString &package : expected) {
        const QRegularExpression entry(QStringLiteral("(^|[ ,])%1( |,|$)").arg(QRegularExpression::escape(package)));
        QVERIFY2(entry.match(depends.out).hasMatch(), qPrintable(package + QStringLiteral(" missing in ") + depends.out));
    }
    QVERIFY2(depends.out.contains(QRegularExpression(QStringLiteral("libqt6core6 \\(>= 6\\.4"))), qPrintable(depends.out));
}

void TestDebianPackage::installsEveryFile()
{
    QStringList expected = {
        QStringLiteral("bin/finetune-studio"),
        QStringLiteral("bin/ftstudio"),
        QStringLiteral("share/applications/%1.desktop").arg(appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("share/man/man1/ftstudio.1.gz"),
        QStringLiteral("share/man/man1/finetune-studio.1.gz"),
        QStringLiteral("share/doc/finetune-studio/copyright"),
        QStringLiteral("share/doc/finetune-studio/LICENSE-tiktoken.txt"),
        QStringLiteral("share/finetune-studio/samples/icd10-train.jsonl"),
        QStringLiteral("share/finetune-studio/samples/icd10-validation.jsonl"),
        QStringLiteral("share/finetune-studio/samples/icd10-test.jsonl"),
        QStringLiteral("share/finetune-studio/samples/README.md"),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    for (const QString &path : std::as_const(expected))
        QVERIFY2(QFileInfo::exists(installed(path)), qPrintable(path + QStringLiteral(" is not installed")));

    QVERIFY(QFileInfo(installed(QStringLiteral("bin/ftstudio"))).isExecutable());
    QFile tiktoken(installed(QStringLiteral("share/doc/finetune-studio/LICENSE-tiktoken.txt")));
    QVERIFY(tiktoken.open(QIODevice::ReadOnly));
    QVERIFY(tiktoken.readAll().contains("Copyright (c) 2022 OpenAI, Shantanu Jain"));

    // Nothing of the build tree leaks into the package (static libraries, headers, test programs).
    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_debFile});
    QCOMPARE(contents.exitCode, 0);
    QVERIFY2(!contents.out.contains(QRegularExpression(QStringLiteral("\\.(a|h|cmake)\\n|/Test[A-Z]"))),
             qPrintable(contents.out));
}

void TestDebianPackage::installedMetadataValidates()
{
    const Run desktop = run(QStringLiteral("desktop-file-validate"),
                            {installed(QStringLiteral("share/applications/%1.desktop").arg(appId))});
    QVERIFY2(desktop.exitCode == 0 && !desktop.out.contains(QStringLiteral("error:"))
                 && !desktop.out.contains(QStringLiteral("warning:")),
             describe(desktop));
    const Run metainfo = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"),
                              installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId))});
    QVERIFY2(metainfo.exitCode == 0, describe(metainfo));
}

void TestDebianPackage::metainfoNamesThisRelease()
{
    QFile file(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString componentId;
    QString newestRelease;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id") && componentId.isEmpty())
            componentId = xml.readElementText();
        else if (xml.name() == QLatin1String("release") && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(componentId, appId);
    // AppStream lists releases newest first: a version bump without a <release> entry fails here.
    QCOMPARE(newestRelease, version);
}

void TestDebianPackage::installedManPagesRender()
{
    for (const QString &page : {QStringLiteral("ftstudio"), QStringLiteral("finetune-studio")}) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        environment.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QStringLiteral("0"));
        const Run man = run(QStringLiteral("man"),
                            {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                             QStringLiteral("-l"), installed(QStringLiteral("share/man/man1/%1.1.gz").arg(page))},
                            {}, environment);
        QVERIFY2(man.exitCode == 0 && man.err.trimmed().isEmpty(), describe(man));
        // Without a terminal, grotty marks bold and underline by overstriking ("S\bS"): read the plain text.
        QString text = man.out;
        text.remove(QRegularExpression(QStringLiteral(".\x08")));
        QVERIFY2(text.contains(QStringLiteral("Finetune Studio ") + version), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("SYNOPSIS")), qPrintable(text.left(400)));
    }
}

void TestDebianPackage::installedMimeTypeTypesJsonl()
{
    // QMimeDatabase reads the XML packages of every XDG data dir that has no compiled cache: point it at
    // the unpacked package first, as update-mime-database would after a real install.
    qputenv("XDG_DATA_DIRS", (m_root.path() + QStringLiteral("/usr/share:/usr/share")).toUtf8());
    QMimeDatabase database;
    const QMimeType type = database.mimeTypeForFile(QStringLiteral("train.jsonl"), QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), QStringLiteral("application/jsonl"));
    QVERIFY(type.inherits(QStringLiteral("text/plain")));
    QCOMPARE(database.mimeTypeForName(QStringLiteral("application/x-ndjson")).name(), QStringLiteral("application/jsonl"));
}

void TestDebianPackage::installedBinariesReportVersion()
{
    const Run cli = run(installed(QStringLiteral("bin/ftstudio")), {QStringLiteral("--version")});
    QVERIFY2(cli.exitCode == 0, describe(cli));
    QCOMPARE(cli.out, QStringLiteral("ftstudio %1\n").arg(version));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run gui = run(installed(QStringLiteral("bin/finetune-studio")), {QStringLiteral("--version")}, {}, environment, 30000);
    QVERIFY2(gui.exitCode == 0, describe(gui));
    QCOMPARE(gui.out.trimmed(), QStringLiteral("Finetune Studio %1").arg(version));
}

void TestDebianPackage::installedFtstudioChecksInstalledSample()
{
    const QString ftstudio = installed(QStringLiteral("bin/ftstudio"));
    const QString sample = installed(QStringLiteral("share/finetune-studio/samples/icd10-train.jsonl"));
    const Run help = run(ftstudio, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    if (!help.out.contains(QRegularExpression(QStringLiteral("^  check "), QRegularExpression::MultilineOption)))
        QSKIP("ftstudio has no 'check' command registered yet (engineer \"core\" adds it)");

    const Run check = run(ftstudio, {QStringLiteral("check"), sample, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(check.exitCode == 0, describe(check));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(check.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + check.out));
    QFile file(sample);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int nonBlankLines = 0;
    while (!file.atEnd())
        nonBlankLines += file.readLine().trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(report.value(QLatin1String("examples")).toInt(), nonBlankLines);
    QCOMPARE(report.value(QLatin1String("valid_examples")).toInt(), nonBlankLines);
    QVERIFY2(report.value(QLatin1String("errors")).toObject().isEmpty(), qPrintable(check.out));

    // The text form, as a user types it, names the installed file and exits 0 as well.
    const Run text = run(ftstudio, {QStringLiteral("check"), sample});
    QVERIFY2(text.exitCode == 0, describe(text));
}

QTEST_GUILESS_MAIN(TestDebianPackage)
#include "TestDebianPackage.moc"
