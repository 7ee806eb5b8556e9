// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/ImportDestinationChooser.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QHBoxLayout>

namespace Fts {

ImportDestinationChooser::ImportDestinationChooser(QWidget *parent)
    : QGroupBox(tr("Put the examples"), parent)
{
    setObjectName(QStringLiteral("importDestination"));
    m_append = new QRadioButton(this);
    m_append->setObjectName(QStringLiteral("appendToDataset"));
    m_afterCurrent = new QRadioButton(tr("After the &current example"), this);
    m_afterCurrent->setObjectName(QStringLiteral("afterCurrentExample"));
    m_newDataset = new QRadioButton(tr("In a &new dataset"), this);
    m_newDataset->setObjectName(QStringLiteral("newDataset"));
    auto *group = new QButtonGroup(this);
    // Side by side: one row leaves the dialog's height to the preview.
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(18);
    for (QRadioButton *button : {m_append, m_afterCurrent, m_newDataset}) {
        group->addButton(button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_append->setChecked(true);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            Q_EMIT destinationChanged();
    });
    setOpenDataset(tr("Untitled"), false);
}

ImportDestinationChooser::Destination ImportDestinationChooser::destination() const
{
    if (m_afterCurrent->isChecked())
        return Destination::AfterCurrentExample;
    if (m_newDataset->isChecked())
        return Destination::NewDataset;
    return Destination::AppendToDataset;
}

void ImportDestinationChooser::setDestination(Destination destination)
{
    switch (destination) {
    case Destination::AppendToDataset:
        m_append->setChecked(true);
        break;
    case Destination::AfterCurrentExample:
        m_afterCurrent->setChecked(m_afterCurrent->isEnabled());
        break;
    case Destination::NewDataset:
        m_newDataset->setChecked(true);
        break;
    }
}

void ImportDestinationChooser::setOpenDataset(const QString &datasetName, bool hasCurrentExample)
{
    // A long file name must not widen the dialog; the tooltip has it whole.
    const QString shown = m_append->fontMetrics().elidedText(datasetName, Qt::ElideMiddle, 260);
    m_append->setText(tr("At the &end of %1").arg(QString(shown).replace(QLatin1Char('&'), QStringLiteral("&&"))));
    m_append->setToolTip(shown == datasetName ? QString() : datasetName);
    m_afterCurrent->setEnabled(hasCurrentExample);
    if (!hasCurrentExample && m_afterCurrent->isChecked())
        m_append->setChecked(true);
}

} // namespace Fts
