// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/InferencePricing.h"
#include "eval/evaluation/TestSetLoader.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts::Eval;

class TestInferencePricing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreTheBuiltInList();
    void overridesRoundTripThroughSettings();
    void invalidStoredPricesAreIgnored();
    void runnerRepricesStoredAndShownCalls();

private:
    QTemporaryDir m_dir;
};

void TestInferencePricing::defaultsAreTheBuiltInList()
{
    const QMap<QString, TokenPrice> defaults = InferencePricing::defaultPrices();
    QVERIFY(defaults.size() >= 12);
    QCOMPARE(defaults.value(QStringLiteral("gpt-4o-mini")), (TokenPrice{0.15, 0.60}));
    QCOMPARE(InferencePricing::defaultPrice(QStringLiteral("ft:gpt-4o-mini")), std::optional<TokenPrice>({0.30, 1.20}));
    QVERIFY(!InferencePricing::defaultPrice(QStringLiteral("gpt-4o-mini-2024-07-18")));
    for (const TokenPrice &price : defaults)
        QVERIFY(price.isValid());
    QVERIFY(!TokenPrice({-1, 0}).isValid());
    QVERIFY(!TokenPrice({0, qInf()}).isValid());
}

void TestInferencePricing::overridesRoundTripThroughSettings()
{
    QSettings settings(m_dir.filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
    QVERIFY(InferencePricing::storedOverrides(&settings).isEmpty());
    // A slash and a colon in model names must survive QSettings, which treats "/" as a group separator.
    const QMap<QString, TokenPrice> overrides = {{QStringLiteral("gpt-4o-mini"), {0.12, 0.48}},
                                                 {QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"), {0, 0}},
                                                 {QStringLiteral("ft:gpt-4o-mini:acme"), {0.25, 1.0}}};
    InferencePricing::storeOverrides(overrides, &settings);
    settings.sync();
    QSettings reread(m_dir.filePath(QStringLiteral("roundtrip.ini")), QSettings::IniFormat);
    QCOMPARE(InferencePricing::storedOverrides(&reread), overrides);

    const InferencePricing pricing = InferencePricing::fromSettings(&reread);
    QCOMPARE(*pricing.priceFor(QStringLiteral("gpt-4o-mini-2024-07-18")), (TokenPrice{0.12, 0.48}));
    // Longest prefix: the user's fine-tuned price for their organisation beats the built-in ft: price.
    QCOMPARE(*pricing.priceFor(QStringLiteral("ft:gpt-4o-mini:acme::abc123")), (TokenPrice{0.25, 1.0}));
    QCOMPARE(*pricing.priceFor(QStringLiteral("ft:gpt-4o-mini-2024-07-18:other::x")), (TokenPrice{0.30, 1.20}));
    QCOMPARE(*pricing.estimateUsd(QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"), 1000, 1000), 0.0);
    // Untouched models keep the built-in price; the defaults object itself ignores the settings.
    QCOMPARE(*pricing.priceFor(QStringLiteral("gpt-4o-2024-08-06")), (TokenPrice{2.50, 10.00}));
    QCOMPARE(*InferencePricing().priceFor(QStringLiteral("gpt-4o-mini")), (TokenPrice{0.15, 0.60}));

    // Storing fewer overrides forgets the others (reset to default); storing none leaves no group behind.
    InferencePricing::storeOverrides({{QStringLiteral("gpt-4o-mini"), {0.12, 0.48}}}, &reread);
    QCOMPARE(InferencePricing::storedOverrides(&reread).size(), 1);
    InferencePricing::storeOverrides({}, &reread);
    QVERIFY(InferencePricing::storedOverrides(&reread).isEmpty());
    QVERIFY(!reread.childGroups().contains(InferencePricing::settingsGroup()));
    QVERIFY(!reread.allKeys().join(QLatin1Char(' ')).contains(QLatin1String("InferencePrices")));
}

void TestInferencePricing::invalidStoredPricesAreIgnored()
{
    QSettings settings(m_dir.filePath(QStringLiteral("invalid.ini")), QSettings::IniFormat);
    settings.beginWriteArray(InferencePricing::settingsGroup());
    const QList<std::tuple<QString, QVariant, QVariant>> rows = {{QStringLiteral("good"), 1.0, 2.0},
                                                                 {QStringLiteral("negative"), -1.0, 2.0},
                                                                 {QStringLiteral("text"), QStringLiteral("cheap"), 2.0},
                                                                 {QString(), 1.0, 1.0}};
    for (int i = 0; i < rows.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("model"), std::get<0>(rows.at(i)));
        settings.setValue(QStringLiteral("input"), std::get<1>(rows.at(i)));
        settings.setValue(QStringLiteral("output"), std::get<2>(rows.at(i)));
    }
    settings.endArray();
    const QMap<QString, TokenPrice> stored = InferencePricing::storedOverrides(&settings);
    QCOMPARE(stored.keys(), QStringList{QStringLiteral("good")});
    InferencePricing::storeOverrides({{QStringLiteral("bad"), {qQNaN(), 1}}, {QStringLiteral("ok"), {1, 1}}}, &settings);
    QCOMPARE(InferencePricing::storedOverrides(&settings).keys(), QStringList{QStringLiteral("ok")});
}

void TestInferencePricing::runnerRepricesStoredAndShownCalls()
{
    TestSetLoader loader;
    loader.loadBytes(QByteArrayLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"}]}\n"
                                       "{\"messages\":[{\"role\":\"user\",\"content\":\"c\"},{\"role\":\"assistant\",\"content\":\"d\"}]}\n"));
    EvaluationRunner runner;
    runner.setModels(ModelEndpoint::stored(QStringLiteral("openai|https://api.openai.com/v1|gpt-4o-mini"), QStringLiteral("gpt-4o-mini")),
                     ModelEndpoint::stored(QStringLiteral("compatible|http://127.0.0.1:8080/v1|llama3"), QStringLiteral("llama3")));
    runner.loadStored(loader.examples());
    QSignalSpy reset(&runner, &EvaluationRunner::outcomesReset);
    // Nothing answered: nothing to reprice, no reset.
    runner.setPricing(InferencePricing());
    QCOMPARE(reset.count(), 0);

    // Answers as a stored run would hold them; then the user edits prices.
    QList<ExampleOutcome> &outcomes = const_cast<QList<ExampleOutcome> &>(runner.outcomes());
    for (ExampleOutcome &outcome : outcomes) {
        for (CallRecord *call : {&outcome.a, &outcome.b}) {
            call->state = CallRecord::State::Answered;
            call->promptTokens = 1'000'000;
            call->completionTokens = 500'000;
        }
    }
    runner.setPricing(InferencePricing());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(*runner.outcomes().first().a.costUsd, 0.15 + 0.30);
    QVERIFY(!runner.outcomes().first().b.costUsd);
    QVERIFY(!runner.summary().b.costUsd);
    QCOMPARE(*runner.summary().a.costUsd, 2 * (0.15 + 0.30));

    InferencePricing edited;
    edited.setPrice(QStringLiteral("gpt-4o-mini"), {1.0, 2.0});
    edited.setPrice(QStringLiteral("llama"), {0, 0});
    runner.setPricing(edited);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(*runner.summary().a.costUsd, 2 * (1.0 + 1.0));
    QCOMPARE(*runner.summary().b.costUsd, 0.0);
}

QTEST_GUILESS_MAIN(TestInferencePricing)
#include "TestInferencePricing.moc"
