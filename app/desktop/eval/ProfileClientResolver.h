// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/ProfileStore.h"
#include "api/credentials/SecretStore.h"
#include "api/transport/ApiClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Fts {

/**
 * Turns a connection profile name into a ready ApiClient for the evaluation and the playground: the key comes
 * from the keychain (or the environment) through the credentials layer, once per profile, and the client is
 * kept for the next run. Clients made elsewhere (the main window's, or a test's) can be added by name.
 */
class ProfileClientResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileClientResolver)
public:
    using Done = std::function<void(Api::ApiClient *client, const QString &error)>;

    /** Neither store is owned; both may be nullptr (then only added clients are offered). */
    ProfileClientResolver(Api::ProfileStore *profiles, Api::SecretStore *secrets, QObject *parent = nullptr);

    /** Added clients first, then the saved profiles, the default profile first among those. */
    QStringList profileNames() const;
    /** Offers @p client under @p name (not owned). */
    void addClient(const QString &name, Api::ApiClient *client);
    /** Calls @p done once, from the event loop, while @p context lives. */
    void resolve(const QString &name, QObject *context, Done done);

Q_SIGNALS:
    void profilesChanged();

private:
    QPointer<Api::ProfileStore> m_profiles;
    QPointer<Api::SecretStore> m_secrets;
    QStringList m_addedNames;
    QHash<QString, QPointer<Api::ApiClient>> m_clients;
};

} // namespace Fts
