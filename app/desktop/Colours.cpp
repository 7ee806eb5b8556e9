// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/Colours.h"

namespace Fts {

QColor Colours::mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

QColor Colours::roleAccent(const QString &role)
{
    if (role == QLatin1String("assistant"))
        return QColor(0x2e, 0x7d, 0x32);
    if (role == QLatin1String("system"))
        return QColor(0x6a, 0x1b, 0x9a);
    if (role == QLatin1String("tool"))
        return QColor(0xe6, 0x51, 0x00);
    return QColor(0x15, 0x65, 0xc0);
}

QColor Colours::roleTint(const QString &role, const QColor &base, double share)
{
    return mix(base, roleAccent(role), share);
}

} // namespace Fts
