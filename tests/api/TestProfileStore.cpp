// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/ConnectionProfile.h"
#include "api/credentials/MemorySecretStore.h"
#include "api/credentials/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Api;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void savedProfilesComeBackFromANewStore();
    void renamingReplacesAndKeepsTheDefault();
    void renamingOntoAnExistingNameIsRefused();
    void removeForgetsTheProfileAndTheDefault();
    void invalidProfilesAreRefusedWithTheReason_data();
    void invalidProfilesAreRefusedWithTheReason();
    void providerIdsRoundTrip();
    void environmentVariableFollowsTheProvider();
    void garbageEntriesInTheFileAreSkipped();
    void theKeyNeverReachesTheSettingsFile();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::savedProfilesComeBackFromANewStore()
{
    ConnectionProfile openAi(QStringLiteral("Work OpenAI"), ProviderKind::OpenAi);
    openAi.setOrganization(QStringLiteral("org-123"));
    openAi.setProject(QStringLiteral("proj_abc"));
    ConnectionProfile azure(QStringLiteral("Clinic / Azure"), ProviderKind::Azure,
                            QUrl(QStringLiteral("https://clinic.openai.azure.com/openai/v1")));
    ConnectionProfile local(QStringLiteral("llama.cpp"), ProviderKind::Compatible,
                            QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    {
        ProfileStore store(settingsPath());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QCOMPARE(store.save(openAi), QString());
        QCOMPARE(store.save(azure), QString());
        QCOMPARE(store.save(local), QString());
        store.setDefaultProfileName(azure.name());
        QVERIFY(changed.count() >= 3);
    }
    ProfileStore reopened(settingsPath());
    const QList<ConnectionProfile> profiles = reopened.profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(0), openAi);
    QCOMPARE(profiles.at(1), azure); // a slash in the name must not become a settings group
    QCOMPARE(profiles.at(2), local);
    QCOMPARE(reopened.defaultProfileName(), azure.name());
    QCOMPARE(reopened.profile(QStringLiteral("llama.cpp"))->effectiveBaseUrl(), local.baseUrl());
    QCOMPARE(reopened.profile(QStringLiteral("Work OpenAI"))->effectiveBaseUrl(),
             QUrl(QStringLiteral("https://api.openai.com/v1")));
    QVERIFY(!reopened.profile(QStringLiteral("nope")).has_value());
}

void TestProfileStore::renamingReplacesAndKeepsTheDefault()
{
    ProfileStore store(settingsPath());
    QCOMPARE(store.save(ConnectionProfile(QStringLiteral("old"), ProviderKind::OpenAi)), QString());
    store.setDefaultProfileName(QStringLiteral("old"));
    ConnectionProfile renamed(QStringLiteral("new"), ProviderKind::OpenAi);
    renamed.setProject(QStringLiteral("proj_1"));
    QCOMPARE(store.save(renamed, QStringLiteral("old")), QString());
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("new")});
    QCOMPARE(store.profile(QStringLiteral("new"))->project(), QStringLiteral("proj_1"));
    QCOMPARE(store.defaultProfileName(), QStringLiteral("new"));
}

void TestProfileStore::renamingOntoAnExistingNameIsRefused()
{
    ProfileStore store(settingsPath());
    QCOMPARE(store.save(ConnectionProfile(QStringLiteral("a"), ProviderKind::OpenAi)), QString());
    QCOMPARE(store.save(ConnectionProfile(QStringLiteral("b"), ProviderKind::OpenAi)), QString());
    const QString error = store.save(ConnectionProfile(QStringLiteral("b"), ProviderKind::Azure,
                                                       QUrl(QStringLiteral("https://x.openai.azure.com/openai/v1"))),
                                     QStringLiteral("a"));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(store.profile(QStringLiteral("b"))->provider(), ProviderKind::OpenAi);
}

void TestProfileStore::removeForgetsTheProfileAndTheDefault()
{
    ProfileStore store(settingsPath());
    QCOMPARE(store.save(ConnectionProfile(QStringLiteral("a"), ProviderKind::OpenAi)), QString());
    QCOMPARE(store.save(ConnectionProfile(QStringLiteral("b"), ProviderKind::OpenAi)), QString());
    store.setDefaultProfileName(QStringLiteral("a"));
    QVERIFY(store.remove(QStringLiteral("a")));
    QVERIFY(!store.remove(QStringLiteral("a")));
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("b")});
    QCOMPARE(store.defaultProfileName(), QString());
    QCOMPARE(ProfileStore(settingsPath()).profileNames(), QStringList{QStringLiteral("b")});
}

void TestProfileStore::invalidProfilesAreRefusedWithTheReason_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("no name") << int(ProviderKind::OpenAi) << QStringLiteral("  ") << QString() << QStringLiteral("name");
    QTest::newRow("azure without url") << int(ProviderKind::Azure) << QStringLiteral("a") << QString()
                                       << QStringLiteral("Azure OpenAI needs");
    QTest::newRow("compatible without url") << int(ProviderKind::Compatible) << QStringLiteral("a") << QString()
                                            << QStringLiteral("needs a base URL");
    QTest::newRow("plain http to a remote host") << int(ProviderKind::Compatible) << QStringLiteral("a")
                                                 << QStringLiteral("http://example.com/v1") << QStringLiteral("https://");
    QTest::newRow("ftp") << int(ProviderKind::OpenAi) << QStringLiteral("a") << QStringLiteral("ftp://example.com/v1")
                         << QStringLiteral("must start with https://");
    QTest::newRow("not a url") << int(ProviderKind::OpenAi) << QStringLiteral("a") << QStringLiteral("openai")
                               << QStringLiteral("not a valid web address");
    QTest::newRow("query") << int(ProviderKind::OpenAi) << QStringLiteral("a")
                           << QStringLiteral("https://example.com/v1?api-version=1") << QStringLiteral("query");
}

void TestProfileStore::invalidProfilesAreRefusedWithTheReason()
{
    QFETCH(int, provider);
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, expectedWords);
    ProfileStore store(settingsPath());
    const QString error = store.save(ConnectionProfile(name, ProviderKind(provider), QUrl(baseUrl)));
    QVERIFY2(error.contains(expectedWords), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::providerIdsRoundTrip()
{
    for (ProviderKind kind : {ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Compatible}) {
        bool ok = false;
        QCOMPARE(ConnectionProfile::providerFromId(ConnectionProfile::providerId(kind), &ok), kind);
        QVERIFY(ok);
        QVERIFY(!ConnectionProfile::providerDisplayName(kind).isEmpty());
    }
    bool ok = true;
    ConnectionProfile::providerFromId(QStringLiteral("anthropic"), &ok);
    QVERIFY(!ok);
    QCOMPARE(ConnectionProfile::providerFromId(QStringLiteral(" Azure "), &ok), ProviderKind::Azure);
    QVERIFY(ok);
    // Loopback HTTP is how local servers are reached, so it must stay allowed.
    QVERIFY(ConnectionProfile(QStringLiteral("l"), ProviderKind::Compatible, QUrl(QStringLiteral("http://localhost:11434/v1"))).isValid());
    QVERIFY(ConnectionProfile(QStringLiteral("l"), ProviderKind::Compatible, QUrl(QStringLiteral("http://[::1]:8000/v1"))).isValid());
}

void TestProfileStore::environmentVariableFollowsTheProvider()
{
    QCOMPARE(ConnectionProfile::apiKeyEnvironmentVariable(ProviderKind::OpenAi), QStringLiteral("OPENAI_API_KEY"));
    QCOMPARE(ConnectionProfile::apiKeyEnvironmentVariable(ProviderKind::Azure), QStringLiteral("AZURE_OPENAI_API_KEY"));
    QCOMPARE(ConnectionProfile::apiKeyEnvironmentVariable(ProviderKind::Compatible), QStringLiteral("OPENAI_API_KEY"));
    QVERIFY(ConnectionProfile::secretKeyForProfile(QStringLiteral("a")) != ConnectionProfile::secretKeyForProfile(QStringLiteral("b")));
}

void TestProfileStore::garbageEntriesInTheFileAreSkipped()
{
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[ConnectionProfiles]\nprofiles\\1\\name=good\nprofiles\\1\\provider=azure\n"
               "profiles\\1\\baseUrl=https://r.openai.azure.com/openai/v1\n"
               "profiles\\2\\name=bad\nprofiles\\2\\provider=mystery\nprofiles\\3\\provider=openai\n"
               "profiles\\size=3\n");
    file.close();
    ProfileStore store(settingsPath());
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("good")});
    QCOMPARE(store.profile(QStringLiteral("good"))->provider(), ProviderKind::Azure);
}

void TestProfileStore::theKeyNeverReachesTheSettingsFile()
{
    // The full desktop flow stores profile fields in the settings and the key in a secret store; whatever
    // we do, the key's bytes must not appear in the settings file.
    const QString key = QStringLiteral("placeholder-key-never-in-a-file");
    ProfileStore store(settingsPath());
    MemorySecretStore secrets;
    ConnectionProfile profile(QStringLiteral("work"), ProviderKind::OpenAi);
    profile.setOrganization(QStringLiteral("org-1"));
    QCOMPARE(store.save(profile), QString());
    store.setDefaultProfileName(profile.name());
    bool written = false;
    secrets.writeSecret(profile.secretKey(), key, this, [&](const SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    QCOMPARE(store.save(profile, profile.name()), QString());

    QFile file(store.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("org-1")); // proves we are looking at the right file
    QVERIFY(!contents.contains(key.toUtf8()));
    QVERIFY(!contents.contains("sk-"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
