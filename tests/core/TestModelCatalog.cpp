// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/ModelCatalog.h"

#include <QTest>

using namespace Fts::Core;

class TestModelCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodingsFollowTiktokensFamilies_data();
    void encodingsFollowTiktokensFamilies();
    void limitsPerExample_data();
    void limitsPerExample();
    void fineTunedModelsResolveToTheirBase();
    void defaultPrices();
    void fineTunableListIsConsistent();
};

void TestModelCatalog::encodingsFollowTiktokensFamilies_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("known");
    const int o200k = int(EncodingId::O200kBase);
    const int cl100k = int(EncodingId::Cl100kBase);
    QTest::newRow("gpt-4o") << QStringLiteral("gpt-4o-2024-08-06") << o200k << true;
    QTest::newRow("gpt-4o-mini") << QStringLiteral("gpt-4o-mini-2024-07-18") << o200k << true;
    QTest::newRow("gpt-4.1") << QStringLiteral("gpt-4.1-2025-04-14") << o200k << true;
    QTest::newRow("gpt-4.1-nano") << QStringLiteral("gpt-4.1-nano-2025-04-14") << o200k << true;
    QTest::newRow("o1") << QStringLiteral("o1") << o200k << true;
    QTest::newRow("o3-mini") << QStringLiteral("o3-mini-2025-01-31") << o200k << true;
    QTest::newRow("o4-mini") << QStringLiteral("o4-mini-2025-04-16") << o200k << true;
    QTest::newRow("gpt-4") << QStringLiteral("gpt-4-0613") << cl100k << true;
    QTest::newRow("gpt-4-turbo") << QStringLiteral("gpt-4-turbo") << cl100k << true;
    QTest::newRow("gpt-3.5") << QStringLiteral("gpt-3.5-turbo-0125") << cl100k << true;
    QTest::newRow("azure gpt-35") << QStringLiteral("gpt-35-turbo-0613") << cl100k << true;
    QTest::newRow("upper case") << QStringLiteral("GPT-4O-MINI-2024-07-18") << o200k << true;
    QTest::newRow("ft of gpt-3.5") << QStringLiteral("ft:gpt-3.5-turbo-0125:acme:triage:9abc") << cl100k << true;
    QTest::newRow("ft of gpt-4o") << QStringLiteral("ft:gpt-4o-2024-08-06:acme::9abc") << o200k << true;
    QTest::newRow("o-series lookalike") << QStringLiteral("o1x-custom") << o200k << false;
    QTest::newRow("unknown") << QStringLiteral("llama-3-8b") << o200k << false;
}

void TestModelCatalog::encodingsFollowTiktokensFamilies()
{
    QFETCH(QString, model);
    QFETCH(int, encoding);
    QFETCH(bool, known);
    QCOMPARE(int(ModelCatalog::encodingForModel(model)), encoding);
    QCOMPARE(ModelCatalog::isKnownFamily(model), known);
}

void TestModelCatalog::limitsPerExample_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("gpt-4o") << QStringLiteral("gpt-4o-2024-08-06") << qint64(65536);
    QTest::newRow("gpt-4o-mini") << QStringLiteral("gpt-4o-mini-2024-07-18") << qint64(65536);
    QTest::newRow("gpt-4.1-mini") << QStringLiteral("gpt-4.1-mini-2025-04-14") << qint64(65536);
    QTest::newRow("gpt-3.5-0125") << QStringLiteral("gpt-3.5-turbo-0125") << qint64(16385);
    QTest::newRow("gpt-3.5-1106") << QStringLiteral("gpt-3.5-turbo-1106") << qint64(16385);
    QTest::newRow("gpt-3.5-0613") << QStringLiteral("gpt-3.5-turbo-0613") << qint64(4096);
    QTest::newRow("ft of 0613") << QStringLiteral("ft:gpt-3.5-turbo-0613:org::x") << qint64(4096);
    QTest::newRow("gpt-4-0613") << QStringLiteral("gpt-4-0613") << qint64(8192);
}

void TestModelCatalog::limitsPerExample()
{
    QFETCH(QString, model);
    QFETCH(qint64, limit);
    QCOMPARE(ModelCatalog::describe(model).maxTokensPerExample, limit);
}

void TestModelCatalog::fineTunedModelsResolveToTheirBase()
{
    QCOMPARE(ModelCatalog::baseModel(QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme:triage:AbC123")),
             QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(ModelCatalog::baseModel(QStringLiteral(" gpt-4o ")), QStringLiteral("gpt-4o"));
    QCOMPARE(ModelCatalog::baseModel(QStringLiteral("ft:")), QString());
}

void TestModelCatalog::defaultPrices()
{
    // The guide's example: 100k tokens x 3 epochs on gpt-4o-mini cost about $0.90.
    QCOMPARE(ModelCatalog::describe(QStringLiteral("gpt-4o-mini-2024-07-18")).trainingPricePerMillionTokens,
             std::optional<double>(3.0));
    QCOMPARE(ModelCatalog::describe(QStringLiteral("gpt-4o-2024-08-06")).trainingPricePerMillionTokens,
             std::optional<double>(25.0));
    QCOMPARE(ModelCatalog::describe(QStringLiteral("gpt-4.1-nano-2025-04-14")).trainingPricePerMillionTokens,
             std::optional<double>(1.5));
    QVERIFY(!ModelCatalog::describe(QStringLiteral("llama-3-8b")).trainingPricePerMillionTokens);
}

void TestModelCatalog::fineTunableListIsConsistent()
{
    const QList<ModelCatalog::Model> models = ModelCatalog::fineTunableModels();
    QVERIFY(models.size() >= 5);
    bool hasDefault = false;
    for (const ModelCatalog::Model &model : models) {
        QVERIFY(ModelCatalog::isKnownFamily(model.id));
        hasDefault = hasDefault || model.id == ModelCatalog::defaultModel();
    }
    QVERIFY(hasDefault);
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "TestModelCatalog.moc"
