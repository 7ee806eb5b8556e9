// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/ImportController.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/commands/InsertExamplesCommand.h"
#include "core/import/PastedExamplesParser.h"
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/import/CsvImportDialog.h"
#include "desktop/import/PromptCompletionImportDialog.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace Fts {

namespace {
constexpr int s_listedProblems = 12;
}

ImportController::ImportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("importController"));
    m_pasteAction = new QAction(tr("&Paste Examples"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteExamplesAction"));
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setStatusTip(tr("Insert examples copied as JSON lines after the current example"));
    connect(m_pasteAction, &QAction::triggered, this, &ImportController::pasteFromClipboard);
}

QMenu *ImportController::createImportMenu(QMenu *fileMenu)
{
    QMenu *menu = fileMenu->addMenu(tr("&Import"));
    menu->setObjectName(QStringLiteral("importMenu"));
    QAction *csv = menu->addAction(tr("&CSV or TSV…"), this, [this] { importCsv(); });
    csv->setObjectName(QStringLiteral("importCsvAction"));
    csv->setStatusTip(tr("Turn the rows of a spreadsheet table into chat examples"));
    QAction *legacy = menu->addAction(tr("&Prompt/Completion JSONL…"), this, [this] { importPromptCompletion(); });
    legacy->setObjectName(QStringLiteral("importPromptCompletionAction"));
    legacy->setStatusTip(tr("Convert examples in the legacy prompt/completion format to chat examples"));
    return menu;
}

void ImportController::importCsv(const QString &path)
{
    auto *dialog = new CsvImportDialog(m_window);
    openDialog(dialog, path, [](int count, const QString &file) {
        return tr("Import %n example(s) from %1", nullptr, count).arg(file);
    });
}

void ImportController::importPromptCompletion(const QString &path, bool intoNewDataset)
{
    auto *dialog = new PromptCompletionImportDialog(m_window);
    if (intoNewDataset) {
        dialog->destinationChooser()->setDestination(ImportDestinationChooser::Destination::NewDataset);
        dialog->destinationChooser()->setEnabled(false);
    }
    openDialog(dialog, path, [](int count, const QString &file) {
        return tr("Convert %n example(s) from %1", nullptr, count).arg(file);
    });
}

void ImportController::openDialog(ImportDialogBase *dialog, const QString &path,
                                  const std::function<QString(int count, const QString &file)> &undoText)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOpenDataset(m_window->document()->displayName(), m_window->datasetPage()->currentRow() >= 0,
                           m_window->document()->spacedSeparators());
    if (!path.isEmpty())
        dialog->setFilePath(path);
    connect(dialog, &QDialog::accepted, this, [this, dialog, undoText] {
        const Core::ImportResult result = dialog->result();
        insert(result, dialog->destination(), undoText(result.exampleCount(), QFileInfo(dialog->filePath()).fileName()));
    });
    dialog->open();
}

void ImportController::offerConversion(const QString &path)
{
    QMessageBox box(QMessageBox::Question, tr("Convert to chat examples?"),
                    tr("%1 is in the legacy prompt/completion format, which current models are not trained on. "
                       "Convert it into a new dataset of chat examples? The file itself is not changed.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("offerConversionBox"));
    QPushButton *convert = box.addButton(tr("&Convert…"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep As Is"), QMessageBox::RejectRole);
    box.setDefaultButton(convert);
    box.exec();
    if (box.clickedButton() == convert)
        importPromptCompletion(path, true);
}

void ImportController::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_window->statusBar()->showMessage(tr("The clipboard holds no text to paste as examples."), 5000);
        return;
    }
    pasteText(text);
}

void ImportController::pasteText(const QString &text)
{
    const Core::ImportResult result = Core::PastedExamplesParser::parse(text, m_window->document()->spacedSeparators());
    if (!result.problems.isEmpty()) {
        QStringList lines;
        for (const Core::ImportProblem &problem : result.problems.mid(0, s_listedProblems))
            lines.append(tr("Line %1: %2").arg(problem.line).arg(problem.message));
        if (result.problems.size() > s_listedProblems)
            lines.append(tr("… and %n more", nullptr, int(result.problems.size() - s_listedProblems)));
        QMessageBox box(m_window);
        box.setObjectName(QStringLiteral("pasteProblemsBox"));
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(tr("Paste Examples"));
        box.setText(tr("%n pasted item(s) are not chat examples:", nullptr, int(result.problems.size())));
        box.setInformativeText(lines.join(QLatin1Char('\n')));
        if (result.exampleCount() == 0) {
            box.setStandardButtons(QMessageBox::Ok);
            box.exec();
            return;
        }
        QPushButton *insertGood = box.addButton(
            tr("Insert the %n Good Example(s)", nullptr, result.exampleCount()), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != insertGood)
            return;
    }
    if (result.exampleCount() == 0) {
        m_window->statusBar()->showMessage(tr("The clipboard holds no examples."), 5000);
        return;
    }
    insert(result, ImportDestinationChooser::Destination::AfterCurrentExample,
           tr("Paste %n example(s)", nullptr, result.exampleCount()));
}

bool ImportController::insert(const Core::ImportResult &result, ImportDestinationChooser::Destination destination,
                              const QString &undoText)
{
    if (result.lines.isEmpty())
        return false;
    Core::DatasetDocument *document = m_window->document();
    const int current = m_window->datasetPage()->currentRow();
    int row = document->exampleCount();
    switch (destination) {
    case ImportDestinationChooser::Destination::AppendToDataset:
        break;
    case ImportDestinationChooser::Destination::AfterCurrentExample:
        if (current >= 0)
            row = current + 1;
        break;
    case ImportDestinationChooser::Destination::NewDataset:
        if (!m_window->newDataset())
            return false;
        row = 0;
        break;
    }
    document->undoStack()->push(new Core::InsertExamplesCommand(document, row, result.lines, undoText, result.splits));
    m_window->showWorkflowPage(MainWindow::WorkflowPage::Dataset);
    m_window->datasetPage()->selectExamples(row, result.exampleCount());
    m_window->statusBar()->showMessage(undoText, 5000);
    return true;
}

} // namespace Fts
