// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/ModelEndpoint.h"

#include "api/transport/ApiClient.h"

namespace Fts::Eval {

ModelEndpoint ModelEndpoint::stored(const QString &key, const QString &label)
{
    ModelEndpoint endpoint;
    endpoint.model = key.section(QLatin1Char('|'), -1);
    endpoint.storedKey = key;
    endpoint.storedLabel = label;
    return endpoint;
}

QString ModelEndpoint::label() const
{
    if (!storedLabel.isEmpty())
        return storedLabel;
    return profileName.isEmpty() ? model : QStringLiteral("%1 (%2)").arg(model, profileName);
}

QString ModelEndpoint::storageKey() const
{
    if (!storedKey.isEmpty())
        return storedKey;
    if (!client)
        return QStringLiteral("||") + model;
    const Api::Provider &provider = client->provider();
    return provider.id() + QLatin1Char('|')
           + provider.baseUrl().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::StripTrailingSlash)
           + QLatin1Char('|') + model;
}

} // namespace Fts::Eval
