// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/ModelRetrieveRequest.h"

#include <QUrl>

namespace Fts::Api {

ModelRetrieveRequest::ModelRetrieveRequest(ApiClient *client, const QString &modelId, QObject *parent)
    : ApiRequest(client, parent)
    , m_modelId(modelId.trimmed())
{
    setRequiredCapability(ProviderCapability::Models);
    // Fine-tuned model ids contain ':' which must stay one path segment.
    setPath(QStringLiteral("models/") + QString::fromLatin1(QUrl::toPercentEncoding(m_modelId)));
}

ApiError ModelRetrieveRequest::validateBeforeSend() const
{
    if (m_modelId.isEmpty())
        return ApiError::invalidRequest(tr("No model id was given."), QStringLiteral("model"));
    return {};
}

ApiError ModelRetrieveRequest::handleJson(const QJsonObject &object)
{
    m_model = ModelInfo::fromJson(object);
    return {};
}

} // namespace Fts::Api

#include "moc_ModelRetrieveRequest.cpp"
