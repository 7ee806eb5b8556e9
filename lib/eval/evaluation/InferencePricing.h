// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

class QSettings;

namespace Fts::Eval {

/** USD per one million tokens for one model. */
struct TokenPrice
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    /** Both prices are finite and not negative. */
    bool isValid() const;
    friend bool operator==(const TokenPrice &, const TokenPrice &) = default;
};

/**
 * Estimated inference cost per call. Defaults are OpenAI's published list prices (standard tier, late 2025)
 * for the fine-tunable families; fine-tuned models ("ft:<base>:…") use the fine-tuned inference price of their
 * base. Local and unknown models have no price, shown as "unknown" rather than a made-up zero.
 *
 * The user's own prices (an Azure deployment, a negotiated rate, a local model at zero) are kept in QSettings,
 * array "InferencePrices" of {model, input, output}; an array rather than one key per model because model names
 * may contain "/" (e.g. "meta-llama/Llama-3.1-8B" on vLLM), which QSettings reads as a group separator.
 */
class InferencePricing
{
public:
    /** The built-in prices only. */
    InferencePricing();
    /** The built-in prices with the user's overrides from @p settings (nullptr: the application's QSettings). */
    static InferencePricing fromSettings(QSettings *settings = nullptr);

    /** The built-in prices by model prefix. */
    static QMap<QString, TokenPrice> defaultPrices();
    static std::optional<TokenPrice> defaultPrice(const QString &modelPrefix);
    /** The user's prices by model prefix; invalid entries are skipped. */
    static QMap<QString, TokenPrice> storedOverrides(QSettings *settings = nullptr);
    /** Replaces every stored override with @p overrides (invalid ones are not stored). */
    static void storeOverrides(const QMap<QString, TokenPrice> &overrides, QSettings *settings = nullptr);
    static QString settingsGroup();

    /** Overrides or adds a price; @p modelPrefix matches the model name or its start (e.g. "ft:gpt-4o-mini"). */
    void setPrice(const QString &modelPrefix, TokenPrice price);
    std::optional<TokenPrice> priceFor(const QString &model) const;
    std::optional<double> estimateUsd(const QString &model, int promptTokens, int completionTokens) const;

private:
    QHash<QString, TokenPrice> m_prices;
};

} // namespace Fts::Eval
