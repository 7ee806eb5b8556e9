// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

class QSettings;

namespace Fts::Core {

/**
 * Training prices per model, in USD per million tokens: ModelCatalog's defaults, overridden by the user in the
 * settings (QSettings group "TrainingPrices", one key per base model id). The typed facade the statistics
 * panel, its settings page and `ftstudio stats` share. Prices apply to a fine-tuned model's base model.
 */
class TrainingPriceTable
{
public:
    /** Reads and writes @p settings, which must outlive the table; nullptr means the application's QSettings. */
    explicit TrainingPriceTable(QSettings *settings = nullptr);
    ~TrainingPriceTable();
    TrainingPriceTable(const TrainingPriceTable &) = delete;
    TrainingPriceTable &operator=(const TrainingPriceTable &) = delete;

    /** The user's price for @p model if set, else the default; nullopt when neither exists. */
    std::optional<double> pricePerMillionTokens(const QString &model) const;
    /** The built-in price, ignoring the user's. */
    static std::optional<double> defaultPricePerMillionTokens(const QString &model);
    /** The user's price, if any. */
    std::optional<double> overriddenPricePerMillionTokens(const QString &model) const;
    /** Stores the user's price; negative or non-finite values are refused (returns false). */
    bool setPricePerMillionTokens(const QString &model, double price);
    /** Forgets the user's price, so the default applies again. */
    void resetPrice(const QString &model);
    /** Every user override, by base model id. */
    QMap<QString, double> overrides() const;

    static QString settingsGroup();

private:
    static QString keyFor(const QString &model);

    QSettings *m_settings;
    bool m_ownsSettings;
};

} // namespace Fts::Core
