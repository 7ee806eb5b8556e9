// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/JsonNode.h"
#include "core/dataset/JsonlDocument.h"
#include "core/stats/DatasetStatistics.h"
#include "core/stats/DatasetStatisticsJob.h"
#include "core/stats/TrainingPriceTable.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Core;

namespace {

ExampleTokens example(qint64 total, qint64 assistant, int messages, bool system = true, bool user = true)
{
    ExampleTokens tokens;
    tokens.totalTokens = total;
    tokens.assistantTokens = assistant;
    tokens.trainedAssistantTokens = assistant;
    tokens.messageCount = messages;
    tokens.hasSystemMessage = system;
    tokens.hasUserMessage = user;
    return tokens;
}

QByteArray chatLine(int words)
{
    return R"({"messages":[{"role":"user","content":")" + QByteArray("word ").repeated(words)
         + R"("},{"role":"assistant","content":"ok"}]})";
}

} // namespace

class TestDatasetStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultEpochsFollowTheCookbook_data();
    void defaultEpochsFollowTheCookbook();
    void distributionMatchesNumpy();
    void cookbookExampleFigures();
    void tooLongExamplesAreCappedAndListed();
    void uncountedLinesAreLeftOut();
    void chosenEpochsAndUnknownPrice();
    void jsonHasTheDocumentedKeysInOrder();
    void priceTableOverridesDefaults();
    void jobCountsInTheBackgroundAndReusesCounts();
    void jobReadsTheMappedFileEvenAfterTheDocumentMovesOn();
};

void TestDatasetStatistics::defaultEpochsFollowTheCookbook_data()
{
    QTest::addColumn<qint64>("examples");
    QTest::addColumn<int>("epochs");
    QTest::newRow("none") << qint64(0) << 0;
    QTest::newRow("one example: capped at 25") << qint64(1) << 25;
    QTest::newRow("5 examples: 100 // 5") << qint64(5) << 20;
    QTest::newRow("10 examples: 100 // 10") << qint64(10) << 10;
    QTest::newRow("33 examples: 99 < 100") << qint64(33) << 3;
    QTest::newRow("34 examples: 3 epochs") << qint64(34) << 3;
    QTest::newRow("8333 examples: 24999") << qint64(8333) << 3;
    QTest::newRow("8334 examples: 25000 // 8334") << qint64(8334) << 2;
    QTest::newRow("20000 examples") << qint64(20000) << 1;
    QTest::newRow("100000 examples: at least 1") << qint64(100000) << 1;
}

void TestDatasetStatistics::defaultEpochsFollowTheCookbook()
{
    QFETCH(qint64, examples);
    QFETCH(int, epochs);
    QCOMPARE(DatasetStatistics::defaultEpochsFor(examples), epochs);
}

void TestDatasetStatistics::distributionMatchesNumpy()
{
    // numpy: np.quantile([1,2,3,4,10], 0.1) == 1.4, 0.9 -> 7.6, median 3, mean 4
    std::vector<double> values{10, 3, 1, 4, 2};
    const Distribution distribution = Distribution::of(values);
    QCOMPARE(distribution.min, 1.0);
    QCOMPARE(distribution.max, 10.0);
    QCOMPARE(distribution.mean, 4.0);
    QCOMPARE(distribution.median, 3.0);
    QCOMPARE(distribution.p10, 1.4);
    QCOMPARE(distribution.p90, 7.6);
    std::vector<double> even{1, 2, 3, 4};
    QCOMPARE(Distribution::of(even).median, 2.5);
    std::vector<double> empty;
    QCOMPARE(Distribution::of(empty).count, qint64(0));
}

void TestDatasetStatistics::cookbookExampleFigures()
{
    // The cookbook's worked example: 5 examples, 4306 billing tokens -> 20 epochs, 86120 charged tokens.
    std::vector<ExampleTokens> examples{example(1000, 100, 3), example(900, 90, 3), example(806, 80, 3),
                                        example(800, 80, 3), example(800, 80, 3)};
    DatasetStatistics::Options options = DatasetStatistics::optionsForModel(QStringLiteral("gpt-4o-mini-2024-07-18"));
    const DatasetStatistics statistics = DatasetStatistics::compute(examples, {1, 2, 3, 4, 5}, options);
    QCOMPARE(statistics.examples, qint64(5));
    QCOMPARE(statistics.totalTokens, qint64(4306));
    QCOMPARE(statistics.billingTokens, qint64(4306));
    QCOMPARE(statistics.defaultEpochs, 20);
    QCOMPARE(statistics.epochs, 20);
    QCOMPARE(statistics.chargedTokens, qint64(86120));
    QVERIFY(statistics.estimatedCostUsd);
    QCOMPARE(*statistics.estimatedCostUsd, 86120 * 3.0 / 1e6);
    QCOMPARE(statistics.totalTokensPerExample.median, 806.0);
}

void TestDatasetStatistics::tooLongExamplesAreCappedAndListed()
{
    DatasetStatistics::Options options = DatasetStatistics::optionsForModel(QStringLiteral("gpt-3.5-turbo-0613"));
    QCOMPARE(options.maxTokensPerExample, qint64(4096));
    QCOMPARE(options.encoding, EncodingId::Cl100kBase);
    std::vector<ExampleTokens> examples{example(5000, 10, 2), example(4096, 10, 2), example(4097, 10, 2)};
    const DatasetStatistics statistics = DatasetStatistics::compute(examples, {2, 4, 9}, options);
    QCOMPARE(statistics.tooLong.size(), 2);
    QCOMPARE(statistics.tooLong[0].lineNumber, 2);
    QCOMPARE(statistics.tooLong[0].tokens, qint64(5000));
    QCOMPARE(statistics.tooLong[1].lineNumber, 9);
    QCOMPARE(statistics.billingTokens, qint64(3 * 4096));
    QCOMPARE(statistics.totalTokens, qint64(5000 + 4096 + 4097));
}

void TestDatasetStatistics::uncountedLinesAreLeftOut()
{
    std::vector<ExampleTokens> examples{example(10, 1, 2, false, true), ExampleTokens{ExampleTokens::Status::InvalidJson},
                                        example(20, 2, 2, true, false)};
    const DatasetStatistics statistics = DatasetStatistics::compute(
        examples, {1, 2, 3}, DatasetStatistics::optionsForModel(QStringLiteral("gpt-4o-2024-08-06")));
    QCOMPARE(statistics.examples, qint64(2));
    QCOMPARE(statistics.uncountedLines, qint64(1));
    QCOMPARE(statistics.uncountedLineNumbers, QList<int>{2});
    QCOMPARE(statistics.missingSystem, qint64(1));
    QCOMPARE(statistics.missingUser, qint64(1));
    QCOMPARE(statistics.totalTokensPerExample.mean, 15.0);
    QCOMPARE(statistics.totalTokensByExample, (std::vector<qint64>{10, 20}));
}

void TestDatasetStatistics::chosenEpochsAndUnknownPrice()
{
    DatasetStatistics::Options options = DatasetStatistics::optionsForModel(QStringLiteral("gpt-4-0613"));
    QVERIFY(!options.pricePerMillionTokens);
    options.epochs = 4;
    const DatasetStatistics statistics = DatasetStatistics::compute({example(100, 1, 2)}, {1}, options);
    QCOMPARE(statistics.defaultEpochs, 25);
    QCOMPARE(statistics.epochs, 4);
    QCOMPARE(statistics.chargedTokens, qint64(400));
    QVERIFY(!statistics.estimatedCostUsd);
    QVERIFY(statistics.toText(QStringLiteral("f.jsonl")).contains(QLatin1String("unknown")));
}

void TestDatasetStatistics::jsonHasTheDocumentedKeysInOrder()
{
    const DatasetStatistics statistics = DatasetStatistics::compute(
        {example(10, 4, 2), example(20, 6, 3)}, {1, 3}, DatasetStatistics::optionsForModel(QStringLiteral("gpt-4o-mini-2024-07-18")));
    const QByteArray json = statistics.toJson(QStringLiteral("data.jsonl")).toJson();
    const QList<QByteArray> keys{"\"file\"", "\"examples\"", "\"encoding\"", "\"model\"", "\"total_tokens\"",
                                 "\"assistant_tokens\"", "\"billing_tokens\"", "\"default_epochs\"",
                                 "\"charged_tokens\"", "\"estimated_cost_usd\"", "\"too_long\"",
                                 "\"missing_system\"", "\"missing_user\"", "\"distributions\""};
    qsizetype position = -1;
    for (const QByteArray &key : keys) {
        const qsizetype found = json.indexOf(key);
        QVERIFY2(found > position, key);
        position = found;
    }
    QVERIFY(json.contains(R"("encoding":"o200k_base")"));
    QVERIFY(json.contains(R"("total_tokens":30)"));
    QVERIFY(json.contains(R"("default_epochs":25)"));
    QVERIFY(json.contains(R"("charged_tokens":750)"));
    QVERIFY(json.contains(R"("messages_per_example":{"min":2,"max":3,"mean":2.5,"median":2.5,"p10":2.1,"p90":2.9})"));
}

void TestDatasetStatistics::priceTableOverridesDefaults()
{
    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    TrainingPriceTable prices(&settings);
    QCOMPARE(prices.pricePerMillionTokens(QStringLiteral("gpt-4o-mini-2024-07-18")), std::optional<double>(3.0));
    QVERIFY(!prices.pricePerMillionTokens(QStringLiteral("gpt-4-0613")));
    QVERIFY(prices.setPricePerMillionTokens(QStringLiteral("gpt-4o-mini-2024-07-18"), 2.5));
    QVERIFY(!prices.setPricePerMillionTokens(QStringLiteral("gpt-4o-mini-2024-07-18"), -1));
    QVERIFY(!prices.setPricePerMillionTokens(QStringLiteral("gpt-4o-mini-2024-07-18"), qQNaN()));
    // A fine-tuned model is priced as its base model.
    QCOMPARE(prices.pricePerMillionTokens(QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::AbC123")),
             std::optional<double>(2.5));
    QCOMPARE(prices.overrides().value(QStringLiteral("gpt-4o-mini-2024-07-18")), 2.5);
    {
        // Persisted: a second table over the same file sees it.
        QSettings reread(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        TrainingPriceTable again(&reread);
        settings.sync();
        reread.sync();
        QCOMPARE(again.pricePerMillionTokens(QStringLiteral("gpt-4o-mini-2024-07-18")), std::optional<double>(2.5));
    }
    prices.resetPrice(QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(prices.pricePerMillionTokens(QStringLiteral("gpt-4o-mini-2024-07-18")), std::optional<double>(3.0));
    QVERIFY(prices.overrides().isEmpty());
}

void TestDatasetStatistics::jobCountsInTheBackgroundAndReusesCounts()
{
    JsonlDocument document;
    QByteArray data;
    for (int i = 0; i < 2000; ++i)
        data += chatLine(1 + i % 50) + '\n';
    data += "\nnot json\n";
    document.setData(data);

    DatasetStatisticsJob job;
    QSignalSpy finished(&job, &DatasetStatisticsJob::finished);
    QSignalSpy progress(&job, &DatasetStatisticsJob::progressChanged);
    const auto options = DatasetStatistics::optionsForModel(QStringLiteral("gpt-4o-mini-2024-07-18"));
    job.start(document, options);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().first().toInt(), 100);
    const DatasetStatistics first = job.statistics();
    QCOMPARE(first.examples, qint64(2000));
    QCOMPARE(first.uncountedLines, qint64(1));
    QCOMPARE(first.uncountedLineNumbers, QList<int>{2002});

    // An edit: one example grows; the totals change by exactly its difference.
    const qint64 before = first.totalTokensByExample[10];
    document.replaceLine(10, chatLine(400));
    job.start(document, options);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    const DatasetStatistics second = job.statistics();
    QCOMPARE(second.totalTokens - first.totalTokens, second.totalTokensByExample[10] - before);
    QVERIFY(second.totalTokensByExample[10] > before);

    // Another model with the same encoding needs no counting.
    QSignalSpy changed(&job, &DatasetStatisticsJob::statisticsChanged);
    QVERIFY(job.recompute(DatasetStatistics::optionsForModel(QStringLiteral("gpt-4.1-2025-04-14"))));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(job.statistics().totalTokens, second.totalTokens);
    QCOMPARE(job.statistics().options.model, QStringLiteral("gpt-4.1-2025-04-14"));
    QVERIFY(!job.recompute(DatasetStatistics::optionsForModel(QStringLiteral("gpt-3.5-turbo-0125"))));

    // Cancelling reports failure and keeps the last statistics.
    job.start(document, DatasetStatistics::optionsForModel(QStringLiteral("gpt-3.5-turbo-0125")));
    job.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
    if (!finished.last().first().toBool())
        QCOMPARE(job.statistics().options.model, QStringLiteral("gpt-4.1-2025-04-14"));
}

void TestDatasetStatistics::jobReadsTheMappedFileEvenAfterTheDocumentMovesOn()
{
    // The job reads the original lines straight from the document's mapping (no copy of a 300 MB file): the
    // mapping must outlive edits, a new file, a clear and the document itself while the job runs.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mapped.jsonl"));
    QByteArray data;
    for (int i = 0; i < 3000; ++i)
        data += chatLine(20 + i % 300) + '\n';
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const auto options = DatasetStatistics::optionsForModel(QStringLiteral("gpt-4o-mini-2024-07-18"));
    JsonlDocument reference;
    reference.setData(data);
    reference.replaceLine(7, chatLine(5));
    DatasetStatisticsJob referenceJob;
    QSignalSpy referenceDone(&referenceJob, &DatasetStatisticsJob::finished);
    referenceJob.start(reference, options);
    QTRY_COMPARE_WITH_TIMEOUT(referenceDone.count(), 1, 30000);

    auto document = std::make_unique<JsonlDocument>();
    QVERIFY(document->open(path));
    document->replaceLine(7, chatLine(5));
    DatasetStatisticsJob job;
    QSignalSpy finished(&job, &DatasetStatisticsJob::finished);
    job.start(*document, options);
    document->replaceLine(7, chatLine(60)); // the edited line's old buffer goes away
    document->setData(QByteArray("{}\n"));  // the mapping is dropped by the document
    document.reset();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(job.statistics().examples, qint64(3000));
    QCOMPARE(job.statistics().totalTokens, referenceJob.statistics().totalTokens);
    QCOMPARE(job.statistics().totalTokensByExample, referenceJob.statistics().totalTokensByExample);
}

QTEST_GUILESS_MAIN(TestDatasetStatistics)
#include "TestDatasetStatistics.moc"
