// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/ModelInfo.h"

#include "api/resources/JsonFields.h"

namespace Fts::Api {

ModelInfo ModelInfo::fromJson(const QJsonObject &object)
{
    ModelInfo model;
    model.raw = object;
    model.id = JsonFields::string(object, QLatin1String("id"));
    model.created = JsonFields::integer(object, QLatin1String("created"));
    model.ownedBy = JsonFields::string(object, QLatin1String("owned_by"));
    model.shutdownDate = QDate::fromString(JsonFields::string(object, QLatin1String("shutdown_date")).left(10),
                                           Qt::ISODate);
    return model;
}

bool ModelInfo::isShutDown(const QDate &today) const
{
    return shutdownDate.isValid() && shutdownDate <= today;
}

} // namespace Fts::Api
