// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ImportResult.h"
#include "desktop/import/ImportDestinationChooser.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Fts::Core {
class ImportJob;
class ImportPreviewModel;
}

namespace Fts {

class ImportSummaryPanel;

/**
 * Conversion of a legacy prompt/completion JSONL file to chat examples: an optional system prompt, whether
 * the legacy separator and stop sequence are removed (only ever when every example has the same one), a
 * preview, what was removed and which lines cannot be converted. The file is read in the background.
 */
class PromptCompletionImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptCompletionImportDialog)
public:
    explicit PromptCompletionImportDialog(QWidget *parent = nullptr);
    ~PromptCompletionImportDialog() override;

    void setFilePath(const QString &path);
    /** The file the preview and result() come from (the field may hold an edit not yet read). */
    QString filePath() const;
    void setOpenDataset(const QString &name, bool hasCurrentExample, bool spacedSeparators);

    Core::ImportResult result() const { return m_result; }
    ImportDestinationChooser::Destination destination() const { return m_destination->destination(); }
    ImportDestinationChooser *destinationChooser() const { return m_destination; }
    Core::ImportPreviewModel *previewModel() const { return m_preview; }
    ImportSummaryPanel *summary() const { return m_summary; }
    QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
    QCheckBox *stripMarkersBox() const { return m_strip; }
    QPushButton *importButton() const { return m_importButton; }

private:
    void browse();
    void refresh();
    void onConversionFinished();

    QLineEdit *m_path;
    QPlainTextEdit *m_systemPrompt;
    QCheckBox *m_strip;
    ImportSummaryPanel *m_summary;
    ImportDestinationChooser *m_destination;
    QPushButton *m_importButton;
    Core::ImportPreviewModel *m_preview;
    Core::ImportJob *m_job;
    QTimer *m_refreshTimer;
    Core::ImportResult m_result;
    QString m_readPath;
    bool m_spacedSeparators = false;
};

} // namespace Fts
