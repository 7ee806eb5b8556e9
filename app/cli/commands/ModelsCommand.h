// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/ApiCommand.h"

namespace Fts::Cli {

/** `ftstudio models [--fine-tuned]`: the models the key can use, with their shutdown dates. */
class ModelsCommand : public ApiCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsCommand)
public:
    explicit ModelsCommand(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("models"); }
    QString summary() const override;

protected:
    QString usage() const override;
    bool parseArguments(const QStringList &arguments, QString *error) override;
    void run() override;

private:
    bool m_fineTunedOnly = false;
};

} // namespace Fts::Cli
