// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPointer>

class QRubberBand;

namespace Fts {

/**
 * The chart surface of LossChartView. It turns mouse gestures into requests in value coordinates and
 * leaves the axes alone, so the owner can re-decimate the full history for the new range instead of
 * letting QtCharts stretch the points it already has:
 * drag selects an x range to zoom into, the wheel zooms around the cursor, a right or middle drag
 * (or Shift+drag) pans, a double click resets, and moving the mouse reports the hovered value.
 */
class LossChartCanvas : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LossChartCanvas)
public:
    explicit LossChartCanvas(QChart *chart, QWidget *parent = nullptr);

Q_SIGNALS:
    void zoomRequested(double fromX, double toX);
    void wheelZoomRequested(double centreX, double factor);
    void panRequested(double deltaX);
    void resetRequested();
    void hovered(QPointF value);
    void hoverLeft();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF valueAt(const QPoint &viewPos) const;
    bool insidePlot(const QPoint &viewPos) const;

    enum class Gesture { None, Selecting, Panning };
    Gesture m_gesture = Gesture::None;
    QPoint m_pressPos;
    QPoint m_lastPanPos;
    QPointer<QRubberBand> m_band;
};

} // namespace Fts
