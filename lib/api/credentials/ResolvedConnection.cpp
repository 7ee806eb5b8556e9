// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/ResolvedConnection.h"

#include "api/providers/Provider.h"

namespace Fts::Api {

QString ResolvedConnection::keySourceDescription() const
{
    switch (keySource) {
    case KeySource::Keychain:
        return tr("the system keychain");
    case KeySource::Environment:
        return tr("the environment variable %1").arg(profile.apiKeyEnvironmentVariable());
    case KeySource::None:
        break;
    }
    return tr("no key");
}

ProviderOptions ResolvedConnection::providerOptions() const
{
    ProviderOptions options;
    options.baseUrl = profile.effectiveBaseUrl();
    options.apiKey = apiKey;
    if (profile.provider() == ProviderKind::OpenAi) {
        options.organization = profile.organization();
        options.project = profile.project();
    }
    return options;
}

std::unique_ptr<Provider> ResolvedConnection::createProvider() const
{
    return Provider::create(ConnectionProfile::providerId(profile.provider()), providerOptions());
}

} // namespace Fts::Api
