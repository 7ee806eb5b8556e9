// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/ResolvedConnection.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>

namespace Fts::Api {

class SecretStore;

/**
 * Finds the API key for a profile: the profile's keychain entry first, then the provider's environment
 * variable (OPENAI_API_KEY, AZURE_OPENAI_API_KEY). A profile without a name (built from `--provider` and
 * `--base-url` on the command line) never touches the keychain.
 *
 * Usage: `resolver.resolve(profile, this, [](const ResolvedConnection &c) { auto p = c.createProvider(); … });`
 */
class CredentialResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolver)
public:
    using Callback = std::function<void(const ResolvedConnection &connection)>;

    /** @p secrets may be nullptr: then only the environment is consulted. It must outlive the resolver. */
    explicit CredentialResolver(SecretStore *secrets, QObject *parent = nullptr);

    /** The environment to read keys from; the process environment unless set (tests set their own). */
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    QProcessEnvironment environment() const { return m_environment; }

    /** Reports once, from the event loop, while @p context lives. */
    void resolve(const ConnectionProfile &profile, QObject *context, Callback done);
    /** The environment-only answer, synchronous: for profiles without a keychain entry. */
    ResolvedConnection resolveFromEnvironment(const ConnectionProfile &profile, const QString &keychainProblem = {}) const;

private:
    QPointer<SecretStore> m_secrets;
    QProcessEnvironment m_environment;
};

} // namespace Fts::Api
