// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace Fts {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = mix(background, text, 0.15);
    const QColor axisLine = mix(background, text, 0.45);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(mix(background, text, 0.07));
        axis->setLinePenColor(axisLine);
    }
}

} // namespace Fts
