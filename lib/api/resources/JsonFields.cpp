// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JsonFields.h"

#include <QJsonArray>

#include <cmath>

namespace Fts::Api {

QString JsonFields::string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

qint64 JsonFields::integer(const QJsonObject &object, QLatin1String key, qint64 fallback)
{
    return optionalInteger(object, key).value_or(fallback);
}

std::optional<qint64> JsonFields::optionalInteger(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::abs(number) < 9.0e15)
            return qint64(std::llround(number));
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<double> JsonFields::optionalNumber(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

bool JsonFields::boolean(const QJsonObject &object, QLatin1String key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

QJsonObject JsonFields::object(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toObject();
}

QStringList JsonFields::strings(const QJsonObject &object, QLatin1String key)
{
    QStringList result;
    const QJsonArray array = object.value(key).toArray();
    for (const QJsonValue &value : array) {
        if (value.isString())
            result.append(value.toString());
        else if (value.isObject() && value.toObject().value(QLatin1String("id")).isString())
            result.append(value.toObject().value(QLatin1String("id")).toString());
    }
    return result;
}

QMap<QString, QString> JsonFields::stringMap(const QJsonObject &object, QLatin1String key)
{
    QMap<QString, QString> result;
    const QJsonObject map = object.value(key).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString())
            result.insert(it.key(), it.value().toString());
        else if (it.value().isDouble())
            result.insert(it.key(), QString::number(it.value().toDouble(), 'g', 17));
    }
    return result;
}

QStringList JsonFields::unknownKeys(const QJsonObject &object, const QStringList &known)
{
    QStringList result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            result.append(it.key());
    }
    return result;
}

QMap<QString, double> JsonFields::numbers(const QJsonObject &object)
{
    QMap<QString, double> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isDouble() && std::isfinite(it.value().toDouble()))
            result.insert(it.key(), it.value().toDouble());
    }
    return result;
}

} // namespace Fts::Api
