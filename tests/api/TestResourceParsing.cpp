// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/AzureOpenAiProvider.h"
#include "api/providers/Provider.h"
#include "api/resources/ChatCompletion.h"
#include "api/resources/FineTuningJob.h"
#include "api/resources/JobCheckpoint.h"
#include "api/resources/JobCreateParams.h"
#include "api/resources/JobEvent.h"
#include "api/resources/ListPage.h"

#include <QJsonDocument>
#include <QTest>

using namespace Fts::Api;

class TestResourceParsing : public QObject
{
    Q_OBJECT

private:
    static QJsonObject object(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

private Q_SLOTS:
    void healthyJobWithEmptyOrNullErrorIsNoError_data()
    {
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("all null") << QByteArray(R"({"code":null,"message":null,"param":null})");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("missing") << QByteArray();
    }

    void healthyJobWithEmptyOrNullErrorIsNoError()
    {
        QFETCH(QByteArray, error);
        QByteArray json = R"({"id":"ftjob-1","status":"running","created_at":1,"model":"gpt-4o-mini")";
        if (!error.isEmpty())
            json += ",\"error\":" + error;
        json += '}';
        const FineTuningJob job = FineTuningJob::fromJson(object(json));
        QVERIFY(!job.hasError());
        QCOMPARE(job.status, FineTuningJob::Status::Running);
        QVERIFY(job.isActive());
    }

    void realJobShapeIsParsedLeniently()
    {
        const FineTuningJob job = FineTuningJob::fromJson(object(R"({
            "object":"fine_tuning.job","id":"ftjob-abc","model":"gpt-4o-mini-2024-07-18","created_at":1721764800,
            "finished_at":null,"fine_tuned_model":null,"organization_id":"org-1","result_files":[],"status":"paused",
            "validation_file":null,"training_file":"file-1","hyperparameters":null,
            "method":{"type":"dpo","dpo":{"hyperparameters":{"beta":0.1,"n_epochs":"auto"}}},
            "trained_tokens":null,"error":{},"user_provided_suffix":"coder","seed":683058546,
            "estimated_finish":null,"integrations":[],"metadata":{"team":"a","n":3},
            "usage_metrics":null,"shared_with_openai":false})"));
        QCOMPARE(job.status, FineTuningJob::Status::Paused);
        QCOMPARE(job.statusDisplayText(), QStringLiteral("Paused"));
        QVERIFY(!job.isTerminal());
        QVERIFY(!job.isActive());
        QCOMPARE(job.methodType, QStringLiteral("dpo"));
        QCOMPARE(job.hyperparameters.value(QLatin1String("beta")).toDouble(), 0.1);
        QVERIFY(!job.finishedAt.has_value());
        QVERIFY(!job.trainedTokens.has_value());
        QCOMPARE(*job.seed, 683058546);
        QCOMPARE(job.suffix, QStringLiteral("coder"));
        QCOMPARE(job.metadata.value(QStringLiteral("n")), QStringLiteral("3"));
        QCOMPARE(job.unknownFields(), (QStringList{QStringLiteral("shared_with_openai"), QStringLiteral("usage_metrics")}));
    }

    void unknownStatusIsKeptVerbatim()
    {
        const FineTuningJob job = FineTuningJob::fromJson(object(R"({"id":"j","status":"deploying_weights"})"));
        QCOMPARE(job.status, FineTuningJob::Status::Other);
        QCOMPARE(job.statusText, QStringLiteral("deploying_weights"));
        QCOMPARE(job.statusDisplayText(), QStringLiteral("deploying_weights"));
    }

    void failedJobCarriesItsError()
    {
        const FineTuningJob job = FineTuningJob::fromJson(object(
            R"({"id":"j","status":"failed","error":{"code":"invalid_training_file","message":"Line 4 is not JSON","param":"training_file"}})"));
        QVERIFY(job.hasError());
        QVERIFY(job.isTerminal());
        QCOMPARE(job.error.param, QStringLiteral("training_file"));
    }

    void wrongTypesDegradeToDefaults()
    {
        const FineTuningJob job = FineTuningJob::fromJson(object(
            R"({"id":7,"status":null,"created_at":"1700000000","result_files":"x","hyperparameters":[1],"metadata":[]})"));
        QCOMPARE(job.id, QStringLiteral("7"));
        QCOMPARE(job.status, FineTuningJob::Status::Other);
        QCOMPARE(job.createdAt, 1700000000);
        QVERIFY(job.resultFiles.isEmpty());
        QVERIFY(job.hyperparameters.isEmpty());
    }

    void metricsEventAndCheckpoint()
    {
        const JobEvent event = JobEvent::fromJson(object(R"({"object":"fine_tuning.job.event","id":"ftevent-1",
            "created_at":1,"level":"info","message":"Step 300/300: training loss=0.15","type":"metrics",
            "data":{"step":300,"train_loss":0.15,"total_steps":300,"train_mean_token_accuracy":0.9,
                    "valid_loss":0.27,"full_valid_loss":0.4,"note":"text"}})"));
        QVERIFY(event.isMetrics());
        QCOMPARE(*event.step(), 300);
        QCOMPARE(*event.metric(QStringLiteral("full_valid_loss")), 0.4);
        QVERIFY(!event.metric(QStringLiteral("valid_mean_token_accuracy")).has_value());
        QVERIFY(!event.metrics().contains(QStringLiteral("note")));
        const JobEvent message = JobEvent::fromJson(object(R"({"id":"e","type":"message","data":null})"));
        QVERIFY(!message.isMetrics());

        const JobCheckpoint checkpoint = JobCheckpoint::fromJson(object(R"({"object":"fine_tuning.job.checkpoint",
            "id":"ftckpt_1","created_at":2,"fine_tuned_model_checkpoint":"ft:gpt-4o-mini:org:s:abc:ckpt-step-2000",
            "step_number":2000,"metrics":{"step":2000,"train_loss":0.1,"full_valid_loss":null},"fine_tuning_job_id":"ftjob-1"})"));
        QCOMPARE(checkpoint.stepNumber, 2000);
        QCOMPARE(checkpoint.metrics.value(QStringLiteral("train_loss")), 0.1);
        QVERIFY(!checkpoint.metrics.contains(QStringLiteral("full_valid_loss")));
    }

    void listPageCursor()
    {
        const auto page = ListPage<JobEvent>::fromJson(object(R"({"object":"list","data":[{"id":"a"},{"id":"b"},7],"has_more":true})"));
        QCOMPARE(page.data.size(), 2);
        QCOMPARE(page.nextAfter(), QStringLiteral("b"));
        const auto withIds = ListPage<JobEvent>::fromJson(object(R"({"data":[{"id":"a"}],"last_id":"z","has_more":false})"));
        QCOMPARE(withIds.nextAfter(), QStringLiteral("z"));
    }

    void chatCompletionUsageDetails()
    {
        const ChatCompletion completion = ChatCompletion::fromJson(object(R"({"id":"c","model":"m","choices":[
            {"index":0,"message":{"role":"assistant","content":null,"refusal":"I cannot"},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12,
                     "prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":0}}})"));
        QVERIFY(completion.content.isEmpty());
        QCOMPARE(completion.refusal, QStringLiteral("I cannot"));
        QCOMPARE(completion.usage.totalTokens, 12);
        QCOMPARE(*completion.usage.cachedTokens, 4);
    }

    void suffixRule()
    {
        QVERIFY(JobCreateParams::isValidSuffix(QStringLiteral("icd10_coder-v2")));
        QVERIFY(JobCreateParams::isValidSuffix(QString(64, QLatin1Char('a'))));
        QVERIFY(!JobCreateParams::isValidSuffix(QString(65, QLatin1Char('a'))));
        QVERIFY(!JobCreateParams::isValidSuffix(QString()));
        QVERIFY(!JobCreateParams::isValidSuffix(QStringLiteral("a:b")));
        QVERIFY(!JobCreateParams::isValidSuffix(QStringLiteral("ärzte")));
    }

    void createParamsValidation()
    {
        JobCreateParams params;
        params.model = QStringLiteral("gpt-4o-mini-2024-07-18");
        params.trainingFile = QStringLiteral("file-1");
        QVERIFY(!params.validate());
        params.beta = Hyperparameter::number(0.5);
        QCOMPARE(params.validate().param, QStringLiteral("beta")); // beta is DPO-only
        params.method = JobCreateParams::Method::Dpo;
        QVERIFY(!params.validate());
        params.beta = Hyperparameter::number(2.5);
        QCOMPARE(params.validate().param, QStringLiteral("beta"));
        params.beta = Hyperparameter::automatic();
        params.batchSize = Hyperparameter::number(257);
        QCOMPARE(params.validate().param, QStringLiteral("batch_size"));
        params.batchSize.reset();
        params.learningRateMultiplier = Hyperparameter::number(0);
        QCOMPARE(params.validate().param, QStringLiteral("learning_rate_multiplier"));
        params.learningRateMultiplier.reset();
        params.seed = -1;
        QCOMPARE(params.validate().param, QStringLiteral("seed"));
        params.seed.reset();
        for (int i = 0; i < 17; ++i)
            params.metadata.insert(QString::number(i), QStringLiteral("v"));
        QCOMPARE(params.validate().param, QStringLiteral("metadata"));
        params.metadata.clear();
        params.validationFile = params.trainingFile;
        QCOMPARE(params.validate().param, QStringLiteral("validation_file"));

        bool ok = false;
        QVERIFY(Hyperparameter::fromString(QStringLiteral("AUTO"), &ok).isAuto && ok);
        QCOMPARE(Hyperparameter::fromString(QStringLiteral("1.5"), &ok).value, 1.5);
        Hyperparameter::fromString(QStringLiteral("lots"), &ok);
        QVERIFY(!ok);
        QCOMPARE(JobCreateParams::methodFromName(QStringLiteral("DPO")), JobCreateParams::Method::Dpo);
        QVERIFY(!JobCreateParams::methodFromName(QStringLiteral("reinforcement")).has_value());
    }

    void providersFromIds()
    {
        ProviderOptions options;
        options.apiKey = QStringLiteral("k");
        const auto openai = Provider::create(QStringLiteral("openai"), options);
        QCOMPARE(openai->endpoint(QStringLiteral("fine_tuning/jobs")).toString(),
                 QStringLiteral("https://api.openai.com/v1/fine_tuning/jobs"));
        QVERIFY(!openai->validate());
        options.azureResource = QStringLiteral("contoso");
        const auto azure = Provider::create(QStringLiteral("Azure"), options);
        QCOMPARE(azure->endpoint(QStringLiteral("files")).toString(),
                 QStringLiteral("https://contoso.openai.azure.com/openai/v1/files"));
        QNetworkRequest request;
        azure->authorize(request);
        QCOMPARE(request.rawHeader("api-key"), QByteArray("k"));
        QVERIFY(!request.hasRawHeader("Authorization"));
        options.azureApiVersion = QStringLiteral("2024-10-21");
        options.azureResource.clear();
        options.baseUrl = QUrl(QStringLiteral("https://contoso.openai.azure.com/openai"));
        const auto legacy = Provider::create(QStringLiteral("azure"), options);
        QCOMPARE(legacy->endpoint(QStringLiteral("files"), QUrlQuery(QStringLiteral("limit=2"))).toString(),
                 QStringLiteral("https://contoso.openai.azure.com/openai/files?limit=2&api-version=2024-10-21"));
        QVERIFY(!Provider::create(QStringLiteral("together"), options));
        QCOMPARE(Provider::knownIds().size(), 3);

        ProviderOptions noKey;
        QCOMPARE(Provider::create(QStringLiteral("openai"), noKey)->validate().param, QStringLiteral("api_key"));
        QCOMPARE(Provider::create(QStringLiteral("azure"), noKey)->validate().param, QStringLiteral("base_url"));
        noKey.baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
        const auto local = Provider::create(QStringLiteral("compatible"), noKey);
        QVERIFY(!local->validate());
        QVERIFY(!local->supports(ProviderCapability::FineTuning));
        QVERIFY(local->supports(ProviderCapability::ChatStreaming));
    }
};

QTEST_GUILESS_MAIN(TestResourceParsing)
#include "TestResourceParsing.moc"
