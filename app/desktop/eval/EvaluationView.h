// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetDocument.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class QToolButton;

namespace Fts::Core {
class DatasetDocument;
}

namespace Fts::Eval {
class EvaluationFilterModel;
class EvaluationRunner;
class EvaluationTableModel;
class ResultStore;
}

namespace Fts {

class BlindReviewWidget;
class EvaluationSummaryWidget;
class PlaygroundView;
class ProfileClientResolver;

/**
 * The Evaluate page: choose a test set, model A and model B (each from any connection profile), the scorer and
 * the generation settings; run; then read the answers side by side (flips first, word-level highlighting, a
 * detail pane), the summary with its intervals and p-value, a blind review, past runs, and the playground.
 * Failures can be sent back to the open dataset (failuresForDataset(), one undo step on the receiving side) and
 * results exported as CSV, JSONL or a self-contained HTML report.
 *
 * WorkbenchAssembly wires it into the main window: setDatasetDocument() with the open dataset (whose test split,
 * whole content or selected rows can be the test set) and setSelectedRowsProvider() with the Dataset page.
 */
class EvaluationView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationView)
public:
    enum class ExportFormat { Csv, Jsonl, Html };
    /** Where the test examples come from: a file, or the open dataset as it is in memory (unsaved edits included). */
    enum class TestSource { File, DatasetTestSplit, WholeDataset, SelectedExamples };

    explicit EvaluationView(ProfileClientResolver *resolver, QWidget *parent = nullptr);
    ~EvaluationView() override;

    /** Opens (or creates) the result store; the default is Eval::ResultStore::defaultPath(). */
    bool setResultStorePath(const QString &path);
    /** Chooses a file as the test set (and switches the source to File). */
    void setTestSetPath(const QString &path);
    void setTestSource(TestSource source);
    TestSource testSource() const;
    /** Gives the rows selected on the Dataset page, for TestSource::SelectedExamples. */
    void setSelectedRowsProvider(std::function<QList<int>()> provider);
    void setModels(const QString &profileA, const QString &modelA, const QString &profileB, const QString &modelB);
    void setScorerSpec(const QString &spec);
    void setConcurrency(int concurrency);

    void startEvaluation();
    void cancelEvaluation();
    /** Reads the inference prices again (Settings > Inference prices) and re-prices what is shown. */
    void reloadPrices();
    /** Shows a stored run (from the Past runs tab) without sending anything. */
    void openStoredRun(qint64 runId);

    /**
     * The open dataset (not owned). With one set, "Add B's failures" appends them to it as one undo step
     * (Core::InsertExamplesCommand); without, failuresForDataset() hands the lines to whoever owns the dataset.
     */
    void setDatasetDocument(Core::DatasetDocument *document);

    bool exportResults(const QString &path, ExportFormat format, QString *error = nullptr) const;
    /** Chat lines (`{"messages": [...]}` with the expected answer last) for the selected rows where B failed, or all of B's failures. */
    QList<QByteArray> failureLines() const;
    void sendFailuresToDataset();

    /** Makes the row @p delta rows below (above, when negative) the current one current and selected. */
    void moveCurrentRow(int delta);
    /** The next (or, with @p direction -1, previous) regression or win after the current row, wrapping around. */
    bool selectNextFlip(int direction = 1);
    /** Shows or hides the detail pane under the table (Space). */
    void toggleDetailPane();
    /** The keys of the side-by-side table, one per line, as the ? key shows them. */
    static QString keyboardHelp();
    QLabel *keyboardHint() const { return m_keys; }

    Eval::EvaluationRunner *runner() const { return m_runner; }
    Eval::EvaluationFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detailPane() const { return m_detail; }
    EvaluationSummaryWidget *summaryWidget() const { return m_summary; }
    BlindReviewWidget *blindReview() const { return m_blindReview; }
    PlaygroundView *playground() const { return m_playground; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *testSourceChoice() const { return m_source; }
    /** What the chosen dataset source holds ("26 examples in the test split of …"), or why it cannot be used. */
    QLabel *testSourceInfo() const { return m_sourceInfo; }
    QPushButton *assignSplitsButton() const { return m_assignSplits; }

Q_SIGNALS:
    /** Failed examples as chat JSONL lines, to append to the open dataset as one undoable step. */
    void failuresForDataset(const QList<QByteArray> &lines, const QString &undoText);
    void evaluationFinished();
    /** The open dataset has no test split and the user asked to assign one (Dataset > Assign Splits). */
    void assignSplitsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildSetup();
    QWidget *buildAnswersTab();
    void browseTestSet();
    void updateTestSource();
    void selectTableRow(int row);
    /** The rows of the open dataset the current source stands for. */
    QList<int> sourceRows() const;
    void onScorerChanged();
    void onProgress(int done, int total, qint64 etaMs);
    void onFinished();
    void updateDetail();
    void updateSummary();
    void refreshPastRuns();
    void refreshProfiles();
    void setRunning(bool running);
    void chooseExport(ExportFormat format);

    ProfileClientResolver *m_resolver;
    std::unique_ptr<Eval::ResultStore> m_store;
    Eval::EvaluationRunner *m_runner = nullptr;
    Eval::EvaluationTableModel *m_model = nullptr;
    Eval::EvaluationFilterModel *m_filter = nullptr;

    QComboBox *m_source = nullptr;
    QLineEdit *m_testSet = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_sourceInfo = nullptr;
    QPushButton *m_assignSplits = nullptr;
    bool m_sourceChosen = false;
    std::function<QList<int>()> m_selectedRows;
    QComboBox *m_profileA = nullptr;
    QLineEdit *m_modelA = nullptr;
    QComboBox *m_profileB = nullptr;
    QLineEdit *m_modelB = nullptr;
    QComboBox *m_scorer = nullptr;
    QLineEdit *m_scorerParameter = nullptr;
    QComboBox *m_judgeProfile = nullptr;
    QLineEdit *m_judgeModel = nullptr;
    QWidget *m_judgeRow = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QCheckBox *m_useSeed = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_show = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_toDataset = nullptr;
    QLabel *m_keys = nullptr;
    EvaluationSummaryWidget *m_summary = nullptr;
    BlindReviewWidget *m_blindReview = nullptr;
    QTreeWidget *m_pastRuns = nullptr;
    PlaygroundView *m_playground = nullptr;
    QString m_testSetPathOfRun;
    /** The shown answers were asked for examples of the open dataset itself. */
    bool m_runFromDataset = false;
    QPointer<Core::DatasetDocument> m_document;
};

} // namespace Fts
