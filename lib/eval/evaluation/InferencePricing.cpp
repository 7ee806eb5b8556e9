// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/InferencePricing.h"

namespace Fts::Eval {

InferencePricing::InferencePricing()
{
    // Base models, then "ft:" for fine-tuned inference on that base (OpenAI pricing page, standard tier).
    m_prices = {
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
