// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetDocument.h"
#include "core/stats/DatasetStatistics.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QSettings;
class QSpinBox;
class QTableWidget;
class QTimer;
class QToolButton;

namespace Fts::Core {
class DatasetStatisticsJob;
}

namespace Fts {

class TokenHistogramView;

/**
 * Token statistics and cost of the open dataset: the estimated price for the chosen model and epochs, token
 * totals, a histogram of tokens per example with the model's limit, the cookbook's distributions, and the
 * examples that will be truncated or cannot be counted, each clickable (lineActivated()).
 *
 * Counting runs in the background (DatasetStatisticsJob) and starts again shortly after every edit; only
 * changed examples are tokenized again, and changing the model or epochs recomputes at once without counting
 * when the tokenizer stays the same. Meant to live in a dock widget; see MainWindow::addPanel().
 */
class StatisticsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPanel)
public:
    /** Prices come from @p settings (nullptr: the application's QSettings), which must outlive the panel. */
    explicit StatisticsPanel(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~StatisticsPanel() override;

    /** Follows @p document (nullptr to detach): counts it now and again after each change. */
    void setDocument(Core::DatasetDocument *document);
    Core::DatasetDocument *document() const { return m_document; }

    QString model() const;
    void setModel(const QString &model);
    /** 0 means "auto" (the epochs OpenAI would pick). */
    int epochs() const;
    void setEpochs(int epochs);

    bool isCounting() const;
    /** The statistics shown; meaningful once hasStatistics(). */
    const Core::DatasetStatistics &statistics() const;
    bool hasStatistics() const;

    /** How long the panel waits after an edit before counting again (default 400 ms). */
    void setRefreshDelay(int milliseconds);

public Q_SLOTS:
    /** Counts the document again now. */
    void refresh();
    /** Re-reads the training prices (after the price settings page applied changes). */
    void reloadPrices();

Q_SIGNALS:
    /** The user picked an example in one of the lists; @p lineNumber is its 1-based line in the file. */
    void lineActivated(int lineNumber);
    /** New figures are shown. */
    void statisticsUpdated();

private:
    void buildUi();
    Core::DatasetStatistics::Options currentOptions() const;
    void onOptionsChanged();
    void onCountingFinished(bool success);
    void showStatistics();
    void showEmpty(const QString &message);
    void onItemActivated(QListWidgetItem *item);

    QSettings *m_settings;
    QPointer<Core::DatasetDocument> m_document;
    Core::DatasetStatisticsJob *m_job;
    QTimer *m_refreshTimer;

    QComboBox *m_modelBox = nullptr;
    QSpinBox *m_epochsBox = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_costDetail = nullptr;
    QLabel *m_examples = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_assistantTokens = nullptr;
    QLabel *m_billing = nullptr;
    QLabel *m_missing = nullptr;
    TokenHistogramView *m_histogram = nullptr;
    QTableWidget *m_distributions = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QListWidget *m_problems = nullptr;
};

} // namespace Fts
