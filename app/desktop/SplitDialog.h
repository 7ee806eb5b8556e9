// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace Fts {

/** Asks for the split proportions and the random seed; shows how many examples each split gets. */
class SplitDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitDialog)
public:
    SplitDialog(int exampleCount, QWidget *parent = nullptr);

    double trainShare() const;
    double validationShare() const;
    double testShare() const;
    quint64 seed() const;

private:
    void updatePreview();

    const int m_exampleCount;
    QDoubleSpinBox *m_train = nullptr;
    QDoubleSpinBox *m_validation = nullptr;
    QDoubleSpinBox *m_test = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace Fts
