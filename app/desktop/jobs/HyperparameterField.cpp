// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/HyperparameterField.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>

namespace Fts {

HyperparameterField::HyperparameterField(double minimum, double maximum, int decimals, double explicitDefault,
                                         QWidget *parent)
    : QWidget(parent)
{
    m_auto = new QCheckBox(tr("Auto"), this);
    m_auto->setChecked(true);
    m_spin = new QDoubleSpinBox(this);
    m_spin->setRange(minimum, maximum);
    m_spin->setDecimals(decimals);
    m_spin->setSingleStep(decimals == 0 ? 1.0 : 0.1);
    m_spin->setValue(explicitDefault);
    m_spin->setEnabled(false);
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("0000.000")) + 40);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addWidget(m_auto);
    layout->addStretch(1);

    connect(m_auto, &QCheckBox::toggled, this, [this](bool automatic) {
        m_spin->setEnabled(!automatic);
        Q_EMIT valueChanged();
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &HyperparameterField::valueChanged);
}

Api::Hyperparameter HyperparameterField::value() const
{
    return m_auto->isChecked() ? Api::Hyperparameter::automatic() : Api::Hyperparameter::number(m_spin->value());
}

bool HyperparameterField::isAuto() const
{
    return m_auto->isChecked();
}

void HyperparameterField::setAutoHint(const QString &hint)
{
    m_auto->setText(hint.isEmpty() ? tr("Auto") : tr("Auto (%1)").arg(hint));
}

} // namespace Fts
