// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/eval/ProfileClientResolver.h"

#include "api/credentials/CredentialResolver.h"
#include "api/credentials/ProfileStore.h"
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"

#include <QTimer>

namespace Fts {

ProfileClientResolver::ProfileClientResolver(Api::ProfileStore *profiles, Api::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    if (profiles)
        connect(profiles, &Api::ProfileStore::profilesChanged, this, &ProfileClientResolver::profilesChanged);
}

QStringList ProfileClientResolver::profileNames() const
{
    QStringList names = m_addedNames;
    if (m_profiles) {
        QStringList saved = m_profiles->profileNames();
        const QString preferred = m_profiles->defaultProfileName();
        if (saved.removeOne(preferred))
            saved.prepend(preferred);
        for (const QString &name : std::as_const(saved)) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

void ProfileClientResolver::addClient(const QString &name, Api::ApiClient *client)
{
    if (!m_addedNames.contains(name))
        m_addedNames << name;
    m_clients.insert(name, client);
    Q_EMIT profilesChanged();
}

void ProfileClientResolver::resolve(const QString &name, QObject *context, Done done)
{
    if (Api::ApiClient *client = m_clients.value(name)) {
        QTimer::singleShot(0, context, [done, client] { done(client, {}); });
        return;
    }
    const std::optional<Api::ConnectionProfile> profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    if (!profile) {
        const QString error = name.isEmpty() ? tr("Choose a connection profile first (Settings \u2192 Connections).")
                                             : tr("There is no connection profile named \"%1\".").arg(name);
        QTimer::singleShot(0, context, [done, error] { done(nullptr, error); });
        return;
    }
    auto *resolver = new Api::CredentialResolver(m_secrets, this);
    QPointer<QObject> guard(context);
    resolver->resolve(*profile, this, [this, resolver, name, guard, done](const Api::ResolvedConnection &connection) {
        resolver->deleteLater();
        if (!guard)
            return;
        std::unique_ptr<Api::Provider> provider = connection.isUsable() ? connection.createProvider() : nullptr;
        if (!provider) {
            done(nullptr, connection.isUsable() ? tr("This provider is not supported.") : connection.errorMessage);
            return;
        }
        if (const Api::ApiError invalid = provider->validate(); invalid.isError()) {
            done(nullptr, invalid.userMessage());
            return;
        }
        auto *client = new Api::ApiClient(std::move(provider), this);
        m_clients.insert(name, client);
        done(client, {});
    });
}

} // namespace Fts
