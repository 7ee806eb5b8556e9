// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/RunEvent.h"

namespace Fts::Eval {

RunEvent RunEvent::fromJson(const QJsonObject &event)
{
    RunEvent result;
    result.id = event.value(QLatin1String("id")).toString();
    result.createdAt = QDateTime::fromSecsSinceEpoch(event.value(QLatin1String("created_at")).toInteger(), Qt::UTC);
    result.level = levelFromString(event.value(QLatin1String("level")).toString());
    result.message = event.value(QLatin1String("message")).toString();
    result.isMetrics = event.value(QLatin1String("type")).toString() == QLatin1String("metrics");
    return result;
}

QJsonObject RunEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("created_at"), createdAt.toSecsSinceEpoch()},
            {QStringLiteral("level"), levelToString(level)},
            {QStringLiteral("message"), message},
            {QStringLiteral("type"), isMetrics ? QStringLiteral("metrics") : QStringLiteral("message")}};
}

RunEvent::Level RunEvent::levelFromString(const QString &level)
{
    if (level.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0)
        return Level::Error;
    if (level.startsWith(QLatin1String("warn"), Qt::CaseInsensitive))
        return Level::Warning;
    return Level::Info;
}

QString RunEvent::levelToString(Level level)
{
    switch (level) {
    case Level::Info: return QStringLiteral("info");
    case Level::Warning: return QStringLiteral("warn");
    case Level::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

} // namespace Fts::Eval
