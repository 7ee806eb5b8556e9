// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/SecretResult.h"

#include <QObject>

#include <functional>

namespace Fts::Api {

/**
 * Where API keys are kept. Every operation is asynchronous (a keychain may show an unlock prompt) and
 * reports through @p done exactly once, always from the event loop and never from inside the call, and only
 * while @p context is alive, so a closed dialog is never called back.
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    using Callback = std::function<void(const SecretResult &result)>;

    explicit SecretStore(QObject *parent = nullptr);

    virtual void readSecret(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    /** Deleting a key that does not exist succeeds: the wanted state is reached. */
    virtual void deleteSecret(const QString &key, QObject *context, Callback done) = 0;
    /** Where the secrets go, for the user: "the system keychain", "this session only"… */
    virtual QString description() const = 0;
    /** False when secrets vanish with the process (so the UI can say so). */
    virtual bool isPersistent() const = 0;
};

} // namespace Fts::Api
