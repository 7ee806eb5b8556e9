// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/ChatCommand.h"

#include "api/resources/ChatCompletionRequest.h"
#include "cli/CliIo.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

namespace Fts::Cli {

ChatCommand::ChatCommand(QObject *parent)
    : ApiCommand(parent)
{
}

QString ChatCommand::summary() const
{
    return tr("Ask a model one question; the answer streams to stdout");
}

QString ChatCommand::usage() const
{
    return tr("Usage: ftstudio chat --model M [--system S] [--temperature T] [--max-tokens N] [--usage] PROMPT\n"
              "Sends PROMPT (all remaining words; '-' reads it from standard input) to the model and prints the\n"
              "answer as it streams in. --usage adds token counts and latency on stderr.\n");
}

bool ChatCommand::parseArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption model(QStringLiteral("model"), QString(), QStringLiteral("M"));
    const QCommandLineOption system(QStringLiteral("system"), QString(), QStringLiteral("S"));
    const QCommandLineOption temperature(QStringLiteral("temperature"), QString(), QStringLiteral("T"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), QString(), QStringLiteral("N"));
    const QCommandLineOption usage(QStringLiteral("usage"));
    parser.addOptions({model, system, temperature, maxTokens, usage});
    if (!parser.parse(QStringList{name()} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    m_params = Api::ChatCompletionParams();
    m_params.model = parser.value(model).trimmed();
    if (m_params.model.isEmpty()) {
        *error = tr("\"chat\" needs --model.");
        return false;
    }
    QString prompt = parser.positionalArguments().join(QLatin1Char(' '));
    if (prompt == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("Could not read the prompt from standard input.");
            return false;
        }
        prompt = QString::fromUtf8(input.readAll());
    }
    if (prompt.trimmed().isEmpty()) {
        *error = tr("\"chat\" needs a PROMPT.");
        return false;
    }
    if (parser.isSet(temperature)) {
        bool ok = false;
        const double value = parser.value(temperature).toDouble(&ok);
        if (!ok || value < 0 || value > 2) {
            *error = tr("--temperature must be a number from 0 to 2.");
            return false;
        }
        m_params.temperature = value;
    }
    if (parser.isSet(maxTokens)) {
        bool ok = false;
        const qint64 value = parser.value(maxTokens).toLongLong(&ok);
        if (!ok || value < 1) {
            *error = tr("--max-tokens must be a whole number of at least 1.");
            return false;
        }
        m_params.maxCompletionTokens = value;
    }
    m_showUsage = parser.isSet(usage);
    if (parser.isSet(system))
        m_params.messages.append(Api::ChatCompletionParams::message(QStringLiteral("system"), parser.value(system)));
    m_params.messages.append(Api::ChatCompletionParams::message(QStringLiteral("user"), prompt));
    return true;
}

void ChatCommand::run()
{
    // JSON output wants the API's own chat.completion object, which only a plain request returns whole.
    const bool stream = !jsonOutput();
    auto *request = new Api::ChatCompletionRequest(client(), m_params, stream, this);
    auto endsWithNewline = std::make_shared<bool>(true);
    if (stream) {
        connect(request, &Api::ChatCompletionRequest::contentDelta, this, [this, endsWithNewline](const QString &text) {
            if (text.isEmpty())
                return;
            io().out() << text;
            io().out().flush();
            *endsWithNewline = text.endsWith(QLatin1Char('\n'));
        });
    }
    startRequest(request, [this, request, stream, endsWithNewline] {
        const Api::ChatCompletion &completion = request->completion();
        if (!stream) {
            printJson(request->json());
        } else {
            if (completion.content.isEmpty() && !completion.refusal.isEmpty()) {
                io().out() << completion.refusal;
                *endsWithNewline = completion.refusal.endsWith(QLatin1Char('\n'));
            }
            if (!*endsWithNewline)
                io().out() << '\n';
            if (completion.finishReason == QLatin1String("length"))
                io().err() << tr("(the answer was cut off at the token limit)") << '\n';
        }
        if (m_showUsage) {
            io().err() << tr("%1: %2 prompt + %3 completion tokens, %4 ms")
                              .arg(completion.model.isEmpty() ? m_params.model : completion.model)
                              .arg(completion.usage.promptTokens)
                              .arg(completion.usage.completionTokens)
                              .arg(completion.latencyMs)
                       << '\n';
        }
        io().flush();
        finish(ExitSuccess);
    });
}

} // namespace Fts::Cli
