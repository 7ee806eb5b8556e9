// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/CredentialResolver.h"
#include "api/credentials/MemorySecretStore.h"
#include "api/providers/Provider.h"

#include <QTest>
#include <QTimer>

#include <optional>

using namespace Fts::Api;

namespace {

/** A machine without a keychain: every operation answers Unavailable, like QtKeychain without a backend. */
class NoKeychainStore : public SecretStore
{
public:
    int calls = 0;
    void readSecret(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    void deleteSecret(const QString &, QObject *context, Callback done) override { fail(context, std::move(done)); }
    QString description() const override { return QStringLiteral("nothing"); }
    bool isPersistent() const override { return false; }

private:
    void fail(QObject *context, Callback done)
    {
        ++calls;
        QTimer::singleShot(0, context, [done] {
            done(SecretResult{SecretResult::Status::Unavailable, {}, QStringLiteral("No system keychain is available.")});
        });
    }
};

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment;
    if (!name.isEmpty())
        environment.insert(name, value);
    return environment;
}

} // namespace

class TestCredentialResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keychainKeyWinsOverTheEnvironment();
    void environmentIsTheFallback();
    void azureReadsItsOwnVariable();
    void noKeyAnywhereNamesBothPlaces();
    void missingKeychainIsReportedAndTheEnvironmentStillWorks();
    void profileWithoutNameNeverTouchesTheKeychain();
    void keylessCompatibleServerIsUsable();
    void invalidProfileIsNotUsable();
    void resolvedConnectionBuildsTheRightProvider();
    void callbackIsNeverSynchronousAndRespectsItsContext();

private:
    ResolvedConnection resolve(CredentialResolver &resolver, const ConnectionProfile &profile);
};

ResolvedConnection TestCredentialResolver::resolve(CredentialResolver &resolver, const ConnectionProfile &profile)
{
    std::optional<ResolvedConnection> result;
    resolver.resolve(profile, this, [&](const ResolvedConnection &c) { result = c; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return {};
    return *result;
}

void TestCredentialResolver::keychainKeyWinsOverTheEnvironment()
{
    MemorySecretStore secrets;
    ConnectionProfile profile(QStringLiteral("work"), ProviderKind::OpenAi);
    bool stored = false;
    secrets.writeSecret(profile.secretKey(), QStringLiteral("sk-keychain"), this, [&](const SecretResult &) { stored = true; });
    QTRY_VERIFY(stored);
    CredentialResolver resolver(&secrets);
    resolver.setEnvironment(environmentWith(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-env")));
    const ResolvedConnection connection = resolve(resolver, profile);
    QVERIFY2(connection.isUsable(), qPrintable(connection.errorMessage));
    QCOMPARE(connection.apiKey, QStringLiteral("sk-keychain"));
    QCOMPARE(connection.keySource, ResolvedConnection::KeySource::Keychain);
}

void TestCredentialResolver::environmentIsTheFallback()
{
    MemorySecretStore secrets;
    CredentialResolver resolver(&secrets);
    resolver.setEnvironment(environmentWith(QStringLiteral("OPENAI_API_KEY"), QStringLiteral(" sk-env\n")));
    const ResolvedConnection connection = resolve(resolver, ConnectionProfile(QStringLiteral("work"), ProviderKind::OpenAi));
    QVERIFY(connection.isUsable());
    QCOMPARE(connection.apiKey, QStringLiteral("sk-env")); // pasted with a newline: trimmed
    QCOMPARE(connection.keySource, ResolvedConnection::KeySource::Environment);
    QVERIFY(connection.keySourceDescription().contains(QLatin1String("OPENAI_API_KEY")));
    QVERIFY(connection.keychainProblem.isEmpty());
}

void TestCredentialResolver::azureReadsItsOwnVariable()
{
    CredentialResolver resolver(nullptr);
    resolver.setEnvironment(environmentWith(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-openai")));
    ConnectionProfile azure(QStringLiteral("az"), ProviderKind::Azure, QUrl(QStringLiteral("https://r.openai.azure.com/openai/v1")));
    ResolvedConnection connection = resolve(resolver, azure);
    QVERIFY(!connection.isUsable()); // the OpenAI key is not sent to Azure
    QVERIFY(connection.errorMessage.contains(QLatin1String("AZURE_OPENAI_API_KEY")));

    resolver.setEnvironment(environmentWith(QStringLiteral("AZURE_OPENAI_API_KEY"), QStringLiteral("az-key")));
    connection = resolve(resolver, azure);
    QVERIFY(connection.isUsable());
    QCOMPARE(connection.apiKey, QStringLiteral("az-key"));
}

void TestCredentialResolver::noKeyAnywhereNamesBothPlaces()
{
    MemorySecretStore secrets;
    CredentialResolver resolver(&secrets);
    resolver.setEnvironment({});
    const ResolvedConnection connection = resolve(resolver, ConnectionProfile(QStringLiteral("work"), ProviderKind::OpenAi));
    QVERIFY(!connection.isUsable());
    QVERIFY(connection.errorMessage.contains(QLatin1String("\"work\"")));
    QVERIFY(connection.errorMessage.contains(QLatin1String("keychain")));
    QVERIFY(connection.errorMessage.contains(QLatin1String("OPENAI_API_KEY")));
}

void TestCredentialResolver::missingKeychainIsReportedAndTheEnvironmentStillWorks()
{
    NoKeychainStore secrets;
    CredentialResolver resolver(&secrets);
    resolver.setEnvironment({});
    ResolvedConnection connection = resolve(resolver, ConnectionProfile(QStringLiteral("work"), ProviderKind::OpenAi));
    QVERIFY(!connection.isUsable());
    QVERIFY2(connection.errorMessage.contains(QLatin1String("No system keychain")), qPrintable(connection.errorMessage));
    QVERIFY(connection.errorMessage.contains(QLatin1String("OPENAI_API_KEY")));

    resolver.setEnvironment(environmentWith(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-env")));
    connection = resolve(resolver, ConnectionProfile(QStringLiteral("work"), ProviderKind::OpenAi));
    QVERIFY(connection.isUsable());
    QCOMPARE(connection.apiKey, QStringLiteral("sk-env"));
    QVERIFY(!connection.keychainProblem.isEmpty());
}

void TestCredentialResolver::profileWithoutNameNeverTouchesTheKeychain()
{
    NoKeychainStore secrets;
    CredentialResolver resolver(&secrets);
    resolver.setEnvironment(environmentWith(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-env")));
    const ResolvedConnection connection = resolve(resolver, ConnectionProfile(QString(), ProviderKind::OpenAi));
    QVERIFY(connection.isUsable()); // an unnamed (ad-hoc) profile asks the environment…
    QCOMPARE(secrets.calls, 0);

    const ResolvedConnection adHoc = resolver.resolveFromEnvironment(ConnectionProfile(QStringLiteral("--provider"), ProviderKind::OpenAi));
    QVERIFY(adHoc.isUsable()); // …as does the synchronous path
    QCOMPARE(adHoc.apiKey, QStringLiteral("sk-env"));
    QCOMPARE(secrets.calls, 0);
}

void TestCredentialResolver::keylessCompatibleServerIsUsable()
{
    CredentialResolver resolver(nullptr);
    resolver.setEnvironment({});
    const ResolvedConnection connection = resolve(resolver, ConnectionProfile(QStringLiteral("local"), ProviderKind::Compatible,
                                                                              QUrl(QStringLiteral("http://127.0.0.1:8080/v1"))));
    QVERIFY2(connection.isUsable(), qPrintable(connection.errorMessage));
    QCOMPARE(connection.keySource, ResolvedConnection::KeySource::None);
}

void TestCredentialResolver::invalidProfileIsNotUsable()
{
    MemorySecretStore secrets;
    CredentialResolver resolver(&secrets);
    resolver.setEnvironment(environmentWith(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-env")));
    const ResolvedConnection connection = resolve(resolver, ConnectionProfile(QStringLiteral("x"), ProviderKind::Compatible,
                                                                              QUrl(QStringLiteral("http://example.com/v1"))));
    QVERIFY(!connection.isUsable());
    QVERIFY(connection.errorMessage.contains(QLatin1String("https://")));
}

void TestCredentialResolver::resolvedConnectionBuildsTheRightProvider()
{
    ResolvedConnection openAi;
    openAi.profile = ConnectionProfile(QStringLiteral("o"), ProviderKind::OpenAi);
    openAi.profile.setOrganization(QStringLiteral("org-1"));
    openAi.profile.setProject(QStringLiteral("proj_1"));
    openAi.apiKey = QStringLiteral("sk-1");
    std::unique_ptr<Provider> provider = openAi.createProvider();
    QVERIFY(provider);
    QCOMPARE(provider->id(), QStringLiteral("openai"));
    QCOMPARE(provider->baseUrl(), QUrl(QStringLiteral("https://api.openai.com/v1")));
    QNetworkRequest request;
    provider->authorize(request);
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer sk-1"));
    QCOMPARE(request.rawHeader("OpenAI-Organization"), QByteArray("org-1"));
    QCOMPARE(request.rawHeader("OpenAI-Project"), QByteArray("proj_1"));

    ResolvedConnection azure;
    azure.profile = ConnectionProfile(QStringLiteral("a"), ProviderKind::Azure, QUrl(QStringLiteral("https://r.openai.azure.com/openai/v1")));
    azure.profile.setOrganization(QStringLiteral("org-ignored"));
    azure.apiKey = QStringLiteral("az-1");
    provider = azure.createProvider();
    QVERIFY(provider);
    QCOMPARE(provider->id(), QStringLiteral("azure"));
    QNetworkRequest azureRequest;
    provider->authorize(azureRequest);
    QCOMPARE(azureRequest.rawHeader("api-key"), QByteArray("az-1"));
    QVERIFY(!azureRequest.hasRawHeader("Authorization"));
    QVERIFY(!azureRequest.hasRawHeader("OpenAI-Organization"));
    QCOMPARE(provider->endpoint(QStringLiteral("models")), QUrl(QStringLiteral("https://r.openai.azure.com/openai/v1/models")));

    ResolvedConnection local;
    local.profile = ConnectionProfile(QStringLiteral("l"), ProviderKind::Compatible, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    provider = local.createProvider();
    QVERIFY(provider);
    QCOMPARE(provider->id(), QStringLiteral("compatible"));
    QVERIFY(!provider->validate().isError());
}

void TestCredentialResolver::callbackIsNeverSynchronousAndRespectsItsContext()
{
    CredentialResolver resolver(nullptr);
    resolver.setEnvironment(environmentWith(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("k")));
    bool called = false;
    resolver.resolve(ConnectionProfile(QStringLiteral("p"), ProviderKind::OpenAi), this, [&](const ResolvedConnection &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    bool calledAfterDeath = false;
    auto *context = new QObject;
    resolver.resolve(ConnectionProfile(QStringLiteral("p"), ProviderKind::OpenAi), context,
                     [&](const ResolvedConnection &) { calledAfterDeath = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!calledAfterDeath);
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "TestCredentialResolver.moc"
