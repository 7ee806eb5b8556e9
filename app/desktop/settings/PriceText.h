// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Fts {

/** Prices per million tokens as the settings pages show and read them, in the user's locale. */
class PriceText
{
public:
    /** Two decimals, more only when the price has them (0.075 stays 0.075, not 0.08). */
    static QString format(double price);
    /** Accepts the user's locale and the C spelling ("0,15" and "0.15" in German); nothing for a negative price. */
    static std::optional<double> parse(const QString &text);
};

} // namespace Fts
