// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/PriceText.h"

#include "desktop/NiceNumbers.h"

#include <QLocale>

#include <cmath>

namespace Fts {

QString PriceText::format(double price)
{
    return QLocale().toString(price, 'f', NiceNumbers::decimalsNeeded(price, 2));
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
