// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/ModelsCommand.h"

#include "api/resources/ModelInfo.h"
#include "api/resources/ModelListRequest.h"
#include "cli/CliIo.h"
#include "cli/TextTable.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Fts::Cli {

ModelsCommand::ModelsCommand(QObject *parent)
    : ApiCommand(parent)
{
}

QString ModelsCommand::summary() const
{
    return tr("List the models of the account, with shutdown dates");
}

QString ModelsCommand::usage() const
{
    return tr("Usage: ftstudio models [--fine-tuned]\n"
              "Lists the models the key can use, newest first, with the date each one shuts down.\n"
              "  --fine-tuned    only your fine-tuned models (ft:…)\n");
}

bool ModelsCommand::parseArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption fineTuned(QStringLiteral("fine-tuned"));
    parser.addOption(fineTuned);
    if (!parser.parse(QStringList{name()} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst());
        return false;
    }
    m_fineTunedOnly = parser.isSet(fineTuned);
    return true;
}

void ModelsCommand::run()
{
    auto *request = new Api::ModelListRequest(client(), this);
    startRequest(request, [this, request] {
        QList<Api::ModelInfo> models;
        for (const Api::ModelInfo &model : request->models()) {
            if (!m_fineTunedOnly || model.isFineTuned())
                models.append(model);
        }
        if (jsonOutput()) {
            QJsonObject list = request->json();
            if (m_fineTunedOnly) {
                QJsonArray data;
                for (const Api::ModelInfo &model : std::as_const(models))
                    data.append(model.raw);
                list.insert(QStringLiteral("data"), data);
            }
            printJson(list);
            finish(ExitSuccess);
            return;
        }
        if (models.isEmpty()) {
            io().out() << (m_fineTunedOnly ? tr("No fine-tuned models.") : tr("No models.")) << '\n';
            finish(ExitSuccess);
            return;
        }
        std::stable_sort(models.begin(), models.end(),
                         [](const Api::ModelInfo &a, const Api::ModelInfo &b) { return a.created > b.created; });
        const QDate today = QDate::currentDate();
        TextTable table({tr("ID"), tr("CREATED"), tr("OWNED BY"), tr("SHUTS DOWN")});
        for (const Api::ModelInfo &model : std::as_const(models)) {
            QString shutdown = QStringLiteral("-");
            if (model.shutdownDate.isValid()) {
                shutdown = model.shutdownDate.toString(Qt::ISODate);
                if (model.isShutDown(today))
                    shutdown += QLatin1Char(' ') + tr("(shut down)");
            }
            table.addRow({model.id, TextTable::timestamp(model.created), model.ownedBy, shutdown});
        }
        table.print(io().out());
        finish(ExitSuccess);
    });
}

} // namespace Fts::Cli
