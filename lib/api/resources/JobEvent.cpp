// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobEvent.h"

#include "api/resources/JsonFields.h"

namespace Fts::Api {

JobEvent JobEvent::fromJson(const QJsonObject &object)
{
    JobEvent event;
    event.raw = object;
    event.id = JsonFields::string(object, QLatin1String("id"));
    event.createdAt = JsonFields::integer(object, QLatin1String("created_at"));
    event.level = JsonFields::string(object, QLatin1String("level"));
    event.message = JsonFields::string(object, QLatin1String("message"));
    event.type = JsonFields::string(object, QLatin1String("type"));
    event.data = JsonFields::object(object, QLatin1String("data"));
    return event;
}

bool JobEvent::isMetrics() const
{
    return type == QLatin1String("metrics") || (type.isEmpty() && data.contains(QLatin1String("step")));
}

QMap<QString, double> JobEvent::metrics() const
{
    return JsonFields::numbers(data);
}

std::optional<double> JobEvent::metric(const QString &key) const
{
    // Keys may be any Unicode (lenient parsing keeps unknown metrics): look up the key itself, not a Latin-1 copy.
    const QJsonValue value = data.value(key);
    if (value.isDouble())
        return value.toDouble();
    return JsonFields::optionalNumber(QJsonObject{{QStringLiteral("v"), value}}, QLatin1String("v"));
}

std::optional<qint64> JobEvent::step() const
{
    return JsonFields::optionalInteger(data, QLatin1String("step"));
}

} // namespace Fts::Api
