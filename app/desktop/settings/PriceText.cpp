// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/PriceText.h"

#include <QLocale>

#include <cmath>

namespace Fts {

QString PriceText::format(double price)
{
    int decimals = 2;
    while (decimals < 6 && std::abs(price * std::pow(10.0, decimals) - std::round(price * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return QLocale().toString(price, 'f', decimals);
}

std::optional<double> PriceText::parse(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

} // namespace Fts
