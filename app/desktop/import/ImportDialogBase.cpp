// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/ImportDialogBase.h"

#include "core/import/ImportJob.h"
#include "core/import/ImportPreviewModel.h"
#include "desktop/import/ImportSummaryPanel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace Fts {

namespace {
const QString LastDirectoryKey = QStringLiteral("Import/lastDirectory");
}

ImportDialogBase::ImportDialogBase(const QString &importText, const QString &browseTitle, const QString &fileFilters,
                                   QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_systemPrompt(new QPlainTextEdit(this))
    , m_summary(new ImportSummaryPanel(this))
    , m_preview(new Core::ImportPreviewModel(this))
    , m_job(new Core::ImportJob(this))
    , m_browseTitle(browseTitle)
    , m_fileFilters(fileFilters)
    , m_destination(new ImportDestinationChooser(this))
    , m_refreshTimer(new QTimer(this))
{
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setClearButtonEnabled(true);
    // Focus leaving the field also ends editing: reading the same file again then would disable the Import
    // button under the click that took the focus.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != filePath())
            setFilePath(m_path->text());
    });
    m_systemPrompt->setObjectName(QStringLiteral("systemPrompt"));
    m_systemPrompt->setTabChangesFocus(true);
    m_systemPrompt->setMaximumHeight(m_systemPrompt->fontMetrics().lineSpacing() * 3 + 12);

    m_importButton = new QPushButton(importText, this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] { refresh(); });
    // Typing waits for a pause before the file is read again, but the examples already read lack the edit:
    // they must not be importable meanwhile.
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, [this] {
        m_importButton->setEnabled(false);
        m_refreshTimer->start();
    });
    // Where the examples go changes what they become only through the JSON spacing (a new dataset has none of
    // the open file's style): between places in the open dataset the examples converted so far stay valid.
    connect(m_destination, &ImportDestinationChooser::destinationChanged, this, [this] {
        if (spacedSeparatorsForDestination() != m_convertedWithSpacing)
            refresh();
    });
    connect(m_job, &Core::ImportJob::progressChanged, m_summary, &ImportSummaryPanel::showRunning);
    connect(m_job, &Core::ImportJob::finished, this, &ImportDialogBase::onConversionFinished);
    connect(m_summary, &ImportSummaryPanel::cancelRequested, m_job, &Core::ImportJob::cancel);
    m_summary->showMessage(tr("Choose a file to see what it will become."));
}

ImportDialogBase::~ImportDialogBase()
{
    // The field loses the focus while the dialog's children are destroyed, after the subclass is gone: its
    // editingFinished must not reach setFilePath() then.
    m_path->disconnect(this);
}

void ImportDialogBase::addFileRow(QFormLayout *form)
{
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportDialogBase::browse);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    // A row given a layout gets no buddy: without one the label would show its "&".
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    form->addRow(label, row);
}

void ImportDialogBase::addButtonRow(QBoxLayout *layout)
{
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_destination);
    bottom->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
}

void ImportDialogBase::setOpenDataset(const QString &name, bool hasCurrentExample, bool spacedSeparators)
{
    m_destination->setOpenDataset(name, hasCurrentExample);
    m_spacedSeparators = spacedSeparators;
    refresh();
}

bool ImportDialogBase::spacedSeparatorsForDestination() const
{
    return m_spacedSeparators && m_destination->destination() != ImportDestinationChooser::Destination::NewDataset;
}

void ImportDialogBase::beginRefresh()
{
    m_refreshTimer->stop();
    m_convertedWithSpacing = spacedSeparatorsForDestination();
    m_result = Core::ImportResult();
    m_importButton->setEnabled(false);
}

void ImportDialogBase::browse()
{
    QSettings settings;
    const QString start = m_path->text().isEmpty() ? settings.value(LastDirectoryKey).toString() : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, m_browseTitle, start, m_fileFilters);
    if (path.isEmpty())
        return;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportDialogBase::onConversionFinished()
{
    m_result = m_job->result();
    conversionFinished();
    m_summary->showResult(m_result);
    // A system prompt typed while the file was read is still waiting to be applied: not these examples yet.
    m_importButton->setEnabled(!m_refreshTimer->isActive() && !m_result.cancelled && m_result.fatalError.isEmpty()
                               && m_result.exampleCount() > 0);
}

} // namespace Fts
