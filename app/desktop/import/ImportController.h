// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ImportResult.h"
#include "desktop/import/ImportDestinationChooser.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace Fts {

class ImportDialogBase;
class MainWindow;

/**
 * Everything that brings examples in from elsewhere, for the main window: File ▸ Import ▸ CSV or TSV and
 * Prompt/Completion JSONL (dialogs), Edit ▸ Paste Examples (JSON from the clipboard), and the offer to
 * convert a prompt/completion file that was opened. Whatever comes in is inserted with ONE undoable
 * InsertExamplesCommand named after its source ("Import 120 examples from notes.csv").
 */
class ImportController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)
public:
    explicit ImportController(MainWindow *window);

    /** File ▸ Import ▸ …, as a submenu of @p fileMenu. */
    QMenu *createImportMenu(QMenu *fileMenu);
    /** Edit ▸ Paste Examples (Ctrl+Shift+V). */
    QAction *pasteAction() const { return m_pasteAction; }

    /** Opens the CSV/TSV dialog, with @p path already chosen when given. */
    void importCsv(const QString &path = QString());
    /** Opens the prompt/completion dialog; @p intoNewDataset fixes the destination to a new dataset. */
    void importPromptCompletion(const QString &path = QString(), bool intoNewDataset = false);
    /** Called when @p path was opened and is in the prompt/completion format: offers to convert it. */
    void offerConversion(const QString &path);
    /** Inserts the examples in @p text after the current example; asks first when some cannot be read. */
    void pasteText(const QString &text);

    /**
     * Inserts @p result's examples at @p destination as one undo step named with @p undoText; false when
     * nothing was inserted (the user kept unsaved changes when asked, or there was nothing).
     */
    bool insert(const Core::ImportResult &result, ImportDestinationChooser::Destination destination,
                const QString &undoText);

private:
    void pasteFromClipboard();
    /** Shows @p dialog for the open dataset (and @p path); accepted, its examples are inserted as one step. */
    void openDialog(ImportDialogBase *dialog, const QString &path,
                    const std::function<QString(int count, const QString &file)> &undoText);

    MainWindow *const m_window;
    QAction *m_pasteAction;
};

} // namespace Fts
