// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Fts::Api {

namespace {

SecretResult resultOf(const QKeychain::Job &job, bool deleting)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        // Deleting what is not there reaches the wanted state.
        result.status = deleting ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux every "no usable keychain" situation (no libsecret, no session bus, no Secret Service,
        // no unlocked collection) arrives as OtherError with a technical string: treat them all as "none".
        result.status = SecretResult::Status::Unavailable;
        result.errorMessage = KeychainSecretStore::tr(
            "No system keychain is available (%1). Set the API key in the environment variable instead, "
            "or install and unlock a keyring such as GNOME Keyring or KWallet.").arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Failed;
        result.errorMessage = KeychainSecretStore::tr("The system keychain refused access (%1).").arg(job.errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        result.errorMessage = KeychainSecretStore::tr("The key could not be removed from the system keychain (%1).")
                                  .arg(job.errorString());
        break;
    }
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service.isEmpty() ? QStringLiteral(FTS_APP_ID) : service)
{
}

void KeychainSecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    run(Operation::Read, key, {}, context, std::move(done));
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context, Callback done)
{
    run(Operation::Write, key, secret, context, std::move(done));
}

void KeychainSecretStore::deleteSecret(const QString &key, QObject *context, Callback done)
{
    run(Operation::Delete, key, {}, context, std::move(done));
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &secret, QObject *context,
                              Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    // Whichever comes first, the keychain's answer or the timeout, reports; the other is ignored.
    if (!context)
        context = this;
    auto reported = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto report = [reported, guard, done](const SecretResult &result) {
        if (*reported)
            return;
        *reported = true;
        if (guard)
            done(result);
    };
    connect(job, &QKeychain::Job::finished, context, [report, operation](QKeychain::Job *finishedJob) {
        SecretResult result = resultOf(*finishedJob, operation == Operation::Delete);
        if (result.ok() && operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        report(result);
    });
    if (m_timeoutMs > 0) {
        const int seconds = qMax(1, m_timeoutMs / 1000);
        QTimer::singleShot(m_timeoutMs, context, [report, seconds] {
            SecretResult result;
            result.status = SecretResult::Status::Unavailable;
            result.errorMessage = tr("The system keychain did not answer within %n second(s); it may be locked. "
                                     "Unlock it, or set the API key in the environment variable instead.",
                                     nullptr, seconds);
            report(result);
        });
    }
    // Some QtKeychain backends fail synchronously inside start(); deferring keeps the "never from inside
    // the call" promise of SecretStore.
    QTimer::singleShot(0, job, [job] { job->start(); });
}

} // namespace Fts::Api

#include "moc_KeychainSecretStore.cpp"
