// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/CredentialResolver.h"

#include "api/credentials/SecretStore.h"

#include <QTimer>

namespace Fts::Api {

CredentialResolver::CredentialResolver(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

void CredentialResolver::resolve(const ConnectionProfile &profile, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    if (!m_secrets || profile.name().isEmpty()) {
        ResolvedConnection connection = resolveFromEnvironment(profile);
        QTimer::singleShot(0, receiver, [done = std::move(done), connection] { done(connection); });
        return;
    }
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        ResolvedConnection connection;
        connection.profile = profile;
        connection.errorMessage = invalid;
        QTimer::singleShot(0, receiver, [done = std::move(done), connection] { done(connection); });
        return;
    }
    QPointer<CredentialResolver> self(this);
    m_secrets->readSecret(profile.secretKey(), receiver, [self, profile, done = std::move(done)](const SecretResult &result) {
        if (result.ok() && !result.secret.isEmpty()) {
            ResolvedConnection connection;
            connection.profile = profile;
            connection.apiKey = result.secret;
            connection.keySource = ResolvedConnection::KeySource::Keychain;
            done(connection);
            return;
        }
        const QString problem = result.status == SecretResult::Status::NotFound ? QString() : result.errorMessage;
        if (!self) {
            ResolvedConnection connection;
            connection.profile = profile;
            connection.errorMessage = problem;
            done(connection);
            return;
        }
        done(self->resolveFromEnvironment(profile, problem));
    });
}

ResolvedConnection CredentialResolver::resolveFromEnvironment(const ConnectionProfile &profile,
                                                              const QString &keychainProblem) const
{
    ResolvedConnection connection;
    connection.profile = profile;
    connection.keychainProblem = keychainProblem;
    // An ad-hoc profile (command line) has no name; everything else about it must still be valid.
    ConnectionProfile check = profile;
    if (check.name().isEmpty())
        check.setName(QStringLiteral("ad hoc"));
    if (const QString invalid = check.validationError(); !invalid.isEmpty()) {
        connection.errorMessage = invalid;
        return connection;
    }
    const QString variable = profile.apiKeyEnvironmentVariable();
    const QString key = m_environment.value(variable).trimmed();
    if (!key.isEmpty()) {
        connection.apiKey = key;
        connection.keySource = ResolvedConnection::KeySource::Environment;
        return connection;
    }
    if (ConnectionProfile::apiKeyIsOptional(profile.provider()))
        return connection;
    if (profile.name().isEmpty()) {
        connection.errorMessage = tr("No API key: set the environment variable %1, or use a saved profile "
                                     "with --profile NAME.").arg(variable);
    } else if (!keychainProblem.isEmpty()) {
        connection.errorMessage = tr("No API key for profile \"%1\": %2 The environment variable %3 is not set "
                                     "either.").arg(profile.name(), keychainProblem, variable);
    } else {
        connection.errorMessage = tr("No API key for profile \"%1\": none is stored in the system keychain and "
                                     "the environment variable %2 is not set.").arg(profile.name(), variable);
    }
    return connection;
}

} // namespace Fts::Api

#include "moc_CredentialResolver.cpp"
