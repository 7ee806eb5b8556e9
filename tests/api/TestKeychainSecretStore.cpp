// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Fts::Api;

/**
 * The real OS keychain. It only runs where a keychain is known to be unlocked (FTS_REQUIRE_KEYCHAIN=1, set by
 * `.ci/dev test` inside dbus-run-session with an unlocked gnome-keyring): on a developer desktop with a
 * locked keyring QtKeychain would open an unlock prompt, and under Xvfb that prompt hangs for ever.
 */
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadDeleteReadAgain();
    void overwritingReplacesTheSecret();
    void entriesAreSeparatedByKeyAndService();
    void deletingWhatIsNotThereSucceeds();
    void noPlainTextFallbackFileIsWritten();

private:
    SecretResult wait(const std::function<void(SecretStore::Callback)> &operation);
    QString m_service;
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariable("FTS_REQUIRE_KEYCHAIN") != QLatin1String("1"))
        QSKIP("The real keychain test runs only with FTS_REQUIRE_KEYCHAIN=1 (set by .ci/dev test inside "
              "dbus-run-session with an unlocked gnome-keyring); never against a desktop's locked keyring.");
    // A service of our own per run: the test never sees or touches the user's real entries.
    m_service = QStringLiteral("io.github.finetune_studio.FinetuneStudio.test-%1")
                    .arg(QCoreApplication::applicationPid());
}

SecretResult TestKeychainSecretStore::wait(const std::function<void(SecretStore::Callback)> &operation)
{
    std::optional<SecretResult> result;
    operation([&](const SecretResult &r) { result = r; });
    // A hung keychain must fail the test, not the CI run.
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return SecretResult{SecretResult::Status::Failed, {}, QStringLiteral("timed out waiting for the keychain")};
    return *result;
}

void TestKeychainSecretStore::writeReadDeleteReadAgain()
{
    KeychainSecretStore store(m_service);
    const QString key = QStringLiteral("profile/ci/api-key");
    const QString secret = QStringLiteral("sk-test-Ünïcode-%1").arg(QCoreApplication::applicationPid());

    SecretResult written = wait([&](auto done) { store.writeSecret(key, secret, this, done); });
    QVERIFY2(written.ok(), qPrintable(written.errorMessage));

    SecretResult read = wait([&](auto done) { store.readSecret(key, this, done); });
    QVERIFY2(read.ok(), qPrintable(read.errorMessage));
    QCOMPARE(read.secret, secret);

    SecretResult deleted = wait([&](auto done) { store.deleteSecret(key, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage));

    SecretResult gone = wait([&](auto done) { store.readSecret(key, this, done); });
    QCOMPARE(int(gone.status), int(SecretResult::Status::NotFound));
    QVERIFY(gone.secret.isEmpty());
}

void TestKeychainSecretStore::overwritingReplacesTheSecret()
{
    KeychainSecretStore store(m_service);
    const QString key = QStringLiteral("profile/overwrite/api-key");
    QVERIFY(wait([&](auto done) { store.writeSecret(key, QStringLiteral("first"), this, done); }).ok());
    QVERIFY(wait([&](auto done) { store.writeSecret(key, QStringLiteral("second"), this, done); }).ok());
    QCOMPARE(wait([&](auto done) { store.readSecret(key, this, done); }).secret, QStringLiteral("second"));
    QVERIFY(wait([&](auto done) { store.deleteSecret(key, this, done); }).ok());
}

void TestKeychainSecretStore::entriesAreSeparatedByKeyAndService()
{
    KeychainSecretStore store(m_service);
    KeychainSecretStore otherService(m_service + QStringLiteral(".other"));
    const QString key = QStringLiteral("profile/a/api-key");
    QVERIFY(wait([&](auto done) { store.writeSecret(key, QStringLiteral("value-a"), this, done); }).ok());
    QCOMPARE(int(wait([&](auto done) { store.readSecret(QStringLiteral("profile/b/api-key"), this, done); }).status),
             int(SecretResult::Status::NotFound));
    QCOMPARE(int(wait([&](auto done) { otherService.readSecret(key, this, done); }).status),
             int(SecretResult::Status::NotFound));
    QVERIFY(wait([&](auto done) { store.deleteSecret(key, this, done); }).ok());
}

void TestKeychainSecretStore::deletingWhatIsNotThereSucceeds()
{
    KeychainSecretStore store(m_service);
    const SecretResult result = wait([&](auto done) { store.deleteSecret(QStringLiteral("never/written"), this, done); });
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
}

void TestKeychainSecretStore::noPlainTextFallbackFileIsWritten()
{
    // QtKeychain's insecure fallback writes ~/.config/<service>.conf in plain text; we must never produce it.
    KeychainSecretStore store(m_service);
    QVERIFY(wait([&](auto done) { store.writeSecret(QStringLiteral("k"), QStringLiteral("v"), this, done); }).ok());
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY(!QDir(config).exists(m_service + QStringLiteral(".conf")));
    QVERIFY(!QDir(QDir::homePath() + QStringLiteral("/.config")).exists(m_service + QStringLiteral(".conf")));
    QVERIFY(wait([&](auto done) { store.deleteSecret(QStringLiteral("k"), this, done); }).ok());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
