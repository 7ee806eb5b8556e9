// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <vector>

namespace Fts::Cli {

class CliCommand;
class CliIo;

/** Dispatches `ftstudio [--help|--version] COMMAND ARGS…` to the registered commands. */
class CliApplication : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApplication)
public:
    explicit CliApplication(CliIo &io, QObject *parent = nullptr);

    /** Starts the command named in @p arguments (argv without the program name); emits finished() once. */
    void start(const QStringList &arguments);
    const std::vector<CliCommand *> &commands() const { return m_commands; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void registerCommands();
    void printHelp();
    CliCommand *findCommand(const QString &name) const;

    CliIo &m_io;
    std::vector<CliCommand *> m_commands;
};

} // namespace Fts::Cli
