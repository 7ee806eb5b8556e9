// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/MemorySecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "cli/ApiCommand.h"
#include "cli/ApiCommandOptions.h"
#include "cli/CliApplication.h"
#include "cli/CliIo.h"
#include "support/FakeOpenAiServer.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts;
using Fts::Test::FakeOpenAiServer;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

/**
 * The API commands of `ftstudio`, run in-process (CliApplication with buffers) against the stateful fake
 * OpenAI server over loopback HTTP, plus one run of the real binary.
 */
class TestApiCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void sharedOptionsAreParsedAnywhere();
    void filesUploadListContentDelete();
    void resultFileContentIsDecoded();
    void jobsCreateStopsOnValidationErrorsBeforeUploading();
    void jobsCreateChecksUploadsAndCreates();
    void jobsCreateRejectsBadValuesBeforeReadingAnything();
    void jobsWatchFollowsToSuccessAndPrintsEachEventOnce();
    void jobsWatchExitsOneWhenTheJobFails();
    void jobsMetricsMergesTheSeriesAsCsvAndJson();
    void jobsListShowEventsAndActions();
    void modelsListsShutdownDatesAndFiltersFineTuned();
    void chatStreamsTheAnswer();
    void chatJsonPrintsTheCompletionObject();
    void apiErrorsExitOneWithTheRequestId();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void savedProfileAndKeychainKeyAreUsed();
    void azureProviderSendsApiKeyHeader();
    void realBinaryListsModelsAsJson();

private:
    CliRun run(const QStringList &arguments, int timeoutMs = 20000);
    QStringList connection() const;
    QString writeFile(const QString &name, const QByteArray &content);
    QString createFinishedJob(const QString &failure = {}, bool withValidation = false);

    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Api::ProfileStore> m_profiles;
    std::unique_ptr<Api::MemorySecretStore> m_secrets;
    QProcessEnvironment m_environment;
};

void TestApiCommands::init()
{
    m_server = std::make_unique<FakeOpenAiServer>();
    QVERIFY(m_server->start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<Api::ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<Api::MemorySecretStore>();
    m_environment = QProcessEnvironment();
    m_environment.insert(QStringLiteral("OPENAI_API_KEY"), m_server->apiKey());
}

void TestApiCommands::cleanup()
{
    m_server.reset();
}

CliRun TestApiCommands::run(const QStringList &arguments, int timeoutMs)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun result;
    {
        Cli::CliIo io(&out, &err);
        Cli::CliApplication cli(io);
        for (Cli::CliCommand *command : cli.commands()) {
            if (auto *apiCommand = qobject_cast<Cli::ApiCommand *>(command)) {
                apiCommand->setCredentialSources(m_profiles.get(), m_secrets.get(), m_environment);
                apiCommand->setClientConfigurator([](Api::ApiClient &client) { client.setBackoffScale(0.001); });
            }
        }
        QSignalSpy finished(&cli, &Cli::CliApplication::finished);
        cli.start(arguments);
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            qWarning("ftstudio %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        if (!finished.isEmpty())
            result.exitCode = finished.first().first().toInt();
        io.flush();
    }
    result.out = out.data();
    result.err = err.data();
    return result;
}

QStringList TestApiCommands::connection() const
{
    return {QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--base-url"),
            m_server->baseUrl().toString()};
}

QString TestApiCommands::writeFile(const QString &name, const QByteArray &content)
{
    return Fts::Test::TestPaths::writeFile(m_dir->filePath(name), content);
}

QString TestApiCommands::createFinishedJob(const QString &failure, bool withValidation)
{
    const QString fileId = m_server->addFile(QStringLiteral("train.jsonl"), QByteArrayLiteral("{}\n"));
    if (!failure.isEmpty())
        m_server->setNextJobFailure(failure);
    QStringList validation;
    if (withValidation)
        validation = {QStringLiteral("--validation-file"), m_server->addFile(QStringLiteral("valid.jsonl"), QByteArrayLiteral("{}\n"))};
    const CliRun created = run(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                           QStringLiteral("gpt-4o-mini-2024-07-18"), QStringLiteral("--training-file"), fileId,
                                           QStringLiteral("--format"), QStringLiteral("json")} + validation + connection());
    if (created.exitCode != 0)
        return {};
    return created.json().value(QLatin1String("id")).toString();
}

void TestApiCommands::sharedOptionsAreParsedAnywhere()
{
    QStringList arguments = {QStringLiteral("list"), QStringLiteral("--profile=work"), QStringLiteral("--limit"),
                             QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--"), QStringLiteral("--profile")};
    Cli::ApiCommandOptions options;
    QString error;
    QVERIFY2(options.parse(arguments, &error), qPrintable(error));
    QCOMPARE(options.profileName(), QStringLiteral("work"));
    QVERIFY(options.isJson());
    QCOMPARE(arguments, (QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3"),
                                     QStringLiteral("--"), QStringLiteral("--profile")}));

    QCOMPARE(Cli::ApiCommandOptions::commandFirst({QStringLiteral("--profile"), QStringLiteral("w"), QStringLiteral("--format=json"),
                                                   QStringLiteral("jobs"), QStringLiteral("list")}),
             (QStringList{QStringLiteral("jobs"), QStringLiteral("--profile"), QStringLiteral("w"),
                          QStringLiteral("--format=json"), QStringLiteral("list")}));
    QCOMPARE(Cli::ApiCommandOptions::commandFirst({QStringLiteral("--version")}), QStringList{QStringLiteral("--version")});

    Cli::ApiCommandOptions both;
    QStringList conflicting = {QStringLiteral("--profile"), QStringLiteral("a"), QStringLiteral("--provider"), QStringLiteral("azure")};
    QVERIFY(!both.parse(conflicting, &error));
    QVERIFY(error.contains(QLatin1String("either")));
}

void TestApiCommands::filesUploadListContentDelete()
{
    const QByteArray content = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"ho\"}]}\n";
    const QString path = writeFile(QStringLiteral("upload.jsonl"), content);

    const CliRun uploaded = run(QStringList{QStringLiteral("files"), QStringLiteral("upload"), path, QStringLiteral("--format"),
                                            QStringLiteral("json")} + connection());
    QCOMPARE(uploaded.exitCode, 0);
    const QString id = uploaded.json().value(QLatin1String("id")).toString();
    QVERIFY2(id.startsWith(QLatin1String("file-")), uploaded.out.constData());
    QCOMPARE(m_server->fileContent(id), content);
    QCOMPARE(m_server->fileObject(id).value(QLatin1String("purpose")).toString(), QStringLiteral("fine-tune"));

    const CliRun listed = run(QStringList{QStringLiteral("files"), QStringLiteral("list")} + connection());
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.startsWith("ID"));
    QVERIFY(listed.out.contains(id.toUtf8()));
    QVERIFY(listed.out.contains("upload.jsonl"));

    const CliRun listedJson = run(QStringList{QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--format=json")} + connection());
    QCOMPARE(listedJson.exitCode, 0);
    QCOMPARE(listedJson.json().value(QLatin1String("object")).toString(), QStringLiteral("list"));
    QCOMPARE(listedJson.json().value(QLatin1String("data")).toArray().first().toObject().value(QLatin1String("id")).toString(), id);

    const QString outPath = m_dir->filePath(QStringLiteral("downloaded.jsonl"));
    const CliRun downloaded = run(QStringList{QStringLiteral("files"), QStringLiteral("content"), id, QStringLiteral("-o"), outPath} + connection());
    QCOMPARE(downloaded.exitCode, 0);
    QFile file(outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);

    const CliRun deleted = run(QStringList{QStringLiteral("files"), QStringLiteral("delete"), id} + connection());
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(deleted.out.contains(id.toUtf8()));
    QVERIFY(!m_server->hasFile(id));
}

void TestApiCommands::resultFileContentIsDecoded()
{
    const QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n1,1.5,0.5,,\n";
    const QString id = m_server->addFile(QStringLiteral("step_metrics.csv"), csv.toBase64(), QStringLiteral("fine-tune-results"));
    const CliRun result = run(QStringList{QStringLiteral("files"), QStringLiteral("content"), id} + connection());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, csv);
}

void TestApiCommands::jobsCreateStopsOnValidationErrorsBeforeUploading()
{
    QByteArray lines;
    for (int i = 0; i < 12; ++i)
        lines += "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n";
    lines += "{\"messages\":[{\"role\":\"asistant\",\"content\":\"typo\"}]}\n"; // line 13
    const QString path = writeFile(QStringLiteral("broken.jsonl"), lines);
    const CliRun result = run(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                          QStringLiteral("gpt-4o-mini-2024-07-18"), QStringLiteral("--training-file"), path}
                              + connection());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("line 13"), result.err.constData());
    QVERIFY(result.err.contains("nothing was uploaded"));
    QVERIFY(m_server->requestsMatching(QStringLiteral("^/files")).isEmpty());
    QVERIFY(m_server->requestsMatching(QStringLiteral("^/fine_tuning")).isEmpty());
}

void TestApiCommands::jobsCreateChecksUploadsAndCreates()
{
    const QString training = Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl"));
    const QString validation = Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-validation.jsonl"));
    QVERIFY(QFile::exists(training));
    const CliRun result = run(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                          QStringLiteral("gpt-4o-mini-2024-07-18"), QStringLiteral("--training-file"), training,
                                          QStringLiteral("--validation-file"), validation, QStringLiteral("--epochs"),
                                          QStringLiteral("3"), QStringLiteral("--lr-multiplier"), QStringLiteral("auto"),
                                          QStringLiteral("--suffix"), QStringLiteral("icd10-coder"), QStringLiteral("--seed"),
                                          QStringLiteral("42"), QStringLiteral("--metadata"), QStringLiteral("team=coding")}
                              + connection());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Created job ftjob-"));
    QVERIFY(result.out.contains("ftstudio jobs watch"));

    const auto uploads = m_server->requestsMatching(QStringLiteral("^/files$"), "POST");
    QCOMPARE(uploads.size(), 2);
    const auto creates = m_server->requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "POST");
    QCOMPARE(creates.size(), 1);
    const QJsonObject body = creates.first().json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini-2024-07-18"));
    const QString trainingId = body.value(QLatin1String("training_file")).toString();
    QVERIFY(m_server->hasFile(trainingId));
    QFile original(training);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(m_server->fileContent(trainingId), original.readAll());
    QVERIFY(m_server->hasFile(body.value(QLatin1String("validation_file")).toString()));
    QCOMPARE(body.value(QLatin1String("suffix")).toString(), QStringLiteral("icd10-coder"));
    QCOMPARE(body.value(QLatin1String("seed")).toInt(), 42);
    const QJsonObject hyper = body.value(QLatin1String("method")).toObject().value(QLatin1String("supervised")).toObject()
                                  .value(QLatin1String("hyperparameters")).toObject();
    QCOMPARE(hyper.value(QLatin1String("n_epochs")).toInt(), 3);
    QCOMPARE(hyper.value(QLatin1String("learning_rate_multiplier")).toString(), QStringLiteral("auto"));
    QCOMPARE(body.value(QLatin1String("metadata")).toObject().value(QLatin1String("team")).toString(), QStringLiteral("coding"));
}

void TestApiCommands::jobsCreateRejectsBadValuesBeforeReadingAnything()
{
    const QString training = Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl"));
    const CliRun badSuffix = run(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                             QStringLiteral("m"), QStringLiteral("--training-file"), training,
                                             QStringLiteral("--suffix"), QStringLiteral("has:colon")} + connection());
    QCOMPARE(badSuffix.exitCode, 2);
    QVERIFY(badSuffix.err.contains("suffix"));
    const CliRun dpoFile = run(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                           QStringLiteral("m"), QStringLiteral("--training-file"), training,
                                           QStringLiteral("--method"), QStringLiteral("dpo")} + connection());
    QCOMPARE(dpoFile.exitCode, 1); // a chat file cannot train DPO: refused after reading it, before uploading
    QVERIFY2(dpoFile.err.contains("nothing was uploaded"), dpoFile.err.constData());
    const CliRun missingFile = run(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("--model"),
                                               QStringLiteral("m"), QStringLiteral("--training-file"),
                                               QStringLiteral("no/such/train.jsonl")} + connection());
    QCOMPARE(missingFile.exitCode, 2);
    QVERIFY(m_server->requests().isEmpty());
}

void TestApiCommands::jobsWatchFollowsToSuccessAndPrintsEachEventOnce()
{
    const QString jobId = createFinishedJob();
    QVERIFY(!jobId.isEmpty());
    const CliRun watched = run({QStringLiteral("jobs"), QStringLiteral("watch"), jobId, QStringLiteral("--interval"),
                                QStringLiteral("0.05"), QStringLiteral("--provider"), QStringLiteral("openai"),
                                QStringLiteral("--base-url"), m_server->baseUrl().toString()},
                               30000);
    QVERIFY2(watched.exitCode == 0, watched.err.constData());
    const QList<QByteArray> lines = watched.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 30);
    QVERIFY(lines.last().contains("succeeded"));
    QVERIFY(lines.last().contains("ft:gpt-4o-mini"));
    // Each event exactly once, in the order the server created them.
    QCOMPARE(lines.size() - 1, m_server->jobEventCount(jobId));
    QSet<QByteArray> unique(lines.begin(), lines.end());
    QCOMPARE(unique.size(), lines.size());
    QVERIFY(watched.out.indexOf("Validating training file") < watched.out.indexOf("Step 1/"));
    QVERIFY(watched.out.indexOf("Step 1/") < watched.out.indexOf("Step 30/"));
}

void TestApiCommands::jobsWatchExitsOneWhenTheJobFails()
{
    const QString jobId = createFinishedJob(QStringLiteral("The training file has 3 examples; at least 10 are required."));
    QVERIFY(!jobId.isEmpty());
    const CliRun watched = run(QStringList{QStringLiteral("jobs"), QStringLiteral("watch"), jobId, QStringLiteral("--interval"),
                                           QStringLiteral("0.05")} + connection(), 30000);
    QCOMPARE(watched.exitCode, 1);
    QVERIFY2(watched.out.toLower().contains("ended: failed"), watched.out.constData());
    QVERIFY(watched.out.contains("at least 10 are required"));

    const QString cancelledId = createFinishedJob();
    QCOMPARE(run(QStringList{QStringLiteral("jobs"), QStringLiteral("cancel"), cancelledId} + connection()).exitCode, 0);
    const CliRun cancelled = run(QStringList{QStringLiteral("jobs"), QStringLiteral("watch"), cancelledId, QStringLiteral("--interval"),
                                             QStringLiteral("0.05")} + connection());
    QCOMPARE(cancelled.exitCode, 1);
    QVERIFY(cancelled.out.contains("ancelled"));
}

void TestApiCommands::jobsMetricsMergesTheSeriesAsCsvAndJson()
{
    const QString jobId = createFinishedJob({}, true);
    QVERIFY(!jobId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->job(jobId).value(QLatin1String("status")).toString(), QStringLiteral("succeeded"), 15000);

    const CliRun csv = run(QStringList{QStringLiteral("jobs"), QStringLiteral("metrics"), jobId} + connection());
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY2(lines.first().startsWith("step,train_loss,train_mean_token_accuracy,valid_loss,valid_mean_token_accuracy"),
             lines.first().constData());
    QVERIFY(lines.first().contains("full_valid_loss")); // from the checkpoints and end-of-epoch events
    QCOMPARE(lines.size(), 1 + 30);                      // one row per step, no duplicates from the three sources
    QVERIFY(lines.at(1).startsWith("1,"));
    QVERIFY(lines.last().startsWith("30,"));
    // The result file was read as well (it is fetched only for finished jobs).
    QVERIFY(!m_server->requestsMatching(QStringLiteral("^/files/.*/content$")).isEmpty());
    QVERIFY(!m_server->requestsMatching(QStringLiteral("/checkpoints$")).isEmpty());

    const CliRun json = run(QStringList{QStringLiteral("jobs"), QStringLiteral("metrics"), jobId, QStringLiteral("--format"),
                                        QStringLiteral("json")} + connection());
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QLatin1String("columns")).toArray().first().toString(), QStringLiteral("step"));
    QCOMPARE(object.value(QLatin1String("data")).toArray().size(), 30);
    QVERIFY(object.value(QLatin1String("data")).toArray().first().toObject().contains(QLatin1String("train_loss")));
}

void TestApiCommands::jobsListShowEventsAndActions()
{
    const QString first = m_server->seedJob({{QStringLiteral("status"), QStringLiteral("running")}});
    const QString second = m_server->seedJob({{QStringLiteral("status"), QStringLiteral("running")}});
    m_server->setAutoAdvance(false);

    const CliRun list = run(QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                                        QStringLiteral("--format"), QStringLiteral("json")} + connection());
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(list.json().value(QLatin1String("data")).toArray().first().toObject().value(QLatin1String("id")).toString(), second);
    QVERIFY(list.json().value(QLatin1String("has_more")).toBool());
    const CliRun listText = run(QStringList{QStringLiteral("jobs"), QStringLiteral("list")} + connection());
    QVERIFY(listText.out.contains(first.toUtf8()));
    QVERIFY(listText.out.contains(second.toUtf8()));

    const CliRun show = run(QStringList{QStringLiteral("jobs"), QStringLiteral("show"), first} + connection());
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("Status:"));
    QVERIFY(show.out.contains(first.toUtf8()));

    const CliRun paused = run(QStringList{QStringLiteral("jobs"), QStringLiteral("pause"), first} + connection());
    QCOMPARE(paused.exitCode, 0);
    QVERIFY2(paused.out.contains("paused"), paused.out.constData());
    QCOMPARE(m_server->job(first).value(QLatin1String("status")).toString(), QStringLiteral("paused"));
    const CliRun resumed = run(QStringList{QStringLiteral("jobs"), QStringLiteral("resume"), first, QStringLiteral("--format=json")} + connection());
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.json().value(QLatin1String("status")).toString(), m_server->job(first).value(QLatin1String("status")).toString());
    QCOMPARE(run(QStringList{QStringLiteral("jobs"), QStringLiteral("cancel"), first} + connection()).exitCode, 0);
    QCOMPARE(m_server->job(first).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));

    const CliRun events = run(QStringList{QStringLiteral("jobs"), QStringLiteral("events"), first, QStringLiteral("--format"),
                                          QStringLiteral("json")} + connection());
    QCOMPARE(events.exitCode, 0);
    QCOMPARE(events.json().value(QLatin1String("data")).toArray().size(), m_server->jobEventCount(first));
    const CliRun eventsText = run(QStringList{QStringLiteral("jobs"), QStringLiteral("events"), first} + connection());
    QCOMPARE(eventsText.out.trimmed().split('\n').size(), m_server->jobEventCount(first));
}

void TestApiCommands::modelsListsShutdownDatesAndFiltersFineTuned()
{
    m_server->addModel(QStringLiteral("ft:gpt-4o-mini-2024-07-18:clinic:icd10:B7R9VjQd"), QStringLiteral("clinic"), QStringLiteral("2027-01-14"));
    const CliRun all = run(QStringList{QStringLiteral("models")} + connection());
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("gpt-4o-2024-08-06"));
    QVERIFY(all.out.contains("2027-01-14"));
    QVERIFY(all.out.contains("2026-10-23 (shut down)"));

    const CliRun fineTuned = run(QStringList{QStringLiteral("models"), QStringLiteral("--fine-tuned"), QStringLiteral("--format"),
                                             QStringLiteral("json")} + connection());
    QCOMPARE(fineTuned.exitCode, 0);
    const QJsonArray data = fineTuned.json().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("ft:gpt-4o-mini-2024-07-18:clinic:icd10:B7R9VjQd"));
    QCOMPARE(data.first().toObject().value(QLatin1String("shutdown_date")).toString(), QStringLiteral("2027-01-14"));
}

void TestApiCommands::chatStreamsTheAnswer()
{
    m_server->setChatResponder([](const QString &model, const QJsonArray &messages) {
        return QStringLiteral("%1 says: J20.9: Acute bronchitis, unspecified (%2 messages)").arg(model).arg(messages.size());
    });
    const CliRun chat = run(QStringList{QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini-2024-07-18"),
                                        QStringLiteral("--system"), QStringLiteral("You are a medical coding assistant."),
                                        QStringLiteral("Acute"), QStringLiteral("bronchitis."), QStringLiteral("--usage")}
                            + connection());
    QVERIFY2(chat.exitCode == 0, chat.err.constData());
    QCOMPARE(chat.out, QByteArray("gpt-4o-mini-2024-07-18 says: J20.9: Acute bronchitis, unspecified (2 messages)\n"));
    QVERIFY(chat.err.contains("completion tokens"));
    const auto requests = m_server->requestsMatching(QStringLiteral("^/chat/completions$"), "POST");
    QCOMPARE(requests.size(), 1);
    const QJsonObject body = requests.first().json();
    QVERIFY(body.value(QLatin1String("stream")).toBool());
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Acute bronchitis."));
}

void TestApiCommands::chatJsonPrintsTheCompletionObject()
{
    m_server->setChatResponder([](const QString &, const QJsonArray &) { return QStringLiteral("I10: Essential (primary) hypertension"); });
    const CliRun chat = run(QStringList{QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("m"),
                                        QStringLiteral("High blood pressure"), QStringLiteral("--format"), QStringLiteral("json")}
                            + connection());
    QCOMPARE(chat.exitCode, 0);
    const QJsonObject completion = chat.json();
    QCOMPARE(completion.value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(completion.value(QLatin1String("choices")).toArray().first().toObject().value(QLatin1String("message")).toObject()
                 .value(QLatin1String("content")).toString(),
             QStringLiteral("I10: Essential (primary) hypertension"));
}

void TestApiCommands::apiErrorsExitOneWithTheRequestId()
{
    const CliRun missing = run(QStringList{QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("ftjob-doesnotexist")} + connection());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("Request id"), missing.err.constData());
    QVERIFY(missing.err.contains("404"));
    QVERIFY(missing.out.isEmpty());

    m_environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-wrong"));
    const CliRun refused = run(QStringList{QStringLiteral("models")} + connection());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("API key was rejected"));
    QVERIFY(!refused.err.contains("sk-wrong")); // the key itself is never printed

    m_environment.insert(QStringLiteral("OPENAI_API_KEY"), m_server->apiKey());
    m_server->clearRequests();
    m_server->addFault("GET", QStringLiteral("^/models$"), FakeOpenAiServer::Fault::httpError(500), 5);
    const CliRun serverError = run(QStringList{QStringLiteral("models")} + connection());
    QCOMPARE(serverError.exitCode, 1);
    QCOMPARE(m_server->requestsMatching(QStringLiteral("^/models$")).size(), 3); // the SDK's two retries happened first
}

void TestApiCommands::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no action") << QStringList{QStringLiteral("files")} << QStringLiteral("upload, list");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("jobs"), QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("missing id") << QStringList{QStringLiteral("jobs"), QStringLiteral("show")} << QStringLiteral("JOB_ID");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("models"), QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("bad format") << QStringList{QStringLiteral("models"), QStringLiteral("--format"), QStringLiteral("xml")} << QStringLiteral("xml");
    QTest::newRow("csv outside metrics") << QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--format=csv")} << QStringLiteral("metrics");
    QTest::newRow("chat without model") << QStringList{QStringLiteral("chat"), QStringLiteral("hello")} << QStringLiteral("--model");
    QTest::newRow("chat without prompt") << QStringList{QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("m")} << QStringLiteral("PROMPT");
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("models"), QStringLiteral("--profile"), QStringLiteral("nope")} << QStringLiteral("nope");
    QTest::newRow("unknown provider") << QStringList{QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("anthropic")} << QStringLiteral("anthropic");
    QTest::newRow("insecure url") << QStringList{QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("compatible"),
                                                 QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1")} << QStringLiteral("https://");
    QTest::newRow("azure without url") << QStringList{QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("azure")} << QStringLiteral("Azure");
}

void TestApiCommands::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
    QVERIFY(m_server->requests().isEmpty());
}

void TestApiCommands::savedProfileAndKeychainKeyAreUsed()
{
    Api::ConnectionProfile profile(QStringLiteral("fake"), Api::ProviderKind::OpenAi, m_server->baseUrl());
    profile.setOrganization(QStringLiteral("org-clinic"));
    QCOMPARE(m_profiles->save(profile), QString());
    const QString keychainKey = QStringLiteral("sk-from-keychain");
    m_server->setApiKey(keychainKey);
    bool stored = false;
    m_secrets->writeSecret(profile.secretKey(), keychainKey, this, [&](const Api::SecretResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    m_environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("placeholder-env-key-unused"));

    // The profile written before the command name, as users type it.
    const CliRun result = run({QStringLiteral("--profile"), QStringLiteral("fake"), QStringLiteral("models")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const auto requests = m_server->requestsMatching(QStringLiteral("^/models$"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer sk-from-keychain"));
    QCOMPARE(requests.first().header("openai-organization"), QByteArray("org-clinic"));

    // Without --profile the default profile is used.
    m_profiles->setDefaultProfileName(QStringLiteral("fake"));
    QCOMPARE(run({QStringLiteral("models")}).exitCode, 0);

    // No key anywhere: a clear setup error naming both places, nothing sent.
    m_secrets = std::make_unique<Api::MemorySecretStore>();
    m_environment = QProcessEnvironment();
    m_server->clearRequests();
    const CliRun noKey = run({QStringLiteral("models")});
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.err.contains("keychain"));
    QVERIFY(noKey.err.contains("OPENAI_API_KEY"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestApiCommands::azureProviderSendsApiKeyHeader()
{
    m_server->setMode(FakeOpenAiServer::Mode::Azure);
    m_environment = QProcessEnvironment();
    m_environment.insert(QStringLiteral("AZURE_OPENAI_API_KEY"), m_server->apiKey());
    const CliRun result = run({QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("azure"),
                               QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--format"),
                               QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const auto requests = m_server->requestsMatching(QStringLiteral("^/models$"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("api-key"), m_server->apiKey().toUtf8());
    QVERIFY(requests.first().header("authorization").isEmpty());
}

void TestApiCommands::realBinaryListsModelsAsJson()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPENAI_API_KEY"), m_server->apiKey());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config"))); // no user profiles
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    process.setProcessEnvironment(environment);
    process.start(Fts::Test::TestPaths::ftstudioBinary(),
                  {QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                   m_server->baseUrl().toString(), QStringLiteral("models"), QStringLiteral("--format"), QStringLiteral("json")});
    // The fake server lives in this process: keep its event loop turning while the binary talks to it.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject list = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(list.value(QLatin1String("object")).toString(), QStringLiteral("list"));
    QVERIFY(list.value(QLatin1String("data")).toArray().size() >= 5);
    QVERIFY(process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiCommands)
#include "TestApiCommands.moc"
