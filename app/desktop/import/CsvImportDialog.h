// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/CsvImporter.h"
#include "desktop/import/ImportDialogBase.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace Fts::Core {
class ColumnMappingModel;
}

namespace Fts {

/**
 * Import of a CSV or TSV file: the file, how it is written (delimiter, encoding, header row; detected and
 * overridable), what each column becomes, an optional fixed system prompt, a live preview of the first
 * examples exactly as they will be written, and the count and problems of the whole file, read in the
 * background. Accepted, result() holds the examples for one InsertExamplesCommand.
 */
class CsvImportDialog : public ImportDialogBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)
public:
    explicit CsvImportDialog(QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    /** Reads @p path and guesses how it maps. */
    void setFilePath(const QString &path) override;
    QString filePath() const override;

    Core::ColumnMappingModel *mappingModel() const { return m_mapping; }
    QTableView *mappingView() const { return m_mappingView; }

protected:
    void refresh() override;

private:
    void loadTable(bool keepMapping);
    void fitMappingView();
    Core::CsvImportSettings currentSettings() const;

    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QCheckBox *m_header;
    QLabel *m_detected;
    QTableView *m_mappingView;
    Core::ColumnMappingModel *m_mapping;
    Core::CsvTable m_table;
    bool m_headerChosen = false;
};

} // namespace Fts
