// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/ModelInfo.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `GET /models` (not paginated). Also the "test connection" round-trip of a profile. */
class ModelListRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit ModelListRequest(ApiClient *client, QObject *parent = nullptr);
    const QList<ModelInfo> &models() const { return m_models; }

protected:
    ApiError handleJson(const QJsonObject &object) override;

private:
    QList<ModelInfo> m_models;
};

} // namespace Fts::Api
