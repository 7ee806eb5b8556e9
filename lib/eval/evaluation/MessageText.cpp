// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/MessageText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Fts::Eval {

QString MessageText::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return {};
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject object = part.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text"))
            parts << object.value(QLatin1String("text")).toString();
        else if (type == QLatin1String("image_url"))
            parts << QStringLiteral("[image]");
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace Fts::Eval
