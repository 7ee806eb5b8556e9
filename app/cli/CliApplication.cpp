// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include "cli/ApiCommandOptions.h"
#include "cli/CliCommand.h"
#include "cli/CliIo.h"
#include "cli/commands/ChatCommand.h"
#include "cli/commands/CheckCommand.h"
#include "cli/commands/EvalCommand.h"
#include "cli/commands/FilesCommand.h"
#include "cli/commands/JobsCommand.h"
#include "cli/commands/ModelsCommand.h"
#include "cli/commands/StatsCommand.h"
#include "core/BuildInfo.h"

#include <QTimer>

namespace Fts::Cli {

CliApplication::CliApplication(CliIo &io, QObject *parent)
    : QObject(parent)
    , m_io(io)
{
    registerCommands();
    for (CliCommand *command : m_commands)
        connect(command, &CliCommand::finished, this, &CliApplication::finished);
}

void CliApplication::registerCommands()
{
    // Each command adds itself here, in the order --help lists them.
    m_commands.push_back(new CheckCommand(this));
    m_commands.push_back(new StatsCommand(this));
    m_commands.push_back(new FilesCommand(this));
    m_commands.push_back(new JobsCommand(this));
    m_commands.push_back(new ModelsCommand(this));
    m_commands.push_back(new ChatCommand(this));
    m_commands.push_back(new EvalCommand(this));
}

CliCommand *CliApplication::findCommand(const QString &name) const
{
    for (CliCommand *command : m_commands) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

void CliApplication::printHelp()
{
    m_io.out() << tr("Usage: ftstudio [--help] [--version] COMMAND [ARGUMENTS]") << '\n'
               << tr("The command-line twin of Finetune Studio: check, measure, upload, train and evaluate.") << "\n\n"
               << tr("Commands:") << '\n';
    for (const CliCommand *command : m_commands)
        m_io.out() << QStringLiteral("  %1  %2").arg(command->name(), -10).arg(command->summary()) << '\n';
    m_io.out() << '\n' << tr("Run 'ftstudio COMMAND --help' for the options of a command.") << '\n';
}

void CliApplication::start(const QStringList &givenArguments)
{
    // `ftstudio --profile work jobs list` means `ftstudio jobs list --profile work`.
    const QStringList arguments = ApiCommandOptions::commandFirst(givenArguments);
    auto finishLater = [this](int code) {
        m_io.flush();
        QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
    };
    if (arguments.isEmpty()) {
        printHelp();
        finishLater(ExitUsage);
        return;
    }
    const QString &first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp();
        finishLater(ExitSuccess);
        return;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        m_io.out() << QStringLiteral("ftstudio ") << Core::BuildInfo::version() << '\n';
        finishLater(ExitSuccess);
        return;
    }
    CliCommand *command = findCommand(first);
    if (!command) {
        m_io.err() << tr("ftstudio: unknown command '%1'. Run 'ftstudio --help' for the list.").arg(first) << '\n';
        finishLater(ExitUsage);
        return;
    }
    command->start(arguments.mid(1), m_io);
}

} // namespace Fts::Cli
