// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/PromptCompletionImportDialog.h"

#include "core/import/ImportJob.h"
#include "core/import/ImportPreviewModel.h"
#include "core/import/PromptCompletionConverter.h"
#include "desktop/import/ImportPreviewView.h"
#include "desktop/import/ImportSummaryPanel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace Fts {

namespace {
constexpr int s_previewExamples = 20;
const QString LastDirectoryKey = QStringLiteral("Import/lastDirectory");
}

PromptCompletionImportDialog::PromptCompletionImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_preview(new Core::ImportPreviewModel(this))
    , m_job(new Core::ImportJob(this))
{
    setObjectName(QStringLiteral("promptCompletionImportDialog"));
    setWindowTitle(tr("Convert Prompt/Completion Examples"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Files in the legacy prompt/completion format become chat examples: the prompt "
                                "is the user message, the completion the assistant's answer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Choose a .jsonl file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PromptCompletionImportDialog::browse);
    // Focus leaving the field also ends editing: converting the same file again there would disable the
    // Convert button under the click that took the focus.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_readPath)
            refresh();
    });
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    // A row given a layout gets no buddy: without one the label would show its "&".
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    m_systemPrompt = new QPlainTextEdit(this);
    m_systemPrompt->setObjectName(QStringLiteral("systemPrompt"));
    m_systemPrompt->setTabChangesFocus(true);
    m_systemPrompt->setPlaceholderText(tr("Optional: the instructions every example starts with"));
    m_systemPrompt->setMaximumHeight(m_systemPrompt->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&System prompt:"), m_systemPrompt);
    m_strip = new QCheckBox(tr("Remove the legacy separator, stop sequence and leading space when every "
                               "example has the same one"),
                            this);
    m_strip->setObjectName(QStringLiteral("stripLegacyMarkers"));
    m_strip->setChecked(true);
    form->addRow(QString(), m_strip);
    layout->addLayout(form);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(new ImportPreviewView(m_preview, previewBox), 1);
    m_summary = new ImportSummaryPanel(previewBox);
    previewLayout->addWidget(m_summary);
    layout->addWidget(previewBox, 1);

    auto *bottom = new QHBoxLayout;
    m_destination = new ImportDestinationChooser(this);
    bottom->addWidget(m_destination);
    bottom->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Convert"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &PromptCompletionImportDialog::refresh);
    // Typing waits for a pause before the file is read again, but the examples already read lack the edit:
    // they must not be importable meanwhile.
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, [this] {
        m_importButton->setEnabled(false);
        m_refreshTimer->start();
    });
    connect(m_strip, &QCheckBox::toggled, this, &PromptCompletionImportDialog::refresh);
    connect(m_destination, &ImportDestinationChooser::destinationChanged, this, &PromptCompletionImportDialog::refresh);
    connect(m_job, &Core::ImportJob::progressChanged, m_summary, &ImportSummaryPanel::showRunning);
    connect(m_job, &Core::ImportJob::finished, this, &PromptCompletionImportDialog::onConversionFinished);
    connect(m_summary, &ImportSummaryPanel::cancelRequested, m_job, &Core::ImportJob::cancel);
    m_summary->showMessage(tr("Choose a file to see what it will become."));
    resize(900, 620);
}

PromptCompletionImportDialog::~PromptCompletionImportDialog() = default;

QString PromptCompletionImportDialog::filePath() const
{
    return m_readPath;
}

void PromptCompletionImportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    refresh();
}

void PromptCompletionImportDialog::setOpenDataset(const QString &name, bool hasCurrentExample, bool spacedSeparators)
{
    m_destination->setOpenDataset(name, hasCurrentExample);
    m_spacedSeparators = spacedSeparators;
    refresh();
}

void PromptCompletionImportDialog::browse()
{
    QSettings settings;
    const QString start = m_path->text().isEmpty() ? settings.value(LastDirectoryKey).toString() : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Convert prompt/completion examples"), start,
                                                      tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    setFilePath(path);
}

void PromptCompletionImportDialog::refresh()
{
    m_refreshTimer->stop();
    m_result = Core::ImportResult();
    m_importButton->setEnabled(false);
    const QString path = m_path->text();
    m_readPath = path;
    if (path.isEmpty()) {
        m_job->discard();
        m_preview->clear();
        m_summary->showMessage(tr("Choose a file to see what it will become."));
        return;
    }
    setWindowTitle(tr("Convert %1").arg(QFileInfo(path).fileName()));
    Core::PromptCompletionConverter::Settings settings;
    settings.systemPrompt = m_systemPrompt->toPlainText();
    settings.stripLegacyMarkers = m_strip->isChecked();
    settings.spacedSeparators
        = m_spacedSeparators && m_destination->destination() != ImportDestinationChooser::Destination::NewDataset;
    m_summary->showRunning(0);
    m_job->start([path, settings](const Core::ImportJob::ProgressFunction &progress, const std::atomic_bool *cancel) {
        return Core::PromptCompletionConverter::convertFile(path, settings, progress, cancel);
    });
}

void PromptCompletionImportDialog::onConversionFinished()
{
    m_result = m_job->result();
    m_preview->setResult(m_result, s_previewExamples);
    m_summary->showResult(m_result);
    // A system prompt typed while the file was read is still waiting to be applied: not these examples yet.
    m_importButton->setEnabled(!m_refreshTimer->isActive() && !m_result.cancelled && m_result.fatalError.isEmpty()
                               && m_result.exampleCount() > 0);
}

} // namespace Fts
