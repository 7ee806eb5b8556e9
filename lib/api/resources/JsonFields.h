// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fts::Api {

/**
 * Lenient readers for provider JSON: a missing key, null or a value of the wrong type gives the default
 * instead of an error, because real responses differ from the spec (see openai-api.md §10).
 */
class JsonFields
{
public:
    static QString string(const QJsonObject &object, QLatin1String key);
    static qint64 integer(const QJsonObject &object, QLatin1String key, qint64 fallback = 0);
    static std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1String key);
    static std::optional<double> optionalNumber(const QJsonObject &object, QLatin1String key);
    static bool boolean(const QJsonObject &object, QLatin1String key, bool fallback = false);
    static QJsonObject object(const QJsonObject &object, QLatin1String key);
    static QStringList strings(const QJsonObject &object, QLatin1String key);
    static QMap<QString, QString> stringMap(const QJsonObject &object, QLatin1String key);
    /** Keys present in `object` but not in `known`: shown to users as "extra fields". */
    static QStringList unknownKeys(const QJsonObject &object, const QStringList &known);
    /** Numbers keyed by name (metrics); non-numeric values are skipped. */
    static QMap<QString, double> numbers(const QJsonObject &object);
};

} // namespace Fts::Api
