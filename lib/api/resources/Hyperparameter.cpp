// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/Hyperparameter.h"

#include <cmath>

namespace Fts::Api {

Hyperparameter Hyperparameter::fromString(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        if (ok)
            *ok = true;
        return automatic();
    }
    bool parsed = false;
    const double number = trimmed.toDouble(&parsed);
    parsed = parsed && std::isfinite(number);
    if (ok)
        *ok = parsed;
    return parsed ? Hyperparameter::number(number) : automatic();
}

QJsonValue Hyperparameter::toJson(bool integer) const
{
    if (isAuto)
        return QStringLiteral("auto");
    return integer ? QJsonValue(qint64(std::llround(value))) : QJsonValue(value);
}

QString Hyperparameter::toString() const
{
    return isAuto ? QStringLiteral("auto") : QString::number(value, 'g', 10);
}

bool Hyperparameter::isInteger() const
{
    return !isAuto && std::floor(value) == value;
}

} // namespace Fts::Api
