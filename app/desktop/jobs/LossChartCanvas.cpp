// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/LossChartCanvas.h"

#include <QChart>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>

#include <cmath>

namespace Fts {

LossChartCanvas::LossChartCanvas(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_band->hide();
}

QPointF LossChartCanvas::valueAt(const QPoint &viewPos) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(viewPos)));
}

bool LossChartCanvas::insidePlot(const QPoint &viewPos) const
{
    return chart()->plotArea().contains(chart()->mapFromScene(mapToScene(viewPos)));
}

void LossChartCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!insidePlot(pos)) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressPos = pos;
    m_lastPanPos = pos;
    const bool pan = event->button() == Qt::RightButton || event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        m_gesture = Gesture::Panning;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_gesture = Gesture::Selecting;
        const QRectF plot = chart()->plotArea();
        const QPoint top = mapFromScene(chart()->mapToScene(plot.topLeft()));
        m_band->setGeometry(QRect(QPoint(pos.x(), top.y()), QSize(1, int(plot.height()))));
        m_band->show();
    }
    event->accept();
}

void LossChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_gesture == Gesture::Selecting) {
        const QRect band = m_band->geometry();
        m_band->setGeometry(QRect(QPoint(std::min(pos.x(), m_pressPos.x()), band.top()),
                                  QSize(std::abs(pos.x() - m_pressPos.x()) + 1, band.height())));
    } else if (m_gesture == Gesture::Panning) {
        const double delta = valueAt(m_lastPanPos).x() - valueAt(pos).x();
        m_lastPanPos = pos;
        if (delta != 0)
            Q_EMIT panRequested(delta);
    }
    if (insidePlot(pos))
        Q_EMIT hovered(valueAt(pos));
    else
        Q_EMIT hoverLeft();
    event->accept();
}

void LossChartCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_gesture == Gesture::Selecting) {
        m_band->hide();
        // A click is not a zoom: only a drag over a few pixels selects a range.
        if (std::abs(pos.x() - m_pressPos.x()) > 4) {
            const double a = valueAt(m_pressPos).x();
            const double b = valueAt(pos).x();
            Q_EMIT zoomRequested(std::min(a, b), std::max(a, b));
        }
    }
    m_gesture = Gesture::None;
    unsetCursor();
    event->accept();
}

void LossChartCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    Q_EMIT resetRequested();
    event->accept();
}

void LossChartCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int delta = event->angleDelta().y();
    if (delta == 0 || !insidePlot(pos)) {
        event->ignore();
        return;
    }
    Q_EMIT wheelZoomRequested(valueAt(pos).x(), std::pow(0.8, delta / 120.0));
    event->accept();
}

void LossChartCanvas::leaveEvent(QEvent *event)
{
    Q_EMIT hoverLeft();
    QChartView::leaveEvent(event);
}

void LossChartCanvas::keyPressEvent(QKeyEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const double width = valueAt(mapFromScene(chart()->mapToScene(plot.topRight()))).x()
                         - valueAt(mapFromScene(chart()->mapToScene(plot.topLeft()))).x();
    switch (event->key()) {
    case Qt::Key_Left: Q_EMIT panRequested(-width / 10); break;
    case Qt::Key_Right: Q_EMIT panRequested(width / 10); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: Q_EMIT wheelZoomRequested(valueAt(mapFromScene(chart()->mapToScene(plot.center()))).x(), 0.8); break;
    case Qt::Key_Minus: Q_EMIT wheelZoomRequested(valueAt(mapFromScene(chart()->mapToScene(plot.center()))).x(), 1.25); break;
    case Qt::Key_0:
    case Qt::Key_Home: Q_EMIT resetRequested(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace Fts
