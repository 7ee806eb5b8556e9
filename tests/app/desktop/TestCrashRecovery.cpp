// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/**
 * Kills the real application in the middle of unsaved work and starts it again: the work must come back.
 *
 * The process is driven by FTS_TEST_SCRIPT (desktop/editor/EditorTestScript.h): an edit the editor makes
 * exactly as typing would (a SetExampleValueCommand), and the answer to the restore question. Everything
 * else is the application's own: the 5-second autosave, the recovery store, the question, the restore.
 */
class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void restoresWorkAfterTheProcessIsKilled();
    void discardingTheRecoveryKeepsTheFileAndForgetsTheCopy();

private:
    QProcessEnvironment environment(const QString &script) const;
    QString recoveryDirectory() const;
    /** Waits until an autosave copy holding @p text exists. */
    bool waitForAutosave(const QByteArray &text, int milliseconds) const;
    void startAndKillAfterAnEdit();

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataset;
    QByteArray m_original;
};

static QString applicationBinary()
{
    return QStringLiteral(FTS_BINARY_DIR "/app/desktop/finetune-studio");
}

static const QByteArray EditedText = "Recovered after a kill: M10.9 gout";

void TestCrashRecovery::init()
{
    QVERIFY2(QFile::exists(applicationBinary()), qPrintable(applicationBinary()));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *sub : {"config", "data", "runtime", "datasets"})
        QVERIFY(QDir(m_home->path()).mkpath(QString::fromLatin1(sub)));
    QFile::setPermissions(m_home->filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dataset = m_home->filePath(QStringLiteral("datasets/gout.jsonl"));
    m_original = "{\"messages\": [{\"role\": \"user\", \"content\": \"Gout.\"}, {\"role\": \"assistant\", \"content\": \"M10.9\"}]}\n"
                 "{\"messages\": [{\"role\": \"user\", \"content\": \"Acute bronchitis.\"}, {\"role\": \"assistant\", \"content\": \"J20.9\"}]}\n";
    QFile file(m_dataset);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_original);
}

QProcessEnvironment TestCrashRecovery::environment(const QString &script) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("FTS_TEST_SCRIPT"), script);
    // No keyring in this process tree: the app must not wait for one.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return environment;
}

QString TestCrashRecovery::recoveryDirectory() const
{
    // QStandardPaths::AppDataLocation for organization and application "Finetune Studio".
    return m_home->filePath(QStringLiteral("data/Finetune Studio/Finetune Studio/recovery"));
}

bool TestCrashRecovery::waitForAutosave(const QByteArray &text, int milliseconds) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        const QDir directory(recoveryDirectory());
        for (const QString &name : directory.entryList({QStringLiteral("*.jsonl")}, QDir::Files)) {
            QFile copy(directory.filePath(name));
            // The metadata is written after the copy: both must be there.
            if (copy.open(QIODevice::ReadOnly) && copy.readAll().contains(text)
                && QFile::exists(directory.filePath(name.chopped(6) + QStringLiteral(".json"))))
                return true;
        }
        QTest::qWait(100);
    }
    return false;
}

void TestCrashRecovery::startAndKillAfterAnEdit()
{
    QProcess first;
    first.setProcessEnvironment(environment(QStringLiteral("edit 0 /messages/0/content \"%1\"").arg(QString::fromLatin1(EditedText))));
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(applicationBinary(), {m_dataset});
    QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));
    // The autosave runs every 5 seconds while there are unsaved changes.
    QVERIFY2(waitForAutosave(EditedText, 60000), "no autosave copy with the edit appeared");
    QCOMPARE(first.state(), QProcess::Running);
    first.kill(); // SIGKILL: no closeEvent, no cleanup
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    // The file on disk was never saved.
    QFile file(m_dataset);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_original);
}

void TestCrashRecovery::restoresWorkAfterTheProcessIsKilled()
{
    startAndKillAfterAnEdit();
    if (QTest::currentTestFailed())
        return;

    const QString restored = m_home->filePath(QStringLiteral("datasets/restored.jsonl"));
    QProcess second;
    second.setProcessEnvironment(environment(QStringLiteral("recovery restore\nsave-as %1\nquit").arg(restored)));
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(applicationBinary(), {});
    QVERIFY2(second.waitForStarted(10000), qPrintable(second.errorString()));
    QVERIFY2(second.waitForFinished(60000), "the restarted application did not restore, save and quit");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);

    QFile file(restored);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray expected = m_original;
    expected.replace(QByteArray("\"Gout.\""), QByteArray("\"" + EditedText + "\""));
    QCOMPARE(file.readAll(), expected);
    // The recovery copy is gone once the work is safe.
    QVERIFY(QDir(recoveryDirectory()).entryList({QStringLiteral("*.json*")}, QDir::Files).isEmpty());
}

void TestCrashRecovery::discardingTheRecoveryKeepsTheFileAndForgetsTheCopy()
{
    startAndKillAfterAnEdit();
    if (QTest::currentTestFailed())
        return;
    const QString saved = m_home->filePath(QStringLiteral("datasets/after-discard.jsonl"));
    QProcess second;
    // Discarded: the file named on the command line opens as it is on disk.
    second.setProcessEnvironment(environment(QStringLiteral("recovery discard\nsave-as %1\nquit").arg(saved)));
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(applicationBinary(), {m_dataset});
    QVERIFY(second.waitForStarted(10000));
    QVERIFY2(second.waitForFinished(60000), "the restarted application did not open, save and quit");
    QCOMPARE(second.exitCode(), 0);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_original);
    QVERIFY(QDir(recoveryDirectory()).entryList({QStringLiteral("*.json*")}, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
