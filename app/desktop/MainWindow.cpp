// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MainWindow.h"

#include "core/BuildInfo.h"
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/JsonlDocument.h"
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleListModel.h"
#include "core/editing/IssueListModel.h"
#include "core/editing/RecoveryStore.h"
#include "core/editing/SplitAssigner.h"
#include "core/editing/SplitSidecar.h"
#include "core/editing/commands/SetSplitsCommand.h"
#include "core/editing/commands/InsertExamplesCommand.h"
#include "core/editing/commands/RemoveExamplesCommand.h"
#include "core/validation/DatasetValidator.h"
#include "desktop/AboutDialog.h"
#include "desktop/DatasetPage.h"
#include "desktop/SplitDialog.h"
#include "desktop/ValidationDock.h"
#include "desktop/import/ImportController.h"
#include "desktop/bulk/BulkEditDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QtConcurrent>

namespace Fts {

namespace {

constexpr int MaxRecentFiles = 8;
const QString RecentFilesKey = QStringLiteral("MainWindow/recentFiles");

/** A round status dot; drawn, not loaded, so that it looks the same with every icon theme. */
QIcon statusDot(const QColor &color)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(130));
        painter.setBrush(color);
        const qreal margin = size * 0.22;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QWidget *placeholderPage(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_document = new Core::DatasetDocument(this);
    m_examples = new Core::ExampleListModel(m_document, this);
    const QColor grey(0x9e, 0x9e, 0x9e), green(0x2e, 0x7d, 0x32), amber(0xf9, 0xa8, 0x25), red(0xc6, 0x28, 0x28);
    m_examples->setStatusIcons({statusDot(grey), statusDot(green), statusDot(amber), statusDot(red)});
    m_issues = new Core::IssueListModel(this);
    m_issues->setSeverityIcons(statusDot(red), statusDot(amber));

    m_workflow = new QTabWidget(this);
    m_workflow->setObjectName(QStringLiteral("workflowTabs"));
    m_workflow->setDocumentMode(true);
    m_datasetPage = new DatasetPage(m_document, m_examples, m_workflow);
    m_workflow->addTab(m_datasetPage, tr("&Dataset"));
    m_workflow->addTab(placeholderPage(QStringLiteral("jobsPlaceholder"),
                                       tr("Fine-tuning jobs you start or follow appear here."), m_workflow),
                       tr("&Jobs"));
    m_workflow->addTab(placeholderPage(QStringLiteral("evaluatePlaceholder"),
                                       tr("Compare the base and the fine-tuned model on your test split here."),
                                       m_workflow),
                       tr("&Evaluate"));
    setCentralWidget(m_workflow);

    createActions();
    createPanels();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QToolButton::clicked, this, [this] {
        if (m_loader)
            m_loader->cancel();
    });
    m_datasetStatus = new QLabel(this);
    m_datasetStatus->setObjectName(QStringLiteral("datasetStatus"));
    statusBar()->addPermanentWidget(m_datasetStatus);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->showMessage(tr("Ready"));

    m_validationTimer = new QTimer(this);
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(700);
    connect(m_validationTimer, &QTimer::timeout, this, &MainWindow::runFullValidation);

    m_recovery = std::make_unique<Core::RecoveryStore>(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery"));
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(5000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();
    connect(m_document, &Core::DatasetDocument::modifiedChanged, this, [this](bool modified) {
        // Saved, or undone back to the saved state: the recovery copy is no longer needed.
        if (!modified)
            m_recovery->discard(m_document->filePath());
    });
    connect(m_document, &Core::DatasetDocument::modifiedChanged, this, &MainWindow::updateTitle);
    m_fileWatcher = new QFileSystemWatcher(this);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChangedOnDisk);
    connect(m_document, &Core::DatasetDocument::filePathChanged, this, &MainWindow::watchFile);
    connect(m_document, &Core::DatasetDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Core::DatasetDocument::examplesChanged, this, &MainWindow::revalidateRow);
    for (auto signal : {&Core::DatasetDocument::examplesInserted, &Core::DatasetDocument::examplesRemoved,
                        &Core::DatasetDocument::exampleMoved})
        connect(m_document, signal, this, &MainWindow::scheduleFullValidation);
    for (auto signal : {&Core::DatasetDocument::examplesInsertedInRanges, &Core::DatasetDocument::examplesRemovedInRanges})
        connect(m_document, signal, this, &MainWindow::scheduleFullValidation);
    connect(m_validationDock, &ValidationDock::issueActivated, this, [this](int line, const QString &) {
        const int row = m_document->rowForLine(line);
        if (row >= 0) {
            showWorkflowPage(WorkflowPage::Dataset);
            m_datasetPage->selectExample(row);
        }
    });

    resize(1280, 800);
    updateTitle();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::autosave()
{
    if (!m_document->isModified() || m_document->revision() == m_autosavedRevision)
        return;
    QString error;
    if (m_recovery->write(*m_document, m_document->filePath(), &error))
        m_autosavedRevision = m_document->revision();
    else
        statusBar()->showMessage(error, 10000);
}

bool MainWindow::offerRecovery()
{
    const QList<Core::RecoveryStore::Entry> entries = m_recovery->entries();
    if (entries.isEmpty())
        return false;
    const Core::RecoveryStore::Entry entry = entries.constFirst();
    const QString name = entry.originalPath.isEmpty() ? tr("an untitled dataset")
                                                      : QDir::toNativeSeparators(entry.originalPath);
    const auto answer = QMessageBox::question(
        this, tr("Restore unsaved work?"),
        tr("Finetune Studio did not close normally. Unsaved changes to %1 from %2 were kept. Restore them?")
            .arg(name, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_recovery->discard(entry.originalPath);
        return false;
    }
    const QByteArray bytes = Core::RecoveryStore::read(entry);
    m_recovery->discard(entry.originalPath);
    if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath)) {
        // Open the file as it is on disk, then put the recovered work on top as one undo step.
        auto *context = new QObject(this);
        connect(this, &MainWindow::datasetLoaded, context, [this, context, bytes](bool ok) {
            context->deleteLater();
            if (ok)
                restoreRecovered(bytes);
        });
        openDataset(entry.originalPath);
    } else {
        m_document->setData(bytes);
        restoreRecovered(bytes);
    }
    return true;
}

void MainWindow::watchFile()
{
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    const QString path = m_document->filePath();
    m_knownModification = path.isEmpty() ? QDateTime() : QFileInfo(path).lastModified();
    if (!path.isEmpty())
        m_fileWatcher->addPath(path);
}

void MainWindow::onFileChangedOnDisk(const QString &path)
{
    if (path != m_document->filePath() || m_askingAboutChange)
        return;
    // Atomic saves replace the file: watch the new one.
    if (QFileInfo::exists(path) && !m_fileWatcher->files().contains(path))
        m_fileWatcher->addPath(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    if (modified == m_knownModification)
        return; // our own save
    m_knownModification = modified;
    m_askingAboutChange = true;
    const QString question = m_document->isModified()
        ? tr("%1 was changed by another program. Reload it and lose your unsaved changes, or keep your version "
             "(saving will overwrite theirs)?")
        : tr("%1 was changed by another program. Reload it?");
    const auto answer = QMessageBox::question(this, tr("File changed on disk"),
                                              question.arg(QDir::toNativeSeparators(path)),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    m_askingAboutChange = false;
    if (answer == QMessageBox::Yes)
        openDataset(path);
}

void MainWindow::restoreRecovered(const QByteArray &bytes)
{
    Core::JsonlDocument recovered;
    recovered.setData(bytes);
    QList<QByteArray> lines;
    for (int example = 0; example < recovered.exampleCount(); ++example)
        lines.append(recovered.lineBytes(recovered.lineIndexOfExample(example)));
    QList<int> rows;
    for (int row = 0; row < m_document->exampleCount(); ++row)
        rows.append(row);
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Restore unsaved work"));
    stack->push(new Core::RemoveExamplesCommand(m_document, rows));
    stack->push(new Core::InsertExamplesCommand(m_document, 0, lines));
    stack->endMacro();
    statusBar()->showMessage(tr("Unsaved work restored; save it to keep it."), 10000);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Dataset"), this, &MainWindow::newDataset);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpenDataset);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    m_import = new ImportController(this);
    m_import->createImportMenu(fileMenu);
    fileMenu->addSeparator();
    QAction *saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::saveDataset);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &MainWindow::chooseAndSaveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    QAction *redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setObjectName(QStringLiteral("redoAction"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    QAction *insertAction = editMenu->addAction(tr("&Insert Example"), this, &MainWindow::insertExample);
    insertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    insertAction->setObjectName(QStringLiteral("insertExampleAction"));
    QAction *duplicateAction = editMenu->addAction(tr("D&uplicate Examples"), this, &MainWindow::duplicateExamples);
    duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    editMenu->addAction(m_import->pasteAction());
    QAction *deleteAction = editMenu->addAction(tr("&Delete Examples"), this, &MainWindow::deleteExamples);
    deleteAction->setObjectName(QStringLiteral("deleteExamplesAction"));
    deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QAction *upAction = editMenu->addAction(tr("Move Example &Up"), this, [this] { moveExample(-1); });
    upAction->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    QAction *downAction = editMenu->addAction(tr("Move Example Do&wn"), this, [this] { moveExample(1); });
    downAction->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find…"), this, [this] {
        showWorkflowPage(WorkflowPage::Dataset);
        m_datasetPage->focusSearch();
    });
    findAction->setShortcut(QKeySequence::Find);
    QAction *nextAction = editMenu->addAction(tr("Find &Next"), this, [this] { m_datasetPage->findNext(1); });
    nextAction->setShortcut(QKeySequence::FindNext);
    QAction *previousAction = editMenu->addAction(tr("Find &Previous"), this, [this] { m_datasetPage->findNext(-1); });
    previousAction->setShortcut(QKeySequence::FindPrevious);
    QAction *replaceAction = editMenu->addAction(tr("Find and &Replace…"), this, [this] {
        BulkEditDialog::openFor(this, BulkEditDialog::Kind::FindReplace);
    });
    replaceAction->setObjectName(QStringLiteral("findReplaceAction"));
    replaceAction->setShortcut(QKeySequence::Replace);
    // The list's context menu offers the example operations too.
    QTableView *list = m_datasetPage->exampleView();
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->addActions({insertAction, duplicateAction, deleteAction, upAction, downAction});
    list->addAction(m_import->pasteAction());

    QMenu *datasetMenu = menuBar()->addMenu(tr("&Dataset"));
    QAction *splitAction = datasetMenu->addAction(tr("&Assign Splits…"), this, &MainWindow::assignSplits);
    splitAction->setObjectName(QStringLiteral("assignSplitsAction"));
    datasetMenu->addAction(tr("&Export Splits…"), this, &MainWindow::exportSplits);
    datasetMenu->addSeparator();
    const QList<std::tuple<QString, QString, BulkEditDialog::Kind>> bulkActions{
        {tr("Set S&ystem Prompt…"), QStringLiteral("setSystemPromptAction"), BulkEditDialog::Kind::SetSystemPrompt},
        {tr("Remove D&uplicates…"), QStringLiteral("removeDuplicatesAction"), BulkEditDialog::Kind::RemoveDuplicates},
        {tr("&Delete Matching Examples…"), QStringLiteral("deleteMatchingAction"), BulkEditDialog::Kind::DeleteMatching},
        {tr("&Move Matching to Split…"), QStringLiteral("moveMatchingAction"), BulkEditDialog::Kind::MoveToSplit}};
    for (const auto &[text, name, kind] : bulkActions) {
        QAction *bulkAction = datasetMenu->addAction(text, this, [this, kind = kind] { BulkEditDialog::openFor(this, kind); });
        bulkAction->setObjectName(name);
    }
    datasetMenu->addSeparator();
    QAction *validateAction = datasetMenu->addAction(tr("&Validate Again"), this, &MainWindow::runFullValidation);
    validateAction->setShortcut(QKeySequence(Qt::Key_F7));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_panelsMenu = viewMenu->addMenu(tr("&Panels"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Finetune Studio"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    m_panelsMenu->addAction(toolBar->toggleViewAction());
}

void MainWindow::createPanels()
{
    m_validationDock = new ValidationDock(m_issues, this);
    addPanel(m_validationDock, Qt::BottomDockWidgetArea);
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *history = new QUndoView(m_document->undoStack(), m_historyDock);
    history->setEmptyLabel(tr("<opened file>"));
    m_historyDock->setWidget(history);
    addPanel(m_historyDock, Qt::RightDockWidgetArea);
    m_historyDock->hide();
}

void MainWindow::addPanel(QDockWidget *panel, Qt::DockWidgetArea area)
{
    addDockWidget(area, panel);
    m_panelsMenu->addAction(panel->toggleViewAction());
    // A panel added after the layout was restored gets its saved place now.
    if (m_layoutRestored)
        restoreDockWidget(panel);
}

void MainWindow::setWorkflowPage(WorkflowPage which, QWidget *page)
{
    const int index = int(which);
    const QString title = m_workflow->tabText(index);
    QWidget *old = m_workflow->widget(index);
    m_workflow->removeTab(index);
    m_workflow->insertTab(index, page, title);
    if (old != page)
        old->deleteLater();
}

void MainWindow::showWorkflowPage(WorkflowPage which)
{
    m_workflow->setCurrentIndex(int(which));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — %2").arg(m_document->displayName(), Core::BuildInfo::applicationName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::chooseAndOpenDataset()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open dataset"), QString(),
                                                      tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        openDataset(path);
}

bool MainWindow::newDataset()
{
    if (!maybeSave())
        return false;
    if (m_loader)
        m_loader->cancel();
    m_document->clear();
    m_issues->setReport({});
    updateTitle();
    updateValidationSummary();
    return true;
}

void MainWindow::openDataset(const QString &path)
{
    if (m_loader) {
        m_loader->cancel();
        m_loader->deleteLater();
    }
    auto *loader = new Core::DatasetLoader(this);
    m_loader = loader;
    connect(loader, &Core::DatasetLoader::progressChanged, m_progress, &QProgressBar::setValue);
    connect(loader, &Core::DatasetLoader::finished, this, &MainWindow::onLoadFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelLoad->show();
    m_validationDock->setSummary(tr("Validating…"));
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    loader->start(path);
}

void MainWindow::onLoadFinished(bool ok)
{
    Core::DatasetLoader *loader = m_loader;
    m_progress->hide();
    m_cancelLoad->hide();
    if (!loader)
        return;
    loader->deleteLater();
    m_loader = nullptr;
    if (!ok) {
        if (loader->wasCancelled()) {
            statusBar()->showMessage(tr("Opening cancelled"), 5000);
        } else {
            statusBar()->showMessage(loader->errorMessage(), 10000);
            QMessageBox::warning(this, tr("Cannot open dataset"), loader->errorMessage());
        }
        updateValidationSummary();
        Q_EMIT datasetLoaded(false);
        return;
    }
    const QString path = loader->filePath();
    m_document->reset(loader->takeDocument());
    QString splitError;
    int unmatched = 0;
    m_document->restoreSplits(Core::SplitSidecar::load(*m_document, path, &unmatched, &splitError));
    if (!splitError.isEmpty())
        QMessageBox::warning(this, tr("Splits not restored"), splitError);
    else if (unmatched > 0)
        statusBar()->showMessage(tr("%n split assignment(s) no longer match an example and were dropped.", nullptr,
                                    unmatched), 10000);
    const Core::ValidationReport report = loader->report();
    m_issues->setReport(report);
    m_examples->setValidationReport(report);
    m_validatingRevision = m_document->revision();
    addRecentFile(path);
    watchFile();
    updateTitle();
    updateValidationSummary();
    if (unmatched == 0)
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    if (m_document->exampleCount() > 0)
        m_datasetPage->selectExample(0);
    Q_EMIT datasetLoaded(true);
    // Asked after the load is complete, so that whoever waited for it sees the file as it is.
    if (report.format == Core::DatasetFormat::PromptCompletion)
        QTimer::singleShot(0, m_import, [this, path] { m_import->offerConversion(path); });
}

void MainWindow::updateValidationSummary()
{
    const Core::ValidationReport &report = m_issues->report();
    const int examples = m_document->exampleCount();
    m_datasetStatus->setText(tr("%n example(s)", nullptr, examples));
    if (examples == 0 && report.issues.isEmpty()) {
        m_validationDock->setSummary(tr("No examples yet"));
        return;
    }
    const int errors = report.errorCount();
    const int warnings = report.warningCount();
    if (errors == 0 && warnings == 0)
        m_validationDock->setSummary(tr("No problems found in %n example(s).", nullptr, examples));
    else
        m_validationDock->setSummary(tr("%1, %2 in %n example(s)", nullptr, examples)
                                         .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
}

void MainWindow::revalidateRow(int first, int last)
{
    // An edit is checked on its own at once; checks across examples (duplicates) follow in the background.
    const Core::DatasetValidator validator;
    for (int row = first; row <= last; ++row) {
        const int line = m_document->lineNumber(row);
        const QList<Core::ValidationIssue> issues = validator.validateLine(m_document->exampleLineView(row), line);
        m_issues->replaceLineIssues(line, issues);
        Core::ExampleListModel::Status status = Core::ExampleListModel::Status::Valid;
        for (const Core::ValidationIssue &issue : issues) {
            if (issue.isError()) {
                status = Core::ExampleListModel::Status::Error;
                break;
            }
            status = Core::ExampleListModel::Status::Warning;
        }
        m_examples->setRowStatus(row, status);
    }
    updateValidationSummary();
    scheduleFullValidation();
}

void MainWindow::scheduleFullValidation()
{
    m_validationTimer->start();
}

void MainWindow::runFullValidation()
{
    if (m_loader)
        return;
    const quint64 revision = m_document->revision();
    const QByteArray bytes = m_document->toBytes();
    auto *watcher = new QFutureWatcher<Core::ValidationReport>(this);
    connect(watcher, &QFutureWatcher<Core::ValidationReport>::finished, this, [this, watcher, revision] {
        watcher->deleteLater();
        // A report of an older revision would put issues on the wrong lines.
        if (revision != m_document->revision())
            return;
        const Core::ValidationReport report = watcher->result();
        m_issues->setReport(report);
        m_examples->setValidationReport(report);
        updateValidationSummary();
    });
    watcher->setFuture(QtConcurrent::run([bytes] {
        Core::JsonlDocument snapshot;
        snapshot.setData(bytes);
        return Core::DatasetValidator().validate(snapshot);
    }));
}

bool MainWindow::saveDataset()
{
    if (m_document->filePath().isEmpty())
        return chooseAndSaveAs();
    return saveDatasetAs(m_document->filePath());
}

bool MainWindow::chooseAndSaveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save dataset as"), m_document->filePath(),
                                                      tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return false;
    return saveDatasetAs(path);
}

bool MainWindow::saveDatasetAs(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save dataset"), error);
        return false;
    }
    addRecentFile(path);
    watchFile();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveDataset();
    if (answer == QMessageBox::Discard)
        m_recovery->discard(m_document->filePath());
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().constFirst().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openDataset(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(RecentFilesKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentFilesKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (maybeSave())
                    openDataset(path);
            });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::insertExample()
{
    const int current = m_datasetPage->currentRow();
    const int row = current < 0 ? m_document->exampleCount() : current + 1;
    // A new example starts from the system prompt of the current one: most datasets share it.
    QJsonArray messages;
    if (current >= 0) {
        const QJsonArray existing = m_document->example(current).value(QLatin1String("messages")).toArray();
        if (!existing.isEmpty() && existing.first().toObject().value(QLatin1String("role")).toString() == QLatin1String("system"))
            messages.append(existing.first());
    }
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QString()}});
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}});
    const QByteArray line = m_document->serializeExample(QJsonObject{{QStringLiteral("messages"), messages}});
    m_document->undoStack()->push(new Core::InsertExamplesCommand(m_document, row, {line}, tr("Insert example")));
    m_datasetPage->selectExample(row);
}

void MainWindow::duplicateExamples()
{
    const QList<int> rows = m_datasetPage->selectedRows();
    if (rows.isEmpty())
        return;
    QList<QByteArray> lines;
    for (int row : rows)
        lines.append(m_document->exampleLine(row));
    m_document->undoStack()->push(new Core::InsertExamplesCommand(
        m_document, rows.last() + 1, lines, tr("Duplicate %n example(s)", nullptr, int(rows.size()))));
    m_datasetPage->selectExample(rows.last() + 1);
}

void MainWindow::deleteExamples()
{
    const QList<int> rows = m_datasetPage->selectedRows();
    if (rows.isEmpty())
        return;
    m_document->undoStack()->push(new Core::RemoveExamplesCommand(m_document, rows));
    m_datasetPage->selectExample(qMin(rows.first(), m_document->exampleCount() - 1));
}

void MainWindow::moveExample(int delta)
{
    // The selected examples move together, one undo step (ExampleListModel::moveExamples).
    const QList<int> rows = m_datasetPage->selectedRows();
    if (rows.isEmpty())
        return;
    const int destination = delta < 0 ? rows.first() + delta : rows.last() + delta + 1;
    if (destination < 0 || destination > m_document->exampleCount())
        return;
    const int first = m_examples->moveExamples(rows, destination);
    if (first >= 0)
        m_datasetPage->selectExamples(first, int(rows.size()));
}

void MainWindow::assignSplits()
{
    if (m_document->exampleCount() == 0)
        return;
    SplitDialog dialog(m_document->exampleCount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<Core::DatasetSplit> splits = Core::SplitAssigner::assign(
        m_document->exampleCount(), dialog.seed(), dialog.trainShare(), dialog.validationShare(), dialog.testShare());
    QList<Core::SetSplitsCommand::Assignment> assignments;
    assignments.reserve(splits.size());
    for (int row = 0; row < splits.size(); ++row)
        assignments.append({row, splits.at(row)});
    m_document->undoStack()->push(new Core::SetSplitsCommand(m_document, assignments, tr("Assign splits")));
}

void MainWindow::exportSplits()
{
    QString base = m_document->filePath();
    if (base.endsWith(QLatin1String(".jsonl")))
        base.chop(6);
    base = QFileDialog::getSaveFileName(this, tr("Export splits: base name"), base, tr("JSON Lines (*.jsonl)"));
    if (base.isEmpty())
        return;
    if (base.endsWith(QLatin1String(".jsonl")))
        base.chop(6);
    QString error;
    const QStringList files = Core::SplitAssigner::exportSplits(*m_document, base, &error);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Cannot export splits"), error);
    else
        statusBar()->showMessage(tr("Exported %n file(s)", nullptr, int(files.size())), 5000);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_datasetPage->splitter()->restoreState(settings.value(QStringLiteral("MainWindow/datasetSplitter")).toByteArray());
    m_layoutRestored = true;
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/datasetSplitter"), m_datasetPage->splitter()->saveState());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Fts
