// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Fts::Eval {

/** USD per one million tokens for one model. */
struct TokenPrice
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;
};

/**
 * Estimated inference cost per call. Defaults are OpenAI's published list prices (standard tier, late 2025)
 * for the fine-tunable families; fine-tuned models ("ft:<base>:…") use the fine-tuned inference price of their
 * base. Local and unknown models have no price, shown as "unknown" rather than a made-up zero.
 */
class InferencePricing
{
public:
    InferencePricing();

    /** Overrides or adds a price; @p modelPrefix matches the model name or its start (e.g. "ft:gpt-4o-mini"). */
    void setPrice(const QString &modelPrefix, TokenPrice price);
    std::optional<TokenPrice> priceFor(const QString &model) const;
    std::optional<double> estimateUsd(const QString &model, int promptTokens, int completionTokens) const;

private:
    QHash<QString, TokenPrice> m_prices;
};

} // namespace Fts::Eval
