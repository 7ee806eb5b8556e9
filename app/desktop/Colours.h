// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Fts {

/** Colours derived from the palette, so that they work in light and dark themes alike. */
class Colours
{
public:
    /** @p a blended towards @p b by @p share (0: a, 1: b). */
    static QColor mix(const QColor &a, const QColor &b, double share);
    /** The accent of a message role: assistant green, system purple, tool orange, anything else blue. */
    static QColor roleAccent(const QString &role);
    /** @p base tinted with the role's accent: the message cards use a light share, the thin preview rows more. */
    static QColor roleTint(const QString &role, const QColor &base, double share);
};

} // namespace Fts
