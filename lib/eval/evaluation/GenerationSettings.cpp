// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/GenerationSettings.h"

namespace Fts::Eval {

QString GenerationSettings::key() const
{
    QString text = QStringLiteral("t=%1").arg(temperature, 0, 'g', 6);
    if (maxCompletionTokens > 0)
        text += QStringLiteral(";max=%1").arg(maxCompletionTokens);
    if (seed)
        text += QStringLiteral(";seed=%1").arg(*seed);
    return text;
}

QJsonObject GenerationSettings::toJson() const
{
    QJsonObject object{{QStringLiteral("temperature"), temperature}};
    if (maxCompletionTokens > 0)
        object.insert(QStringLiteral("max_completion_tokens"), maxCompletionTokens);
    if (seed)
        object.insert(QStringLiteral("seed"), double(*seed));
    return object;
}

GenerationSettings GenerationSettings::fromJson(const QJsonObject &object)
{
    GenerationSettings settings;
    settings.temperature = object.value(QLatin1String("temperature")).toDouble(0.0);
    settings.maxCompletionTokens = object.value(QLatin1String("max_completion_tokens")).toInt(0);
    if (object.contains(QLatin1String("seed")))
        settings.seed = qint64(object.value(QLatin1String("seed")).toDouble());
    return settings;
}

void GenerationSettings::applyTo(QJsonObject &requestBody) const
{
    const QJsonObject fields = toJson();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        requestBody.insert(it.key(), it.value());
}

} // namespace Fts::Eval
