// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using Fts::SingleInstance;

namespace {

/**
 * A second launch in another thread: its blocking hand-off must not stall this thread's event loop, where
 * the primary answers (in real life they are two processes).
 */
class SecondLaunch
{
public:
    SecondLaunch(const QString &directory, const QStringList &files, int timeoutMs = 3000)
        : m_thread([this, directory, files, timeoutMs] {
            SingleInstance instance(directory);
            m_keepRunning = instance.start(files, timeoutMs);
            m_wasPrimary = instance.isPrimary();
            m_done = true;
        })
    {
    }
    ~SecondLaunch() { m_thread.join(); }

    /** Spins the caller's event loop until the launch has decided. */
    bool waitUntilDone(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_done.load(); }, timeoutMs);
    }
    bool keepRunning() const { return m_keepRunning; }
    bool wasPrimary() const { return m_wasPrimary; }

private:
    std::atomic<bool> m_done = false;
    bool m_keepRunning = false;
    bool m_wasPrimary = false;
    std::thread m_thread;
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstLaunchBecomesPrimary();
    void secondLaunchHandsFilesToPrimary();
    void secondLaunchWithoutFilesRaisesWindow();
    void relativePathsArriveAbsolute();
    void staleSocketFromCrashedPrimaryIsReplaced();
    void unresponsivePrimaryLetsSecondLaunchRunAlone();
    void closingPrimaryFreesTheSlot();
    void garbageOnTheSocketIsIgnored();
    void realSecondProcessHandsOffAndExits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSingleInstance::firstLaunchBecomesPrimary()
{
    SingleInstance instance(m_dir->path());
    QVERIFY(instance.start({}));
    QVERIFY(instance.isPrimary());
    QVERIFY(QFileInfo::exists(instance.serverName()));
}

void TestSingleInstance::secondLaunchHandsFilesToPrimary()
{
    SingleInstance primary(m_dir->path());
    QVERIFY(primary.start({}));
    QSignalSpy files(&primary, &SingleInstance::filesReceived);
    QSignalSpy activation(&primary, &SingleInstance::activationRequested);

    const QStringList paths = {QStringLiteral("/data/train.jsonl"), QStringLiteral("/data/näme with space.jsonl")};
    SecondLaunch second(m_dir->path(), paths);
    QVERIFY(second.waitUntilDone());
    QVERIFY(!second.keepRunning());
    QVERIFY(!second.wasPrimary());
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.constFirst().constFirst().toStringList(), paths);
    QCOMPARE(activation.size(), 1);
}

void TestSingleInstance::secondLaunchWithoutFilesRaisesWindow()
{
    SingleInstance primary(m_dir->path());
    QVERIFY(primary.start({}));
    QSignalSpy files(&primary, &SingleInstance::filesReceived);
    QSignalSpy activation(&primary, &SingleInstance::activationRequested);
    SecondLaunch second(m_dir->path(), {});
    QVERIFY(second.waitUntilDone());
    QVERIFY(!second.keepRunning());
    QCOMPARE(files.size(), 0);
    QCOMPARE(activation.size(), 1);
}

void TestSingleInstance::relativePathsArriveAbsolute()
{
    SingleInstance primary(m_dir->path());
    QVERIFY(primary.start({}));
    QSignalSpy files(&primary, &SingleInstance::filesReceived);
    SecondLaunch second(m_dir->path(), {QStringLiteral("relative/train.jsonl")});
    QVERIFY(second.waitUntilDone());
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.constFirst().constFirst().toStringList(),
             QStringList{QDir::current().absoluteFilePath(QStringLiteral("relative/train.jsonl"))});
}

void TestSingleInstance::staleSocketFromCrashedPrimaryIsReplaced()
{
    // A crashed primary leaves its socket file; the lock it held died with it.
    const QString socketPath = SingleInstance(m_dir->path()).serverName();
    QFile stale(socketPath);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();

    SingleInstance primary(m_dir->path());
    QVERIFY(primary.start({}));
    QVERIFY(primary.isPrimary());
    QSignalSpy files(&primary, &SingleInstance::filesReceived);
    SecondLaunch second(m_dir->path(), {QStringLiteral("/a.jsonl")});
    QVERIFY(second.waitUntilDone());
    QVERIFY(!second.keepRunning());
    QCOMPARE(files.size(), 1);
}

void TestSingleInstance::unresponsivePrimaryLetsSecondLaunchRunAlone()
{
    // Someone holds the lock but never listens (a primary stuck while starting): after the timeout the new
    // launch opens its own window rather than dropping the user's file.
    QLockFile heldLock(m_dir->path() + QStringLiteral("/" FTS_APP_ID ".lock"));
    QVERIFY(heldLock.tryLock(0));
    QElapsedTimer timer;
    timer.start();
    SecondLaunch second(m_dir->path(), {QStringLiteral("/a.jsonl")}, 400);
    QVERIFY(second.waitUntilDone());
    QVERIFY(second.keepRunning());
    QVERIFY(!second.wasPrimary());
    QVERIFY2(timer.elapsed() < 5000, "the hand-off must give up at its deadline");
}

void TestSingleInstance::closingPrimaryFreesTheSlot()
{
    {
        SingleInstance first(m_dir->path());
        QVERIFY(first.start({}));
    }
    SingleInstance next(m_dir->path());
    QVERIFY(next.start({}));
    QVERIFY(next.isPrimary());
}

void TestSingleInstance::garbageOnTheSocketIsIgnored()
{
    SingleInstance primary(m_dir->path());
    QVERIFY(primary.start({}));
    QSignalSpy files(&primary, &SingleInstance::filesReceived);
    QSignalSpy activation(&primary, &SingleInstance::activationRequested);
    QLocalSocket intruder;
    intruder.connectToServer(primary.serverName());
    QVERIFY(intruder.waitForConnected(2000));
    intruder.write("this is not json\n");
    intruder.flush();
    QTRY_COMPARE(intruder.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(files.size(), 0);
    QCOMPARE(activation.size(), 0);

    // The primary keeps serving after the bad client.
    SecondLaunch second(m_dir->path(), {QStringLiteral("/b.jsonl")});
    QVERIFY(second.waitUntilDone());
    QCOMPARE(files.size(), 1);
}

void TestSingleInstance::realSecondProcessHandsOffAndExits()
{
    // The real executable, as a double-click starts it, finds this process as its primary through the
    // per-user runtime directory and exits without showing a window.
    SingleInstance primary(m_dir->path());
    QVERIFY(primary.start({}));
    QSignalSpy files(&primary, &SingleInstance::filesReceived);
    QSignalSpy activation(&primary, &SingleInstance::activationRequested);

    QProcess launch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    launch.setProcessEnvironment(environment);
    launch.setWorkingDirectory(m_dir->path());
    launch.start(QStringLiteral(FTS_BINARY_DIR "/app/desktop/finetune-studio"), {QStringLiteral("opened.jsonl")});
    QVERIFY(launch.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(launch.state() == QProcess::NotRunning, 20000);
    QCOMPARE(launch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(launch.exitCode(), 0);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.constFirst().constFirst().toStringList(),
             QStringList{m_dir->path() + QStringLiteral("/opened.jsonl")});
    QCOMPARE(activation.size(), 1);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
