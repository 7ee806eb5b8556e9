// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

class QChart;

namespace Fts {

/**
 * Gives a chart the colours of the widget palette (background, titles, legend, axes and grid) instead of the
 * fixed light theme QtCharts draws by default, so charts do not glare in a dark desktop theme. Series colours are
 * left alone: they carry meaning. Call it after the chart's axes are added.
 */
class ChartPalette
{
public:
    static void apply(QChart *chart, const QPalette &palette);
};

} // namespace Fts
