// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Fts {

/**
 * One Finetune Studio per user: the first process becomes the primary instance and listens on a local
 * socket; a later launch hands its files to it and exits, so double-clicking a dataset while the app runs
 * opens it in the running window.
 *
 * Who is primary is decided by a lock file, not by "can I connect": two launches at the same moment (a
 * multi-file double-click) would otherwise both see no server and both start. A stale lock left by a
 * crashed primary is taken over (QLockFile detects the dead process), as is a stale socket file.
 *
 * Usage in main(), before the window is created:
 * @code
 *   Fts::SingleInstance instance;
 *   if (!instance.start(files))
 *       return 0;                       // handed to the running window
 *   ... create the window ...
 *   connect(&instance, &SingleInstance::filesReceived, &window, ...);    // open them
 *   connect(&instance, &SingleInstance::activationRequested, &window, ...); // raise the window
 * @endcode
 */
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    /**
     * @p directory holds the socket and the lock; empty means the per-user runtime directory
     * (XDG_RUNTIME_DIR on Linux). Tests pass a scratch directory to stay apart from a running app.
     */
    explicit SingleInstance(const QString &directory = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * Becomes the primary instance, or hands @p files (made absolute against the current directory) to the
     * running one. Returns true when this process should go on and show its window: it is the primary, or
     * the running instance did not answer within @p timeoutMs (then this process runs on its own rather than
     * dropping the user's files). Returns false when the files were delivered: exit quietly.
     */
    bool start(const QStringList &files, int timeoutMs = 3000);

    /** True after start() made this process the primary instance. */
    bool isPrimary() const;

    /** Where the socket lives (a path on Unix, a pipe name on Windows), for diagnostics and tests. */
    QString serverName() const;

Q_SIGNALS:
    /** A later launch asked to open these absolute paths (may be empty). */
    void filesReceived(const QStringList &paths);
    /** A later launch happened: bring the window to the front. Emitted after filesReceived. */
    void activationRequested();

private:
    bool becomePrimary();
    bool sendToPrimary(const QStringList &absolutePaths, int timeoutMs);
    void acceptConnection();
    void readMessage(QLocalSocket *socket);

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Fts
