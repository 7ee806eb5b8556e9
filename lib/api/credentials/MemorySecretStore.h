// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/SecretStore.h"

#include <QHash>

namespace Fts::Api {

/**
 * Secrets held in this process only, gone when it quits. The choice offered when no keychain exists and
 * the user would rather type the key than set an environment variable; also the store GUI tests use.
 */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void deleteSecret(const QString &key, QObject *context, Callback done) override;
    QString description() const override;
    bool isPersistent() const override { return false; }

    /** The keys currently held (never the values). */
    QStringList keys() const { return m_secrets.keys(); }

private:
    void answer(QObject *context, Callback done, const SecretResult &result);

    QHash<QString, QString> m_secrets;
};

} // namespace Fts::Api
