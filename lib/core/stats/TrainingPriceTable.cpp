// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/TrainingPriceTable.h"

#include "core/stats/ModelCatalog.h"

#include <QSettings>

#include <cmath>

namespace Fts::Core {

TrainingPriceTable::TrainingPriceTable(QSettings *settings)
    : m_settings(settings ? settings : new QSettings())
    , m_ownsSettings(settings == nullptr)
{
}

TrainingPriceTable::~TrainingPriceTable()
{
    if (m_ownsSettings)
        delete m_settings;
}

QString TrainingPriceTable::settingsGroup()
{
    return QStringLiteral("TrainingPrices");
}

QString TrainingPriceTable::keyFor(const QString &model)
{
    return settingsGroup() + QLatin1Char('/') + ModelCatalog::baseModel(model).toLower();
}

std::optional<double> TrainingPriceTable::pricePerMillionTokens(const QString &model) const
{
    if (const auto overridden = overriddenPricePerMillionTokens(model))
        return overridden;
    return defaultPricePerMillionTokens(model);
}

std::optional<double> TrainingPriceTable::defaultPricePerMillionTokens(const QString &model)
{
    return ModelCatalog::describe(model).trainingPricePerMillionTokens;
}

std::optional<double> TrainingPriceTable::overriddenPricePerMillionTokens(const QString &model) const
{
    if (ModelCatalog::baseModel(model).isEmpty())
        return std::nullopt;
    const QVariant value = m_settings->value(keyFor(model));
    bool ok = false;
    const double price = value.toDouble(&ok);
    if (!value.isValid() || !ok || !std::isfinite(price) || price < 0)
        return std::nullopt;
    return price;
}

bool TrainingPriceTable::setPricePerMillionTokens(const QString &model, double price)
{
    if (ModelCatalog::baseModel(model).isEmpty() || !std::isfinite(price) || price < 0)
        return false;
    m_settings->setValue(keyFor(model), price);
    return true;
}

void TrainingPriceTable::resetPrice(const QString &model)
{
    m_settings->remove(keyFor(model));
}

QMap<QString, double> TrainingPriceTable::overrides() const
{
    QMap<QString, double> prices;
    m_settings->beginGroup(settingsGroup());
    const QStringList models = m_settings->childKeys();
    m_settings->endGroup();
    for (const QString &model : models) {
        if (const auto price = overriddenPricePerMillionTokens(model))
            prices.insert(model, *price);
    }
    return prices;
}

} // namespace Fts::Core
