// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/SecretStore.h"

#include <QHash>
#include <QPointer>

namespace Fts::Api {

/**
 * The application's secret store: the system keychain first, and keys the user chose to keep "for this
 * session only" (offered when no keychain exists) in memory behind it. The app and its dialogs share one of
 * these, so a session key typed in the settings is what the jobs dashboard and the evaluation use too.
 */
class SessionFallbackSecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFallbackSecretStore)
public:
    /** @p primary is usually a KeychainSecretStore; not owned unless it is a child of this store. */
    explicit SessionFallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);

    /** Keeps @p secret in memory until the program quits; never written anywhere. */
    void keepForSession(const QString &key, const QString &secret);
    bool hasSessionSecret(const QString &key) const { return m_session.contains(key); }

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void deleteSecret(const QString &key, QObject *context, Callback done) override;
    QString description() const override;
    bool isPersistent() const override;

private:
    QPointer<SecretStore> m_primary;
    QHash<QString, QString> m_session;
};

} // namespace Fts::Api
