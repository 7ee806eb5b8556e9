// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/CsvImporter.h"
#include "core/import/ImportResult.h"
#include "desktop/import/ImportDestinationChooser.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Fts::Core {
class ColumnMappingModel;
class ImportJob;
class ImportPreviewModel;
}

namespace Fts {

class ImportPreviewView;
class ImportSummaryPanel;

/**
 * Import of a CSV or TSV file: the file, how it is written (delimiter, encoding, header row; detected and
 * overridable), what each column becomes, an optional fixed system prompt, a live preview of the first
 * examples exactly as they will be written, and the count and problems of the whole file, read in the
 * background. Accepted, result() holds the examples for one InsertExamplesCommand.
 */
class CsvImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)
public:
    explicit CsvImportDialog(QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    /** Reads @p path and guesses how it maps (the path field does the same when edited). */
    void setFilePath(const QString &path);
    QString filePath() const;
    /** The dataset examples would go into: its name, whether it has a current example, its JSON spacing. */
    void setOpenDataset(const QString &name, bool hasCurrentExample, bool spacedSeparators);

    Core::ImportResult result() const { return m_result; }
    ImportDestinationChooser::Destination destination() const { return m_destination->destination(); }
    ImportDestinationChooser *destinationChooser() const { return m_destination; }
    Core::ColumnMappingModel *mappingModel() const { return m_mapping; }
    Core::ImportPreviewModel *previewModel() const { return m_preview; }
    QTableView *mappingView() const { return m_mappingView; }
    ImportSummaryPanel *summary() const { return m_summary; }
    QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
    QPushButton *importButton() const { return m_importButton; }

private:
    void browse();
    void loadTable(bool keepMapping);
    void fitMappingView();
    void refresh();
    void onConversionFinished();
    Core::CsvImportSettings currentSettings() const;

    QLineEdit *m_path;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QCheckBox *m_header;
    QLabel *m_detected;
    QTableView *m_mappingView;
    QPlainTextEdit *m_systemPrompt;
    ImportSummaryPanel *m_summary;
    ImportDestinationChooser *m_destination;
    QPushButton *m_importButton;
    Core::ColumnMappingModel *m_mapping;
    Core::ImportPreviewModel *m_preview;
    Core::ImportJob *m_job;
    QTimer *m_refreshTimer;
    Core::CsvTable m_table;
    Core::ImportResult m_result;
    bool m_headerChosen = false;
    bool m_spacedSeparators = false;
};

} // namespace Fts
