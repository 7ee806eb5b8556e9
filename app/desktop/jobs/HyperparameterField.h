// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/Hyperparameter.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;

namespace Fts {

/**
 * One hyperparameter as the user sets it: "Auto" (the provider picks, shown with the value it is expected to
 * pick when known) or an explicit number in the range the API accepts.
 */
class HyperparameterField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HyperparameterField)
public:
    HyperparameterField(double minimum, double maximum, int decimals, double explicitDefault,
                        QWidget *parent = nullptr);

    Api::Hyperparameter value() const;
    bool isAuto() const;
    /** Shown next to "Auto" so the user knows what auto means for this data, e.g. "3 for 65 examples". */
    void setAutoHint(const QString &hint);
    QCheckBox *autoBox() const { return m_auto; }
    QDoubleSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    void valueChanged();

private:
    QCheckBox *m_auto = nullptr;
    QDoubleSpinBox *m_spin = nullptr;
};

} // namespace Fts
