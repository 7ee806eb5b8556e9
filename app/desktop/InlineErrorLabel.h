// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Fts {

/**
 * A message under a form that says what is wrong with the input, in a red that stays readable on light and dark
 * palettes alike. Hidden until showError().
 */
class InlineErrorLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineErrorLabel)
public:
    explicit InlineErrorLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    /** The red for error text on @p palette: dark red on a light window, light red on a dark one. */
    static QColor errorColour(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();
    bool m_updatingColour = false;
};

} // namespace Fts
