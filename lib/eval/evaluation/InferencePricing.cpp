// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/InferencePricing.h"

#include <QSettings>

#include <cmath>
#include <memory>

namespace Fts::Eval {

namespace {

/** @p settings, or the application's QSettings owned by the returned pointer. */
std::pair<QSettings *, std::unique_ptr<QSettings>> settingsOrDefault(QSettings *settings)
{
    if (settings)
        return {settings, nullptr};
    auto owned = std::make_unique<QSettings>();
    QSettings *raw = owned.get();
    return {raw, std::move(owned)};
}

} // namespace

bool TokenPrice::isValid() const
{
    return std::isfinite(inputPerMillion) && std::isfinite(outputPerMillion) && inputPerMillion >= 0 && outputPerMillion >= 0;
}

InferencePricing::InferencePricing()
{
    const QMap<QString, TokenPrice> defaults = defaultPrices();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        m_prices.insert(it.key(), it.value());
}

InferencePricing InferencePricing::fromSettings(QSettings *settings)
{
    InferencePricing pricing;
    const QMap<QString, TokenPrice> overrides = storedOverrides(settings);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        pricing.setPrice(it.key(), it.value());
    return pricing;
}

QString InferencePricing::settingsGroup()
{
    return QStringLiteral("InferencePrices");
}

std::optional<TokenPrice> InferencePricing::defaultPrice(const QString &modelPrefix)
{
    const QMap<QString, TokenPrice> defaults = defaultPrices();
    const auto it = defaults.constFind(modelPrefix);
    return it == defaults.cend() ? std::nullopt : std::optional<TokenPrice>(*it);
}

QMap<QString, TokenPrice> InferencePricing::storedOverrides(QSettings *settings)
{
    auto [store, owned] = settingsOrDefault(settings);
    QMap<QString, TokenPrice> overrides;
    const int count = store->beginReadArray(settingsGroup());
    for (int i = 0; i < count; ++i) {
        store->setArrayIndex(i);
        const QString model = store->value(QStringLiteral("model")).toString().trimmed();
        bool inputOk = false, outputOk = false;
        const TokenPrice price{store->value(QStringLiteral("input")).toDouble(&inputOk),
                               store->value(QStringLiteral("output")).toDouble(&outputOk)};
        if (!model.isEmpty() && inputOk && outputOk && price.isValid())
            overrides.insert(model, price);
    }
    store->endArray();
    return overrides;
}

void InferencePricing::storeOverrides(const QMap<QString, TokenPrice> &overrides, QSettings *settings)
{
    auto [store, owned] = settingsOrDefault(settings);
    store->remove(settingsGroup());
    store->beginWriteArray(settingsGroup());
    int index = 0;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.key().trimmed().isEmpty() || !it.value().isValid())
            continue;
        store->setArrayIndex(index++);
        store->setValue(QStringLiteral("model"), it.key().trimmed());
        store->setValue(QStringLiteral("input"), it.value().inputPerMillion);
        store->setValue(QStringLiteral("output"), it.value().outputPerMillion);
    }
    store->endArray();
    if (index == 0)
        store->remove(settingsGroup());
}

QMap<QString, TokenPrice> InferencePricing::defaultPrices()
{
    // Base models, then "ft:" for fine-tuned inference on that base (OpenAI pricing page, standard tier).
    return {
        {QStringLiteral("gpt-4o-mini"), {0.15, 0.60}},
        {QStringLiteral("ft:gpt-4o-mini"), {0.30, 1.20}},
        {QStringLiteral("gpt-4o"), {2.50, 10.00}},
        {QStringLiteral("ft:gpt-4o"), {3.75, 15.00}},
        {QStringLiteral("gpt-4.1"), {2.00, 8.00}},
        {QStringLiteral("ft:gpt-4.1"), {3.00, 12.00}},
        {QStringLiteral("gpt-4.1-mini"), {0.40, 1.60}},
        {QStringLiteral("ft:gpt-4.1-mini"), {0.80, 3.20}},
        {QStringLiteral("gpt-4.1-nano"), {0.10, 0.40}},
        {QStringLiteral("ft:gpt-4.1-nano"), {0.20, 0.80}},
        {QStringLiteral("gpt-3.5-turbo"), {0.50, 1.50}},
        {QStringLiteral("ft:gpt-3.5-turbo"), {3.00, 6.00}},
    };
}

void InferencePricing::setPrice(const QString &modelPrefix, TokenPrice price)
{
    m_prices.insert(modelPrefix, price);
}

std::optional<TokenPrice> InferencePricing::priceFor(const QString &model) const
{
    // The longest matching prefix wins, so "gpt-4o-mini-2024-07-18" is priced as gpt-4o-mini, not gpt-4o.
    qsizetype bestLength = -1;
    std::optional<TokenPrice> best;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it) {
        if (model.startsWith(it.key()) && it.key().size() > bestLength) {
            bestLength = it.key().size();
            best = it.value();
        }
    }
    return best;
}

std::optional<double> InferencePricing::estimateUsd(const QString &model, int promptTokens, int completionTokens) const
{
    const std::optional<TokenPrice> price = priceFor(model);
    if (!price)
        return std::nullopt;
    return (promptTokens * price->inputPerMillion + completionTokens * price->outputPerMillion) / 1e6;
}

} // namespace Fts::Eval
