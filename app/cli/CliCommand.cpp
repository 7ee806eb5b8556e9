// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommand.h"

namespace Fts::Cli {

CliCommand::CliCommand(QObject *parent)
    : QObject(parent)
{
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

} // namespace Fts::Cli
