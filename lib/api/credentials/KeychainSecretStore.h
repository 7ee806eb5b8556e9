// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/SecretStore.h"

namespace Fts::Api {

/**
 * Secrets in the OS keychain through QtKeychain (Secret Service/libsecret on Linux, Keychain on macOS,
 * Credential Manager on Windows). QtKeychain's "insecure fallback" is never enabled: on Linux it would write
 * the key in plain text to ~/.config. When no backend answers, operations report SecretResult::Unavailable
 * with a message that points to the environment variable instead.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    /** @p service groups our entries in the keychain; empty means the application id. */
    explicit KeychainSecretStore(const QString &service = {}, QObject *parent = nullptr);

    QString service() const { return m_service; }
    /**
     * Gives up on a keychain that has not answered after @p milliseconds (0, the default, waits for ever:
     * the desktop may be showing an unlock prompt). The command line sets one so scripts never hang.
     */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void deleteSecret(const QString &key, QObject *context, Callback done) override;
    QString description() const override;
    bool isPersistent() const override { return true; }

private:
    enum class Operation { Read, Write, Delete };
    void run(Operation operation, const QString &key, const QString &secret, QObject *context, Callback done);

    QString m_service;
    int m_timeoutMs = 0;
};

} // namespace Fts::Api
