// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/ChatCompletionParams.h"
#include "cli/ApiCommand.h"

namespace Fts::Cli {

/**
 * `ftstudio chat --model M [--system S] PROMPT`: one question to a model, the answer streamed to stdout as it
 * is written. With `--format json` the complete `chat.completion` object is printed instead.
 */
class ChatCommand : public ApiCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCommand)
public:
    explicit ChatCommand(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("chat"); }
    QString summary() const override;

protected:
    QString usage() const override;
    bool parseArguments(const QStringList &arguments, QString *error) override;
    void run() override;

private:
    Api::ChatCompletionParams m_params;
    bool m_showUsage = false;
};

} // namespace Fts::Cli
