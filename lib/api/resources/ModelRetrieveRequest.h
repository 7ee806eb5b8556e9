// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/ModelInfo.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `GET /models/{model}`. */
class ModelRetrieveRequest : public ApiRequest
{
    Q_OBJECT

public:
    ModelRetrieveRequest(ApiClient *client, const QString &modelId, QObject *parent = nullptr);
    const ModelInfo &model() const { return m_model; }

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QString m_modelId;
    ModelInfo m_model;
};

} // namespace Fts::Api
