// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/DeleteRequest.h"

#include "api/resources/JsonFields.h"

#include <QUrl>

namespace Fts::Api {

DeleteRequest::DeleteRequest(ApiClient *client, Target target, const QString &id, QObject *parent)
    : ApiRequest(client, parent)
    , m_target(target)
    , m_id(id.trimmed())
{
    setRequiredCapability(target == Target::File ? ProviderCapability::Files : ProviderCapability::ModelDeletion);
    setVerb(QByteArrayLiteral("DELETE"));
    setPath((target == Target::File ? QStringLiteral("files/") : QStringLiteral("models/"))
            + QString::fromLatin1(QUrl::toPercentEncoding(m_id)));
}

ApiError DeleteRequest::validateBeforeSend() const
{
    if (m_id.isEmpty())
        return ApiError::invalidRequest(tr("Nothing to delete: no id was given."));
    if (m_target == Target::Model && !m_id.startsWith(QLatin1String("ft:")))
        return ApiError::invalidRequest(tr("Only your fine-tuned models (\"ft:…\") can be deleted."),
                                        QStringLiteral("model"));
    return {};
}

ApiError DeleteRequest::handleJson(const QJsonObject &object)
{
    m_deletedId = JsonFields::string(object, QLatin1String("id"));
    m_deleted = JsonFields::boolean(object, QLatin1String("deleted"));
    return {};
}

} // namespace Fts::Api

#include "moc_DeleteRequest.cpp"
