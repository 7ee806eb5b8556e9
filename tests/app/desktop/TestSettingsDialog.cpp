// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/MemorySecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "api/credentials/SessionFallbackSecretStore.h"
#include "desktop/settings/ConnectionProfilesPage.h"
#include "desktop/settings/SettingsDialog.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestPaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Fts;
using Fts::Test::FakeOpenAiServer;

namespace {

/** A machine without a keychain: every operation answers Unavailable, as QtKeychain does there. */
class NoKeychainStore : public Api::SecretStore
{
public:
    void readSecret(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    void deleteSecret(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    QString description() const override { return QStringLiteral("nothing"); }
    bool isPersistent() const override { return false; }

private:
    static void fail(QObject *context, Callback done)
    {
        QTimer::singleShot(0, context, [done] {
            done(Api::SecretResult{Api::SecretResult::Status::Unavailable, {},
                                   QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")});
        });
    }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

/** Answers the next modal message box with @p button. */
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(button)->click();
    });
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addSaveTestAndRemoveAProfile();
    void testConnectionReportsARejectedKey();
    void noKeychainSaysSoAndOffersTheEnvironmentVariable();
    void renamingMovesTheKey();
    void screenshot();

private:
    void type(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Api::ProfileStore> m_profiles;
    std::unique_ptr<Api::MemorySecretStore> m_secrets;
    std::unique_ptr<FakeOpenAiServer> m_server;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<Api::ProfileStore>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_secrets = std::make_unique<Api::MemorySecretStore>();
    m_server = std::make_unique<FakeOpenAiServer>();
    QVERIFY(m_server->start());
}

void TestSettingsDialog::cleanup()
{
    m_server.reset();
}

void TestSettingsDialog::type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::addSaveTestAndRemoveAProfile()
{
    SettingsDialog dialog;
    auto *page = new ConnectionProfilesPage(m_profiles.get(), m_secrets.get());
    page->setEnvironment({});
    dialog.addPage(tr("Connections"), page);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // With no profile yet the page starts a new one.
    QVERIFY(page->editedProfileName().isEmpty());
    type(child<QLineEdit>(page, "profileNameEdit"), QStringLiteral("Clinic server"));
    auto *provider = child<QComboBox>(page, "providerCombo");
    provider->setCurrentIndex(provider->findData(int(Api::ProviderKind::Compatible)));
    QVERIFY(!child<QLineEdit>(page, "organizationEdit")->isVisible()); // OpenAI-only fields hide
    type(child<QLineEdit>(page, "baseUrlEdit"), m_server->baseUrl().toString());
    type(child<QLineEdit>(page, "apiKeyEdit"), m_server->apiKey());
    QCOMPARE(child<QLineEdit>(page, "apiKeyEdit")->echoMode(), QLineEdit::Password);

    QSignalSpy saved(page, &ConnectionProfilesPage::profileSaved);
    QTest::mouseClick(child<QPushButton>(page, "saveProfileButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toBool(), true);
    QCOMPARE(m_profiles->profileNames(), QStringList{QStringLiteral("Clinic server")});
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("Clinic server")); // the first profile becomes the default
    QVERIFY(child<QLineEdit>(page, "apiKeyEdit")->text().isEmpty());       // the key left the form…
    QCOMPARE(m_secrets->keys(), QStringList{Api::ConnectionProfile::secretKeyForProfile(QStringLiteral("Clinic server"))});
    QFile settings(m_profiles->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(m_server->apiKey().toUtf8())); // …and never reached the settings file
    QCOMPARE(child<QListWidget>(page, "profileList")->count(), 1);

    // Test connection: a real "list models" round-trip with the stored key.
    QSignalSpy tested(page, &ConnectionProfilesPage::connectionTested);
    QTest::mouseClick(child<QPushButton>(page, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 1);
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QVERIFY(child<QLabel>(page, "testResultLabel")->text().contains(QLatin1String("5 model")));
    const auto requests = m_server->requestsMatching(QStringLiteral("^/models$"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer ") + m_server->apiKey().toUtf8());

    // Remove, after confirming: the profile and its key are gone.
    QSignalSpy removed(page, &ConnectionProfilesPage::profileRemoved);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(page, "removeProfileButton"), Qt::LeftButton);
    QTRY_COMPARE(removed.count(), 1);
    QVERIFY(m_profiles->profiles().isEmpty());
    QTRY_VERIFY(m_secrets->keys().isEmpty());
}

void TestSettingsDialog::testConnectionReportsARejectedKey()
{
    Api::ConnectionProfile profile(QStringLiteral("OpenAI test"), Api::ProviderKind::OpenAi, m_server->baseUrl());
    QCOMPARE(m_profiles->save(profile), QString());
    ConnectionProfilesPage page(m_profiles.get(), m_secrets.get());
    page.setEnvironment({});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.editedProfileName(), QStringLiteral("OpenAI test"));
    QTRY_VERIFY(child<QLabel>(&page, "keyStatusLabel")->text().contains(QLatin1String("No key is stored")));

    // Nothing anywhere: the test says so before sending.
    QSignalSpy tested(&page, &ConnectionProfilesPage::connectionTested);
    QTest::mouseClick(child<QPushButton>(&page, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 1);
    QVERIFY(!tested.first().at(0).toBool());
    QVERIFY(tested.first().at(1).toString().contains(QLatin1String("OPENAI_API_KEY")));
    QVERIFY(m_server->requests().isEmpty());

    // A typed, unsaved wrong key is tried as typed and refused by the server in plain words with the request id.
    type(child<QLineEdit>(&page, "apiKeyEdit"), QStringLiteral("sk-wrong"));
    QTest::mouseClick(child<QPushButton>(&page, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 2);
    QVERIFY(!tested.at(1).at(0).toBool());
    const QString message = tested.at(1).at(1).toString();
    QVERIFY2(message.contains(QLatin1String("API key was rejected")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Request id")));
    QVERIFY(page.hasUnsavedChanges());
}

void TestSettingsDialog::noKeychainSaysSoAndOffersTheEnvironmentVariable()
{
    NoKeychainStore keychain;
    Api::SessionFallbackSecretStore secrets(&keychain);
    Api::ConnectionProfile profile(QStringLiteral("Work"), Api::ProviderKind::OpenAi, m_server->baseUrl());
    QCOMPARE(m_profiles->save(profile), QString());
    ConnectionProfilesPage page(m_profiles.get(), &secrets);
    page.setEnvironment({});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *banner = child<QWidget>(&page, "keychainBanner");
    QTRY_VERIFY(banner->isVisible());
    const QString text = child<QLabel>(&page, "keychainBannerText")->text();
    QVERIFY(text.contains(QLatin1String("No system keychain")));
    QVERIFY(text.contains(QLatin1String("OPENAI_API_KEY")));

    // Saving keeps the typed key in the field (nothing lost) and reports that it was not stored.
    type(child<QLineEdit>(&page, "apiKeyEdit"), m_server->apiKey());
    QSignalSpy saved(&page, &ConnectionProfilesPage::profileSaved);
    QTest::mouseClick(child<QPushButton>(&page, "saveProfileButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toBool(), false);
    QCOMPARE(child<QLineEdit>(&page, "apiKeyEdit")->text(), m_server->apiKey());

    // "Keep for this session" makes the key usable now, e.g. for the connection test, without writing it anywhere.
    auto *keep = child<QPushButton>(&page, "keepForSessionButton");
    QVERIFY(keep->isVisible());
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(secrets.hasSessionSecret(profile.secretKey()));
    QVERIFY(child<QLineEdit>(&page, "apiKeyEdit")->text().isEmpty());
    QSignalSpy tested(&page, &ConnectionProfilesPage::connectionTested);
    QTest::mouseClick(child<QPushButton>(&page, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 1);
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));

    // With the environment variable set the status says the key comes from there.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-env"));
    ConnectionProfilesPage second(m_profiles.get(), &keychain);
    second.setEnvironment(environment);
    QTRY_VERIFY(child<QLabel>(&second, "keyStatusLabel")->text().contains(QLatin1String("environment variable OPENAI_API_KEY")));
}

void TestSettingsDialog::renamingMovesTheKey()
{
    Api::ConnectionProfile profile(QStringLiteral("Old name"), Api::ProviderKind::OpenAi);
    QCOMPARE(m_profiles->save(profile), QString());
    bool stored = false;
    m_secrets->writeSecret(profile.secretKey(), QStringLiteral("sk-keep-me"), this, [&](const Api::SecretResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    ConnectionProfilesPage page(m_profiles.get(), m_secrets.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    type(child<QLineEdit>(&page, "profileNameEdit"), QStringLiteral("New name"));
    QVERIFY(page.saveProfile());
    QCOMPARE(m_profiles->profileNames(), QStringList{QStringLiteral("New name")});
    QTRY_COMPARE(m_secrets->keys(), QStringList{Api::ConnectionProfile::secretKeyForProfile(QStringLiteral("New name"))});
    QString secret;
    m_secrets->readSecret(Api::ConnectionProfile::secretKeyForProfile(QStringLiteral("New name")), this,
                          [&](const Api::SecretResult &r) { secret = r.secret; });
    QTRY_COMPARE(secret, QStringLiteral("sk-keep-me"));
}

void TestSettingsDialog::screenshot()
{
    Api::ConnectionProfile azure(QStringLiteral("Clinic Azure"), Api::ProviderKind::Azure,
                                 QUrl(QStringLiteral("https://clinic-coding.openai.azure.com/openai/v1")));
    Api::ConnectionProfile local(QStringLiteral("Local llama.cpp"), Api::ProviderKind::Compatible,
                                 QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    Api::ConnectionProfile fake(QStringLiteral("OpenAI (work)"), Api::ProviderKind::OpenAi, m_server->baseUrl());
    fake.setOrganization(QStringLiteral("org-clinic"));
    QCOMPARE(m_profiles->save(fake), QString());
    QCOMPARE(m_profiles->save(azure), QString());
    QCOMPARE(m_profiles->save(local), QString());
    m_profiles->setDefaultProfileName(fake.name());
    bool stored = false;
    m_secrets->writeSecret(fake.secretKey(), m_server->apiKey(), this, [&](const Api::SecretResult &) { stored = true; });
    QTRY_VERIFY(stored);

    SettingsDialog dialog;
    auto *page = new ConnectionProfilesPage(m_profiles.get(), m_secrets.get());
    page->setEnvironment({});
    dialog.addPage(tr("Connections"), page);
    dialog.addPage(tr("Prices"), new QWidget);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(child<QLabel>(page, "keyStatusLabel")->text().contains(QLatin1String("stored")));
    QSignalSpy tested(page, &ConnectionProfilesPage::connectionTested);
    page->testConnection();
    QTRY_COMPARE(tested.count(), 1);
    QVERIFY(tested.first().at(0).toBool());

    // The documentation's pictures are refreshed on request only (FTS_SCREENSHOT_DIR=docs/screenshots): a test
    // run never writes into the source tree.
    const QString directory =
        qEnvironmentVariable("FTS_SCREENSHOT_DIR", QDir::tempPath() + QStringLiteral("/fts-screenshots"));
    QDir().mkpath(directory);
    QVERIFY(dialog.grab().save(directory + QStringLiteral("/settings-connection-profiles.png")));

    // And the no-keychain state, which users on a bare Linux box see.
    NoKeychainStore keychain;
    Api::SessionFallbackSecretStore fallback(&keychain);
    SettingsDialog bare;
    auto *barePage = new ConnectionProfilesPage(m_profiles.get(), &fallback);
    barePage->setEnvironment({});
    bare.addPage(tr("Connections"), barePage);
    bare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bare));
    QTRY_VERIFY(child<QWidget>(barePage, "keychainBanner")->isVisible());
    QVERIFY(bare.grab().save(directory + QStringLiteral("/settings-no-keychain.png")));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
