// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ChartPalette.h"

#include "desktop/Colours.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace Fts {

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = Colours::mix(background, text, 0.15);
    const QColor axisLine = Colours::mix(background, text, 0.45);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(Colours::mix(background, text, 0.07));
        axis->setLinePenColor(axisLine);
    }
}

} // namespace Fts
