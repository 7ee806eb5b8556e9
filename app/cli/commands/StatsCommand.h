// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace Fts::Cli {

/**
 * `ftstudio stats FILE [--model MODEL] [--encoding o200k_base|cl100k_base] [--epochs N] [--format text|json]
 * [--per-example OUT]`: exact token counts, distributions, truncation warnings, epochs and cost of a training
 * file, offline. Exit status 0 when every example can be counted and fits the model's limit, 1 when some
 * line cannot be counted or some example would be truncated, 2 when the file cannot be read or the
 * arguments are wrong.
 */
class StatsCommand : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatsCommand)
public:
    explicit StatsCommand(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    void start(const QStringList &arguments, CliIo &io) override;

private:
    QString usage() const;
};

} // namespace Fts::Cli
