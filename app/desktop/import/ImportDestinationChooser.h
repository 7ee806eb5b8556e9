// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QRadioButton;

namespace Fts {

/** Where imported examples go: the end of the open dataset, after its current example, or a new dataset. */
class ImportDestinationChooser : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDestinationChooser)
public:
    enum class Destination { AppendToDataset, AfterCurrentExample, NewDataset };

    explicit ImportDestinationChooser(QWidget *parent = nullptr);

    Destination destination() const;
    void setDestination(Destination destination);
    /** @p datasetName is the open dataset; @p hasCurrentExample enables "after the current example". */
    void setOpenDataset(const QString &datasetName, bool hasCurrentExample);

Q_SIGNALS:
    void destinationChanged();

private:
    QRadioButton *m_append;
    QRadioButton *m_afterCurrent;
    QRadioButton *m_newDataset;
};

} // namespace Fts
