// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/PromptCompletionImportDialog.h"

#include "core/import/ImportJob.h"
#include "core/import/ImportPreviewModel.h"
#include "core/import/PromptCompletionConverter.h"
#include "desktop/import/ImportPreviewView.h"
#include "desktop/import/ImportSummaryPanel.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Fts {

PromptCompletionImportDialog::PromptCompletionImportDialog(QWidget *parent)
    : ImportDialogBase(tr("&Convert"), tr("Convert prompt/completion examples"),
                       tr("JSON Lines (*.jsonl *.json);;All files (*)"), parent)
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
    m_path->setPlaceholderText(tr("Choose a .jsonl file"));
    addFileRow(form);
    m_systemPrompt->setPlaceholderText(tr("Optional: the instructions every example starts with"));
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
    previewLayout->addWidget(m_summary);
    layout->addWidget(previewBox, 1);
    addButtonRow(layout);

    connect(m_strip, &QCheckBox::toggled, this, &PromptCompletionImportDialog::refresh);
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

void PromptCompletionImportDialog::refresh()
{
    beginRefresh();
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
    settings.spacedSeparators = spacedSeparatorsForDestination();
    m_summary->showRunning(0);
    m_job->start([path, settings](const Core::ImportJob::ProgressFunction &progress, const std::atomic_bool *cancel) {
        return Core::PromptCompletionConverter::convertFile(path, settings, progress, cancel);
    });
}

void PromptCompletionImportDialog::conversionFinished()
{
    m_preview->setResult(m_result, PreviewExamples);
}

} // namespace Fts
