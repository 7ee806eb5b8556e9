// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Fts::Cli {

class CliIo;

/** Exit statuses shared by every command. */
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, ///< the command ran and found errors, or the API said no
    ExitUsage = 2,   ///< wrong arguments or unreadable input
};

/**
 * One `ftstudio` command. Commands run inside the event loop and report through finished() exactly once,
 * so network commands need no nested event loop. A synchronous command simply calls finish() from start().
 */
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)
public:
    explicit CliCommand(QObject *parent = nullptr);

    /** The word that selects the command, e.g. "check". */
    virtual QString name() const = 0;
    /** One line for `ftstudio --help`. */
    virtual QString summary() const = 0;
    /** Starts the command; @p arguments excludes the program and command names. */
    virtual void start(const QStringList &arguments, CliIo &io) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void finish(int exitCode);

private:
    bool m_finished = false;
};

} // namespace Fts::Cli
