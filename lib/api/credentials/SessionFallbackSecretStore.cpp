// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/SessionFallbackSecretStore.h"

#include <QTimer>

namespace Fts::Api {

SessionFallbackSecretStore::SessionFallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
{
}

void SessionFallbackSecretStore::keepForSession(const QString &key, const QString &secret)
{
    m_session.insert(key, secret);
}

void SessionFallbackSecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    const auto session = m_session.constFind(key);
    if (session != m_session.constEnd()) {
        // The user typed this key in this session on purpose; it wins over an older keychain entry.
        QTimer::singleShot(0, receiver, [done = std::move(done), secret = *session] {
            done(SecretResult{SecretResult::Status::Ok, secret, {}});
        });
        return;
    }
    if (!m_primary) {
        QTimer::singleShot(0, receiver, [done = std::move(done)] { done(SecretResult{SecretResult::Status::NotFound, {}, {}}); });
        return;
    }
    m_primary->readSecret(key, receiver, std::move(done));
}

void SessionFallbackSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context, Callback done)
{
    QObject *receiver = context ? context : this;
    if (!m_primary) {
        QTimer::singleShot(0, receiver, [done = std::move(done)] {
            done(SecretResult{SecretResult::Status::Unavailable, {}, tr("No system keychain is configured.")});
        });
        return;
    }
    QPointer<SessionFallbackSecretStore> self(this);
    m_primary->writeSecret(key, secret, receiver, [self, key, done = std::move(done)](const SecretResult &result) {
        if (result.ok() && self)
            self->m_session.remove(key); // the keychain holds the newer key now
        done(result);
    });
}

void SessionFallbackSecretStore::deleteSecret(const QString &key, QObject *context, Callback done)
{
    m_session.remove(key);
    QObject *receiver = context ? context : this;
    if (!m_primary) {
        QTimer::singleShot(0, receiver, [done = std::move(done)] { done(SecretResult{SecretResult::Status::Ok, {}, {}}); });
        return;
    }
    m_primary->deleteSecret(key, receiver, [done = std::move(done)](const SecretResult &result) {
        // With no keychain there is nothing left to delete: the session copy is gone, which is what was asked.
        done(result.status == SecretResult::Status::Unavailable ? SecretResult{SecretResult::Status::Ok, {}, {}} : result);
    });
}

QString SessionFallbackSecretStore::description() const
{
    return m_primary ? m_primary->description() : tr("this session only (forgotten when the program quits)");
}

bool SessionFallbackSecretStore::isPersistent() const
{
    return m_primary && m_primary->isPersistent();
}

} // namespace Fts::Api

#include "moc_SessionFallbackSecretStore.cpp"
