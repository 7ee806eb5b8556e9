// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QDateTime>
#include <QPointer>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QUndoView;

#include <memory>

namespace Fts::Core {
class DatasetDocument;
class DatasetLoader;
class ExampleListModel;
class IssueListModel;
class RecoveryStore;
}

namespace Fts {

class DatasetPage;
class ImportController;
class ValidationDock;

/**
 * The workbench window. The central area has one page per workflow step (Dataset, Jobs, Evaluate); panels
 * (validation, undo history, and those other features add) are dock widgets listed in View > Panels.
 *
 * Other features plug in with setWorkflowPage() and addPanel(); everything about the open dataset goes
 * through document().
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class WorkflowPage { Dataset, Jobs, Evaluate };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens the split dialog for the open dataset (one undo step when accepted). */
    void assignSplits();
    /** Replaces the open dataset by an empty one, asking about unsaved changes; false when the user cancels. */
    bool newDataset();
    /** Opens @p path in the background; the window stays responsive while it is indexed and validated. */
    void openDataset(const QString &path);
    /** Saves to the current file (asks for a name when there is none); false when cancelled or failed. */
    bool saveDataset();
    bool saveDatasetAs(const QString &path);

    Core::DatasetDocument *document() const { return m_document; }
    Core::ExampleListModel *exampleModel() const { return m_examples; }
    Core::IssueListModel *issueModel() const { return m_issues; }
    DatasetPage *datasetPage() const { return m_datasetPage; }
    ValidationDock *validationDock() const { return m_validationDock; }
    /** File ▸ Import, Edit ▸ Paste Examples and the conversion offered for prompt/completion files. */
    ImportController *importController() const { return m_import; }

    /** Replaces the placeholder of a workflow page with @p page (the window takes ownership). */
    void setWorkflowPage(WorkflowPage which, QWidget *page);
    /**
     * At start: when autosaved work of a session that did not end normally is found, offers to restore it
     * (as one undoable step over the original file). Returns true when something was restored.
     */
    bool offerRecovery();
    /** Writes the autosave copy now if there are unsaved changes (the timer does it every few seconds). */
    void autosave();
    Core::RecoveryStore *recoveryStore() const { return m_recovery.get(); }
    void showWorkflowPage(WorkflowPage which);
    /** Adds a panel, restored to its saved place, with a toggle in View > Panels. */
    void addPanel(QDockWidget *panel, Qt::DockWidgetArea area = Qt::RightDockWidgetArea);

Q_SIGNALS:
    /** A dataset finished loading (or failed: @p ok false), for tests and other panels. */
    void datasetLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createPanels();
    void showAbout();
    void chooseAndOpenDataset();
    bool chooseAndSaveAs();
    /** Asks what to do with unsaved changes; false when the user cancels. */
    bool maybeSave();
    void onLoadFinished(bool ok);
    void updateTitle();
    void updateValidationSummary();
    void revalidateRow(int first, int last);
    void scheduleFullValidation();
    void runFullValidation();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void insertExample();
    void duplicateExamples();
    void deleteExamples();
    void moveExample(int delta);
    void exportSplits();
    void restoreLayout();
    void saveLayout();

    Core::DatasetDocument *m_document = nullptr;
    Core::ExampleListModel *m_examples = nullptr;
    Core::IssueListModel *m_issues = nullptr;
    QPointer<Core::DatasetLoader> m_loader;
    QTabWidget *m_workflow = nullptr;
    DatasetPage *m_datasetPage = nullptr;
    ValidationDock *m_validationDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    ImportController *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QLabel *m_datasetStatus = nullptr;
    QTimer *m_validationTimer = nullptr;
    quint64 m_validatingRevision = 0;
    bool m_layoutRestored = false;
    std::unique_ptr<Core::RecoveryStore> m_recovery;
    QTimer *m_autosaveTimer = nullptr;
    quint64 m_autosavedRevision = 0;
    void restoreRecovered(const QByteArray &bytes);
    void watchFile();
    void onFileChangedOnDisk(const QString &path);
    QFileSystemWatcher *m_fileWatcher = nullptr;
    /** The file's modification time after our own last save or open: a change is someone else's when it differs. */
    QDateTime m_knownModification;
    bool m_askingAboutChange = false;
};

} // namespace Fts
