// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/EvalExample.h"

#include "eval/evaluation/MessageText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Fts::Eval {

QString EvalExample::lastUserText() const
{
    for (qsizetype i = prompt.size() - 1; i >= 0; --i) {
        const QJsonObject message = prompt.at(i).toObject();
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user"))
            return MessageText::contentText(message.value(QLatin1String("content")));
    }
    return {};
}

QByteArray EvalExample::promptJson() const
{
    return QJsonDocument(prompt).toJson(QJsonDocument::Compact);
}

} // namespace Fts::Eval
