// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/MemorySecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "api/providers/Provider.h"
#include "api/resources/ChatCompletionRequest.h"
#include "api/transport/ApiClient.h"
#include "cli/ApiCommand.h"
#include "cli/CliApplication.h"
#include "cli/CliIo.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts;

/**
 * Contract tests: the requests `ftstudio` really sends, checked by Prism against the official OpenAI spec
 * (tests/contract/openai-openapi-trimmed.yaml, made by trim_openapi_spec.py). Prism runs in mock mode with
 * request validation: a request that violates the spec is answered 422, the command then exits 1 and the
 * test fails. deliberatelyInvalidRequestIsRejected proves that this net catches something.
 *
 * Prism comes from npm (tests/contract/package.json, installed by `.ci/dev test` into build/npm, which exports
 * FTS_NPM_DIR). Prism cannot mock server-sent events, so streamed chat is covered by TestApiCommands only.
 */
class TestContractPrism : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void deliberatelyInvalidRequestIsRejected();
    void modelsConformToTheSpec();
    void filesConformToTheSpec();
    void jobCreationConformsToTheSpec_data();
    void jobCreationConformsToTheSpec();
    void jobQueriesAndActionsConformToTheSpec_data();
    void jobQueriesAndActionsConformToTheSpec();
    void chatConformsToTheSpec();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    void expectConforming(const QStringList &arguments);
    QString prismLog();

    QProcess m_prism;
    QByteArray m_prismOutput;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Api::ProfileStore> m_profiles;
    Api::MemorySecretStore m_secrets;
};

void TestContractPrism::initTestCase()
{
    const QString npmDir = qEnvironmentVariable("FTS_NPM_DIR");
    if (npmDir.isEmpty())
        QSKIP("FTS_NPM_DIR is not set: the contract tests need Prism from npm. Run `.ci/dev test`, or `npm ci` in a copy "
              "of tests/contract/package.json and set FTS_NPM_DIR to that directory.");
    const QString prism = QDir(npmDir).filePath(QStringLiteral("node_modules/.bin/prism"));
    QVERIFY2(QFile::exists(prism), qPrintable(QStringLiteral("FTS_NPM_DIR is set but %1 does not exist").arg(prism)));
    const QString spec = Fts::Test::TestPaths::sourceFile(QStringLiteral("tests/contract/openai-openapi-trimmed.yaml"));
    QVERIFY(QFile::exists(spec));

    // A free loopback port: bind to 0, note the port, release it for Prism.
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
    }
    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_prism, &QProcess::readyRead, this, [this] { m_prismOutput += m_prism.readAll(); });
    m_prism.start(prism, {QStringLiteral("mock"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                          QString::number(m_port), QStringLiteral("--errors"), QStringLiteral("--dynamic=false"), spec});
    QVERIFY2(m_prism.waitForStarted(10000), qPrintable(m_prism.errorString()));
    // Startup takes ~7 s on an idle machine (parsing the spec); allow for a busy CI box.
    QTRY_VERIFY2_WITH_TIMEOUT(m_prismOutput.contains("Prism is listening") || m_prism.state() == QProcess::NotRunning,
                              qPrintable(prismLog()), 120000);
    QVERIFY2(m_prism.state() == QProcess::Running, qPrintable(prismLog()));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<Api::ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
}

void TestContractPrism::cleanupTestCase()
{
    if (m_prism.state() != QProcess::NotRunning) {
        m_prism.terminate();
        if (!m_prism.waitForFinished(5000)) {
            m_prism.kill();
            m_prism.waitForFinished(5000);
        }
    }
}

QString TestContractPrism::prismLog()
{
    m_prismOutput += m_prism.readAll();
    return QString::fromUtf8(m_prismOutput.right(4000));
}

TestContractPrism::Run TestContractPrism::run(const QStringList &arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Run result;
    {
        Cli::CliIo io(&out, &err);
        Cli::CliApplication cli(io);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-contract-test"));
        for (Cli::CliCommand *command : cli.commands()) {
            if (auto *apiCommand = qobject_cast<Cli::ApiCommand *>(command)) {
                apiCommand->setCredentialSources(m_profiles.get(), &m_secrets, environment);
                apiCommand->setClientConfigurator([](Api::ApiClient &client) {
                    // A spec violation must show as the 422 it is, not hide behind retries of other errors.
                    client.setBackoffScale(0.001);
                });
            }
        }
        QSignalSpy finished(&cli, &Cli::CliApplication::finished);
        // Prism serves the spec's paths without the /v1 prefix.
        cli.start(arguments + QStringList{QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                                          QStringLiteral("http://127.0.0.1:%1").arg(m_port)});
        if (finished.isEmpty())
            finished.wait(30000);
        if (!finished.isEmpty())
            result.exitCode = finished.first().first().toInt();
        io.flush();
    }
    result.out = out.data();
    result.err = err.data();
    return result;
}

void TestContractPrism::expectConforming(const QStringList &arguments)
{
    const qsizetype logBefore = m_prismOutput.size();
    const Run result = run(arguments);
    const QString context = QStringLiteral("ftstudio %1\nexit %2\nstderr: %3\nprism: %4")
                                .arg(arguments.join(QLatin1Char(' ')))
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.err), prismLog().right(2000));
    QVERIFY2(result.exitCode == 0, qPrintable(context));
    QVERIFY2(!result.err.contains("422"), qPrintable(context));
    const QByteArray newLog = m_prismOutput.mid(logBefore);
    QVERIFY2(!newLog.contains("Request body must") && !newLog.contains("Request query") && !newLog.contains("Request path"),
             qPrintable(context));
}

void TestContractPrism::deliberatelyInvalidRequestIsRejected()
{
    // Sent through the real client on purpose: temperature 3 is outside the spec's 0..2.
    Api::ProviderOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    options.apiKey = QStringLiteral("sk-contract-test");
    Api::ApiClient client(Api::Provider::create(QStringLiteral("openai"), options));
    Api::ChatCompletionParams params;
    params.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    params.messages.append(Api::ChatCompletionParams::message(QStringLiteral("user"), QStringLiteral("Hello")));
    params.temperature = 3.0;
    auto *request = new Api::ChatCompletionRequest(&client, params, false);
    request->setAutoDelete(false);
    QSignalSpy failed(request, &Api::ApiRequest::failed);
    QSignalSpy finished(request, &Api::ApiRequest::finished);
    request->start();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !finished.isEmpty(), 30000);
    QVERIFY2(finished.isEmpty(), "Prism accepted a request with temperature 3: the contract net catches nothing");
    QCOMPARE(request->httpStatus(), 422);
    QVERIFY2(prismLog().contains(QLatin1String("temperature")), qPrintable(prismLog()));
    delete request;
}

void TestContractPrism::modelsConformToTheSpec()
{
    expectConforming({QStringLiteral("models")});
    expectConforming({QStringLiteral("models"), QStringLiteral("--fine-tuned"), QStringLiteral("--format"), QStringLiteral("json")});
}

void TestContractPrism::filesConformToTheSpec()
{
    const QString path = m_dir->filePath(QStringLiteral("train.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n");
    file.close();
    expectConforming({QStringLiteral("files"), QStringLiteral("upload"), path});
    expectConforming({QStringLiteral("files"), QStringLiteral("list")});
    expectConforming({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--purpose"), QStringLiteral("fine-tune")});
    expectConforming({QStringLiteral("files"), QStringLiteral("delete"), QStringLiteral("file-abc123")});
    expectConforming({QStringLiteral("files"), QStringLiteral("content"), QStringLiteral("file-abc123"), QStringLiteral("-o"),
                      m_dir->filePath(QStringLiteral("content.bin"))});
}

void TestContractPrism::jobCreationConformsToTheSpec_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("minimal") << QStringList{};
    QTest::newRow("supervised, every option")
        << QStringList{QStringLiteral("--validation-file"), QStringLiteral("file-val456"), QStringLiteral("--epochs"),
                       QStringLiteral("3"), QStringLiteral("--batch-size"), QStringLiteral("auto"), QStringLiteral("--lr-multiplier"),
                       QStringLiteral("0.5"), QStringLiteral("--suffix"), QStringLiteral("icd10-coder"), QStringLiteral("--seed"),
                       QStringLiteral("42"), QStringLiteral("--metadata"), QStringLiteral("team=coding")};
    QTest::newRow("dpo with beta") << QStringList{QStringLiteral("--method"), QStringLiteral("dpo"), QStringLiteral("--beta"),
                                                  QStringLiteral("0.1"), QStringLiteral("--epochs"), QStringLiteral("auto")};
}

void TestContractPrism::jobCreationConformsToTheSpec()
{
    QFETCH(QStringList, extra);
    expectConforming(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                 QStringLiteral("gpt-4o-mini-2024-07-18"), QStringLiteral("--training-file"),
                                 QStringLiteral("file-train123")}
                     + extra);
}

void TestContractPrism::jobQueriesAndActionsConformToTheSpec_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = QStringLiteral("ftjob-abc123");
    QTest::newRow("list") << QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")};
    QTest::newRow("list after") << QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--after"), id};
    QTest::newRow("show") << QStringList{QStringLiteral("jobs"), QStringLiteral("show"), id};
    QTest::newRow("events") << QStringList{QStringLiteral("jobs"), QStringLiteral("events"), id, QStringLiteral("--limit"), QStringLiteral("50")};
    QTest::newRow("metrics") << QStringList{QStringLiteral("jobs"), QStringLiteral("metrics"), id, QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("cancel") << QStringList{QStringLiteral("jobs"), QStringLiteral("cancel"), id};
    QTest::newRow("pause") << QStringList{QStringLiteral("jobs"), QStringLiteral("pause"), id};
    QTest::newRow("resume") << QStringList{QStringLiteral("jobs"), QStringLiteral("resume"), id};
}

void TestContractPrism::jobQueriesAndActionsConformToTheSpec()
{
    QFETCH(QStringList, arguments);
    expectConforming(arguments);
}

void TestContractPrism::chatConformsToTheSpec()
{
    // JSON output sends the plain (non-streamed) request, which Prism can answer.
    expectConforming({QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini-2024-07-18"),
                      QStringLiteral("--system"), QStringLiteral("You are a medical coding assistant."),
                      QStringLiteral("--temperature"), QStringLiteral("0"), QStringLiteral("--max-tokens"), QStringLiteral("64"),
                      QStringLiteral("Acute bronchitis"), QStringLiteral("--format"), QStringLiteral("json")});
}

QTEST_GUILESS_MAIN(TestContractPrism)
#include "TestContractPrism.moc"
