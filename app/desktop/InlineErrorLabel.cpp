// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/InlineErrorLabel.h"

#include <QEvent>

namespace Fts {

InlineErrorLabel::InlineErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateColour();
    hide();
}

void InlineErrorLabel::showError(const QString &message)
{
    setText(message);
    show();
}

void InlineErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingColour)
        updateColour();
}

QColor InlineErrorLabel::errorColour(const QPalette &palette)
{
    // Dark red reads well on a light window; on a dark one it would sink in, so a light red is used there.
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void InlineErrorLabel::updateColour()
{
    m_updatingColour = true;
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, errorColour(errorPalette));
    setPalette(errorPalette);
    m_updatingColour = false;
}

} // namespace Fts
