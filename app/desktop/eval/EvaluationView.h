// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetDocument.h"

#include <QList>
#include <QPointer>
#include <QWidget>

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
 * The lead wires it into the main window: `new EvaluationView(resolver, this)` and setDatasetDocument() with the
 * open dataset.
 */
class EvaluationView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationView)
public:
    enum class ExportFormat { Csv, Jsonl, Html };

    explicit EvaluationView(ProfileClientResolver *resolver, QWidget *parent = nullptr);
    ~EvaluationView() override;

    /** Opens (or creates) the result store; the default is Eval::ResultStore::defaultPath(). */
    bool setResultStorePath(const QString &path);
    void setTestSetPath(const QString &path);
    void setModels(const QString &profileA, const QString &modelA, const QString &profileB, const QString &modelB);
    void setScorerSpec(const QString &spec);
    void setConcurrency(int concurrency);

    void startEvaluation();
    void cancelEvaluation();
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

    Eval::EvaluationRunner *runner() const { return m_runner; }
    Eval::EvaluationFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detailPane() const { return m_detail; }
    EvaluationSummaryWidget *summaryWidget() const { return m_summary; }
    BlindReviewWidget *blindReview() const { return m_blindReview; }
    PlaygroundView *playground() const { return m_playground; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /** Failed examples as chat JSONL lines, to append to the open dataset as one undoable step. */
    void failuresForDataset(const QList<QByteArray> &lines, const QString &undoText);
    void evaluationFinished();

private:
    QWidget *buildSetup();
    QWidget *buildAnswersTab();
    void browseTestSet();
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

    QLineEdit *m_testSet = nullptr;
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
    EvaluationSummaryWidget *m_summary = nullptr;
    BlindReviewWidget *m_blindReview = nullptr;
    QTreeWidget *m_pastRuns = nullptr;
    PlaygroundView *m_playground = nullptr;
    QString m_testSetPathOfRun;
    QPointer<Core::DatasetDocument> m_document;
};

} // namespace Fts
