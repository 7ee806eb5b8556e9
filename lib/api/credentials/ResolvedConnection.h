// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/ConnectionProfile.h"
#include "api/providers/ProviderOptions.h"

#include <QString>

#include <memory>

namespace Fts::Api {

class Provider;

/** A profile together with the key found for it: everything needed to build a Provider. */
struct ResolvedConnection
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::ResolvedConnection)
public:
    enum class KeySource {
        None,        ///< no key found (fine for keyless OpenAI-compatible servers)
        Keychain,    ///< the profile's entry in the SecretStore
        Environment, ///< OPENAI_API_KEY or AZURE_OPENAI_API_KEY
    };

    ConnectionProfile profile;
    QString apiKey;
    KeySource keySource = KeySource::None;
    /** Why the connection cannot be used (no key anywhere, invalid profile); empty when it can. */
    QString errorMessage;
    /** A keychain problem met on the way (e.g. no backend), even when the environment then had the key. */
    QString keychainProblem;

    bool isUsable() const { return errorMessage.isEmpty(); }
    /** "the system keychain", "the environment variable OPENAI_API_KEY", "no key", for status lines. */
    QString keySourceDescription() const;

    ProviderOptions providerOptions() const;
    /** A provider for this connection; nullptr only when the profile's provider is unknown to lib/api. */
    std::unique_ptr<Provider> createProvider() const;
};

} // namespace Fts::Api
