// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SplitDialog.h"

#include "core/editing/SplitAssigner.h"
#include "core/editing/DatasetSplit.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Fts {

SplitDialog::SplitDialog(int exampleCount, QWidget *parent)
    : QDialog(parent)
    , m_exampleCount(exampleCount)
{
    setObjectName(QStringLiteral("splitDialog"));
    setWindowTitle(tr("Assign Splits"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every example goes to one split at random. The same seed always gives the "
                                "same assignment."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const auto makeShare = [this](double value, const QString &name) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        box->setValue(value);
        connect(box, &QDoubleSpinBox::valueChanged, this, &SplitDialog::updatePreview);
        return box;
    };
    m_train = makeShare(80, QStringLiteral("trainShare"));
    m_validation = makeShare(10, QStringLiteral("validationShare"));
    m_test = makeShare(10, QStringLiteral("testShare"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setValue(42);
    connect(m_seed, &QSpinBox::valueChanged, this, &SplitDialog::updatePreview);
    form->addRow(tr("&Train:"), m_train);
    form->addRow(tr("&Validation:"), m_validation);
    form->addRow(tr("T&est:"), m_test);
    form->addRow(tr("&Seed:"), m_seed);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("splitPreview"));
    layout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updatePreview();
}

double SplitDialog::trainShare() const { return m_train->value(); }
double SplitDialog::validationShare() const { return m_validation->value(); }
double SplitDialog::testShare() const { return m_test->value(); }
quint64 SplitDialog::seed() const { return quint64(m_seed->value()); }

void SplitDialog::updatePreview()
{
    const QList<Core::DatasetSplit> splits =
        Core::SplitAssigner::assign(m_exampleCount, seed(), trainShare(), validationShare(), testShare());
    m_preview->setText(tr("%1 training, %2 validation and %3 test examples")
                           .arg(splits.count(Core::DatasetSplit::Train))
                           .arg(splits.count(Core::DatasetSplit::Validation))
                           .arg(splits.count(Core::DatasetSplit::Test)));
}

} // namespace Fts
