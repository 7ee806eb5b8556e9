// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ImportResult.h"
#include "desktop/import/ImportDestinationChooser.h"

#include <QDialog>

class QBoxLayout;
class QFormLayout;
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
 * What the import dialogs share: the file field with Browse, an optional system prompt (applied after a pause in
 * typing, the Import button off meanwhile), the preview model, the summary of the whole file read in the
 * background by an ImportJob, where the examples go, and the Import button, on only for a current result.
 * A dialog adds its own options, lays the pieces out, and says how the file is read (refresh()).
 */
class ImportDialogBase : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialogBase)
public:
    ~ImportDialogBase() override;

    /** Reads @p path (the path field does the same when edited). */
    virtual void setFilePath(const QString &path) = 0;
    /** The file the preview and result() come from (the field may hold an edit not yet read). */
    virtual QString filePath() const = 0;
    /** The dataset examples would go into: its name, whether it has a current example, its JSON spacing. */
    void setOpenDataset(const QString &name, bool hasCurrentExample, bool spacedSeparators);

    Core::ImportResult result() const { return m_result; }
    ImportDestinationChooser::Destination destination() const { return m_destination->destination(); }
    ImportDestinationChooser *destinationChooser() const { return m_destination; }
    Core::ImportPreviewModel *previewModel() const { return m_preview; }
    ImportSummaryPanel *summary() const { return m_summary; }
    QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
    QPushButton *importButton() const { return m_importButton; }

protected:
    ImportDialogBase(const QString &importText, const QString &browseTitle, const QString &fileFilters,
                     QWidget *parent);

    /** Reads the file again with the current settings; called after a change and after a pause in typing. */
    virtual void refresh() = 0;
    /** A conversion of the whole file has finished and result() holds it; before Import is decided. */
    virtual void conversionFinished() {}

    /** Adds the "File:" row (field and Browse) to @p form. */
    void addFileRow(QFormLayout *form);
    /** Adds where the examples go and the dialog's buttons to @p layout. */
    void addButtonRow(QBoxLayout *layout);
    /** The new lines follow the open dataset's JSON spacing, unless they go into a new dataset. */
    bool spacedSeparatorsForDestination() const;
    /** A refresh begins: one a pending edit would start is not needed, and the last result is no longer current. */
    void beginRefresh();

    static constexpr int PreviewExamples = 20;

    QLineEdit *const m_path;
    QPlainTextEdit *const m_systemPrompt;
    ImportSummaryPanel *const m_summary;
    Core::ImportPreviewModel *const m_preview;
    Core::ImportJob *const m_job;
    Core::ImportResult m_result;

private:
    void browse();
    void onConversionFinished();

    const QString m_browseTitle;
    const QString m_fileFilters;
    ImportDestinationChooser *const m_destination;
    QPushButton *m_importButton = nullptr;
    QTimer *const m_refreshTimer;
    bool m_spacedSeparators = false;
    bool m_convertedWithSpacing = false; // the spacing the examples shown were converted with
};

} // namespace Fts
