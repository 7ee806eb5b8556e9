// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace Fts {

namespace {

// A launch sends one JSON line {"files": [...]} and waits for "ok"; anything longer is not ours.
constexpr qint64 maxMessageBytes = 1024 * 1024;
constexpr int clientIdleTimeoutMs = 5000;
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");

QString baseName()
{
    return QStringLiteral(FTS_APP_ID);
}

} // namespace

SingleInstance::SingleInstance(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    if (m_directory.isEmpty()) {
        // Per user and private (mode 0700 on Linux): another user's instance is never found or reachable.
        m_directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (m_directory.isEmpty())
            m_directory = QDir::tempPath();
        // Each Flatpak instance has its own /run/user/<uid>; only app/<id> below it is shared between them.
        if (const QString flatpakId = qEnvironmentVariable("FLATPAK_ID"); !flatpakId.isEmpty())
            m_directory += QStringLiteral("/app/") + flatpakId;
    }
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(m_directory + u'/' + baseName() + QStringLiteral(".lock"));
    // A primary runs for hours: only a dead owner makes the lock stale, never its age.
    m_lock->setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    if (m_lock->isLocked())
        m_lock->unlock();
}

QString SingleInstance::serverName() const
{
#ifdef Q_OS_WIN
    // Windows pipe names are global; the user name keeps users apart.
    return baseName() + u'-' + qEnvironmentVariable("USERNAME");
#else
    return m_directory + u'/' + baseName() + QStringLiteral(".socket");
#endif
}

bool SingleInstance::isPrimary() const
{
    return m_lock->isLocked();
}

bool SingleInstance::start(const QStringList &files, int timeoutMs)
{
    if (becomePrimary())
        return true;
    QStringList absolutePaths;
    for (const QString &file : files)
        absolutePaths << QFileInfo(file).absoluteFilePath();
    if (sendToPrimary(absolutePaths, timeoutMs))
        return false;
    qWarning("Finetune Studio: the running instance did not answer; starting a separate window.");
    return true;
}

bool SingleInstance::becomePrimary()
{
    if (!m_lock->tryLock(0))
        return false;
    // We hold the lock, so a socket file left here belongs to a primary that crashed.
    QLocalServer::removeServer(serverName());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    if (!m_server->listen(serverName()))
        qWarning("Finetune Studio: cannot listen on %s (%s); later launches open their own window.",
                 qPrintable(serverName()), qPrintable(m_server->errorString()));
    return true;
}

bool SingleInstance::sendToPrimary(const QStringList &absolutePaths, int timeoutMs)
{
    // This runs before any window exists, in the launching process only, so bounded blocking waits are
    // fine here. The primary may hold the lock but not listen yet (it is starting): retry until the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    const QByteArray message =
        QJsonDocument(QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(absolutePaths)}})
            .toJson(QJsonDocument::Compact)
        + '\n';
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(serverName());
        if (!socket.waitForConnected(int(qMin<qint64>(500, deadline.remainingTime())))) {
            QThread::msleep(50);
            continue;
        }
        socket.write(message);
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
        QByteArray reply;
        while (!reply.endsWith('\n') && socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            reply += socket.readAll();
        return reply == acknowledgement;
    }
    return false;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // A client that connects and never finishes its line must not hold a socket forever.
        QTimer::singleShot(clientIdleTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessageBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(maxMessageBytes);
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject()) {
        socket->abort();
        return;
    }
    QStringList paths;
    const QJsonArray files = document.object().value(QLatin1String("files")).toArray();
    for (const QJsonValue &file : files) {
        if (file.isString() && !file.toString().isEmpty())
            paths << file.toString();
    }
    socket->write(acknowledgement);
    socket->flush();
    socket->disconnectFromServer();
    if (!paths.isEmpty())
        Q_EMIT filesReceived(paths);
    Q_EMIT activationRequested();
}

} // namespace Fts
