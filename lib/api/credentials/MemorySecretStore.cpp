// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace Fts::Api {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(key);
    result.status = it == m_secrets.constEnd() ? SecretResult::Status::NotFound : SecretResult::Status::Ok;
    if (it != m_secrets.constEnd())
        result.secret = *it;
    answer(context, std::move(done), result);
}

void MemorySecretStore::writeSecret(const QString &key, const QString &secret, QObject *context, Callback done)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(done), SecretResult{SecretResult::Status::Ok, {}, {}});
}

void MemorySecretStore::deleteSecret(const QString &key, QObject *context, Callback done)
{
    m_secrets.remove(key);
    answer(context, std::move(done), SecretResult{SecretResult::Status::Ok, {}, {}});
}

QString MemorySecretStore::description() const
{
    return tr("this session only (forgotten when the program quits)");
}

void MemorySecretStore::answer(QObject *context, Callback done, const SecretResult &result)
{
    // Same timing as a real keychain: the answer comes from the event loop, not from inside the call.
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), result] { done(result); });
}

} // namespace Fts::Api

#include "moc_MemorySecretStore.cpp"
