// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace Fts::Core {
struct ValidationReport;
}

namespace Fts::Cli {

/**
 * `ftstudio check FILE [--rules cookbook|openai] [--format text|json]`: validates a JSONL dataset offline.
 * Exit status 0 without errors (warnings allowed), 1 with errors, 2 when the file cannot be read or the
 * arguments are wrong. Text output reads like compiler diagnostics (`file:line: error: message [kind]`)
 * followed by a summary; JSON output is one object with the counts and the issues in line order.
 */
class CheckCommand : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)
public:
    explicit CheckCommand(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void start(const QStringList &arguments, CliIo &io) override;

private:
    QString usage() const;
    void printText(CliIo &io, const QString &file, const Core::ValidationReport &report) const;
    void printJson(CliIo &io, const QString &file, const Core::ValidationReport &report) const;
};

} // namespace Fts::Cli
