// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/ModelListRequest.h"

#include <QJsonArray>

namespace Fts::Api {

ModelListRequest::ModelListRequest(ApiClient *client, QObject *parent)
    : ApiRequest(client, parent)
{
    setRequiredCapability(ProviderCapability::Models);
    setPath(QStringLiteral("models"));
}

ApiError ModelListRequest::handleJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("data")).isArray())
        return ApiError::invalidResponse(tr("the model list has no \"data\" array"), requestId());
    m_models.clear();
    for (const QJsonValue &value : object.value(QLatin1String("data")).toArray()) {
        if (value.isObject())
            m_models.append(ModelInfo::fromJson(value.toObject()));
    }
    return {};
}

} // namespace Fts::Api

#include "moc_ModelListRequest.cpp"
