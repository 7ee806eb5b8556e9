// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/eval/EvaluationView.h"
#include "core/editing/SplitAssigner.h"

#include "core/editing/commands/InsertExamplesCommand.h"
#include "desktop/eval/BlindReviewWidget.h"
#include "desktop/eval/EvaluationSummaryWidget.h"
#include "desktop/eval/PlaygroundView.h"
#include "desktop/eval/ProfileClientResolver.h"
#include "desktop/eval/RichTextDelegate.h"
#include "eval/evaluation/EvaluationExporter.h"
#include "eval/evaluation/EvaluationFilterModel.h"
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/EvaluationTableModel.h"
#include "eval/evaluation/InferencePricing.h"
#include "eval/evaluation/LlmJudge.h"
#include "eval/evaluation/MessageText.h"
#include "eval/evaluation/ResultStore.h"
#include "eval/evaluation/TestSetLoader.h"
#include "eval/evaluation/WordDiff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QShortcut>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <numeric>

namespace Fts {

namespace {

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return EvaluationView::tr("%n second(s)", nullptr, int(seconds));
    return EvaluationView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString callDetails(const Eval::CallRecord &call)
{
    QStringList parts;
    if (call.isAnswered()) {
        parts << EvaluationView::tr("%1 ms").arg(call.latencyMs)
              << EvaluationView::tr("%1 tokens in, %2 out").arg(call.promptTokens).arg(call.completionTokens);
        if (call.costUsd)
            parts << QStringLiteral("$%1").arg(QLocale().toString(*call.costUsd, 'f', 6));
        if (!call.finishReason.isEmpty() && call.finishReason != QLatin1String("stop"))
            parts << EvaluationView::tr("stopped because: %1").arg(call.finishReason);
        if (call.fromStore)
            parts << EvaluationView::tr("from an earlier run");
        if (!call.requestId.isEmpty())
            parts << EvaluationView::tr("request %1").arg(call.requestId);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace

EvaluationView::EvaluationView(ProfileClientResolver *resolver, QWidget *parent)
    : QWidget(parent)
    , m_resolver(resolver)
    , m_runner(new Eval::EvaluationRunner(this))
{
    setObjectName(QStringLiteral("evaluationView"));
    m_model = new Eval::EvaluationTableModel(m_runner, this);
    m_filter = new Eval::EvaluationFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->sort(0);

    m_tabs = new QTabWidget(this);
    m_summary = new EvaluationSummaryWidget(this);
    m_blindReview = new BlindReviewWidget(this);
    m_pastRuns = new QTreeWidget(this);
    m_playground = new PlaygroundView(resolver, this);
    m_tabs->addTab(buildAnswersTab(), tr("Answers"));
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_blindReview, tr("Blind review"));
    m_tabs->addTab(m_pastRuns, tr("Past runs"));
    m_tabs->addTab(m_playground, tr("Playground"));
    // The keys of a tab work as soon as it is opened, without a click into it first.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_blindReview)
            m_blindReview->setFocus(Qt::TabFocusReason);
        else if (index == 0)
            m_table->setFocus(Qt::TabFocusReason);
    });

    m_pastRuns->setColumnCount(5);
    m_pastRuns->setHeaderLabels({tr("When"), tr("Model A"), tr("Model B"), tr("Scorer"), tr("Answers stored")});
    m_pastRuns->setRootIsDecorated(false);
    m_pastRuns->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_pastRuns, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openStoredRun(item->data(0, Qt::UserRole).toLongLong()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSetup());
    layout->addWidget(m_tabs, 1);

    connect(m_runner, &Eval::EvaluationRunner::progressChanged, this, &EvaluationView::onProgress);
    connect(m_runner, &Eval::EvaluationRunner::finished, this, &EvaluationView::onFinished);
    connect(m_runner, &Eval::EvaluationRunner::rateLimited, this, [this](qint64 waitMs) {
        m_status->setText(tr("The provider asked to slow down: waiting %1 before sending more.").arg(durationText(waitMs)));
    });
    connect(m_runner, &Eval::EvaluationRunner::fatalError, this, [this](const QString &message) {
        m_status->setText(message);
        QMessageBox::warning(this, tr("Evaluation stopped"), message);
    });
    connect(m_runner, &Eval::EvaluationRunner::outcomeChanged, this, [this](int position) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_filter->mapToSource(current).row() == position)
            updateDetail();
    });
    connect(m_runner, &Eval::EvaluationRunner::outcomesReset, this, &EvaluationView::updateSummary);
    if (m_resolver)
        connect(m_resolver, &ProfileClientResolver::profilesChanged, this, &EvaluationView::refreshProfiles);
    refreshProfiles();
    reloadPrices();
    setResultStorePath(Eval::ResultStore::defaultPath());
    setRunning(false);
}

EvaluationView::~EvaluationView()
{
    // The runner writes into the store until it stops.
    m_runner->cancel();
}

QWidget *EvaluationView::buildSetup()
{
    auto *panel = new QWidget(this);
    m_source = new QComboBox(panel);
    m_source->setObjectName(QStringLiteral("testSourceChoice"));
    m_source->addItem(tr("File"), int(TestSource::File));
    m_source->addItem(tr("Test split of the open dataset"), int(TestSource::DatasetTestSplit));
    m_source->addItem(tr("Whole open dataset"), int(TestSource::WholeDataset));
    m_source->addItem(tr("Selected examples"), int(TestSource::SelectedExamples));
    m_source->setToolTip(tr("The open dataset is used as it is now, unsaved edits included."));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_source, &QComboBox::activated, this, [this] { m_sourceChosen = true; });
    connect(m_source, &QComboBox::currentIndexChanged, this, &EvaluationView::updateTestSource);
    m_testSet = new QLineEdit(panel);
    m_testSet->setPlaceholderText(tr("Held-out test set (chat JSONL)"));
    m_browse = new QPushButton(tr("Browse\u2026"), panel);
    connect(m_browse, &QPushButton::clicked, this, &EvaluationView::browseTestSet);
    m_sourceInfo = new QLabel(panel);
    m_sourceInfo->setObjectName(QStringLiteral("testSourceInfo"));
    m_sourceInfo->setTextFormat(Qt::PlainText);
    m_sourceInfo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_assignSplits = new QPushButton(tr("Assign Splits\u2026"), panel);
    m_assignSplits->setToolTip(tr("Dataset \u25b8 Assign Splits: hold out examples the model never trains on."));
    connect(m_assignSplits, &QPushButton::clicked, this, &EvaluationView::assignSplitsRequested);

    m_profileA = new QComboBox(panel);
    m_modelA = new QLineEdit(panel);
    m_modelA->setPlaceholderText(tr("Base model, e.g. gpt-4o-mini-2024-07-18"));
    m_profileB = new QComboBox(panel);
    m_modelB = new QLineEdit(panel);
    m_modelB->setPlaceholderText(tr("Fine-tuned model, e.g. ft:gpt-4o-mini-2024-07-18:org::id"));

    m_scorer = new QComboBox(panel);
    const QList<std::pair<Eval::Scorer::Kind, QString>> scorers = {
        {Eval::Scorer::Kind::Exact, QStringLiteral("exact")},   {Eval::Scorer::Kind::Normalized, QStringLiteral("normalized")},
        {Eval::Scorer::Kind::LineSet, QStringLiteral("lines")}, {Eval::Scorer::Kind::Contains, QStringLiteral("contains")},
        {Eval::Scorer::Kind::Regex, QStringLiteral("regex")},   {Eval::Scorer::Kind::Json, QStringLiteral("json")},
        {Eval::Scorer::Kind::Judge, QStringLiteral("judge")}};
    for (const auto &[kind, spec] : scorers)
        m_scorer->addItem(Eval::Scorer::displayName(kind), spec);
    m_scorerParameter = new QLineEdit(panel);
    m_judgeProfile = new QComboBox(panel);
    m_judgeModel = new QLineEdit(panel);
    m_judgeModel->setPlaceholderText(tr("Judge model, e.g. gpt-4.1"));
    m_judgeRow = new QWidget(panel);
    auto *judgeLayout = new QHBoxLayout(m_judgeRow);
    judgeLayout->setContentsMargins(0, 0, 0, 0);
    judgeLayout->addWidget(new QLabel(tr("Judge:"), m_judgeRow));
    judgeLayout->addWidget(m_judgeProfile);
    judgeLayout->addWidget(m_judgeModel, 1);
    connect(m_scorer, &QComboBox::currentIndexChanged, this, &EvaluationView::onScorerChanged);

    m_temperature = new QDoubleSpinBox(panel);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setToolTip(tr("0 measures the model's most likely answer; higher values add randomness."));
    m_maxTokens = new QSpinBox(panel);
    m_maxTokens->setRange(0, 128000);
    m_maxTokens->setSpecialValueText(tr("server default"));
    m_useSeed = new QCheckBox(tr("Seed"), panel);
    m_seed = new QSpinBox(panel);
    m_seed->setRange(0, 2147483647);
    m_seed->setEnabled(false);
    connect(m_useSeed, &QCheckBox::toggled, m_seed, &QWidget::setEnabled);
    m_concurrency = new QSpinBox(panel);
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(8);
    m_concurrency->setToolTip(tr("Requests in flight at most. Rate limits are respected whatever this is."));

    m_run = new QPushButton(tr("Run evaluation"), panel);
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_progress = new QProgressBar(panel);
    m_progress->setFormat(tr("%v of %m examples"));
    m_status = new QLabel(panel);
    m_status->setObjectName(QStringLiteral("evaluationStatus"));
    m_status->setWordWrap(true);
    connect(m_run, &QPushButton::clicked, this, &EvaluationView::startEvaluation);
    connect(m_cancel, &QPushButton::clicked, this, &EvaluationView::cancelEvaluation);

    auto row = [panel](std::initializer_list<QWidget *> widgets, int stretchIndex = -1) {
        auto *box = new QWidget(panel);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        int i = 0;
        for (QWidget *w : widgets)
            h->addWidget(w, i++ == stretchIndex ? 1 : 0);
        // Rows without a growing field keep their controls at their natural width, packed to the left.
        if (stretchIndex < 0)
            h->addStretch(1);
        return box;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Test set:"), row({m_source, m_testSet, m_browse, m_sourceInfo, m_assignSplits}, 1));
    form->addRow(tr("Model A:"), row({m_profileA, m_modelA}, 1));
    form->addRow(tr("Model B:"), row({m_profileB, m_modelB}, 1));
    m_scorerParameter->setMinimumWidth(360);
    m_judgeModel->setMinimumWidth(200);
    auto *settingsRow = row({m_scorer, m_scorerParameter, m_judgeRow});
    form->addRow(tr("Scorer:"), settingsRow);
    form->addRow(tr("Settings:"), row({new QLabel(tr("Temperature"), panel), m_temperature, new QLabel(tr("Max tokens"), panel),
                                      m_maxTokens, m_useSeed, m_seed, new QLabel(tr("Concurrency"), panel), m_concurrency}));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    onScorerChanged();
    updateTestSource();
    return panel;
}

QWidget *EvaluationView::buildAnswersTab()
{
    auto *page = new QWidget(this);
    m_show = new QComboBox(page);
    m_show->addItem(tr("All examples"), int(Eval::EvaluationFilterModel::Show::All));
    m_show->addItem(tr("Flips only (wins and regressions)"), int(Eval::EvaluationFilterModel::Show::Flips));
    m_show->addItem(tr("Disagreements"), int(Eval::EvaluationFilterModel::Show::Disagreements));
    m_show->addItem(tr("Failures"), int(Eval::EvaluationFilterModel::Show::Failures));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(Eval::EvaluationFilterModel::Show(m_show->currentData().toInt()));
    });
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search prompts, expected and answers"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &Eval::EvaluationFilterModel::setSearchText);

    m_export = new QToolButton(page);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("CSV for spreadsheets\u2026"), this, [this] { chooseExport(ExportFormat::Csv); });
    menu->addAction(tr("JSONL, one example per line\u2026"), this, [this] { chooseExport(ExportFormat::Jsonl); });
    menu->addAction(tr("HTML report\u2026"), this, [this] { chooseExport(ExportFormat::Html); });
    m_export->setMenu(menu);
    m_toDataset = new QPushButton(tr("Add B's failures to the dataset"), page);
    m_toDataset->setToolTip(tr("The selected rows where B is wrong (or all of them), with the expected answer, "
                               "become new training examples in the open dataset. One undo step. (Ctrl+Enter)"));
    connect(m_toDataset, &QPushButton::clicked, this, &EvaluationView::sendFailuresToDataset);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), page));
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_toDataset);
    filters->addWidget(m_export);

    m_table = new QTableView(page);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 2 + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(Eval::EvaluationTableModel::LineColumn, 50);
    m_table->setColumnWidth(Eval::EvaluationTableModel::PromptColumn, 260);
    m_table->setColumnWidth(Eval::EvaluationTableModel::ExpectedColumn, 170);
    m_table->setColumnWidth(Eval::EvaluationTableModel::AnswerAColumn, 220);
    m_table->setColumnWidth(Eval::EvaluationTableModel::AnswerBColumn, 220);
    m_table->setColumnWidth(Eval::EvaluationTableModel::ResultColumn, 100);
    // The text columns share the width; line and result stay narrow.
    for (int column : {Eval::EvaluationTableModel::PromptColumn, Eval::EvaluationTableModel::ExpectedColumn,
                       Eval::EvaluationTableModel::AnswerAColumn, Eval::EvaluationTableModel::AnswerBColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->setItemDelegate(new RichTextDelegate(Eval::EvaluationTableModel::DiffHtmlRole, m_table));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvaluationView::updateDetail);
    m_table->setToolTip(tr("J/K or Down/Up: next/previous \u00b7 F: next flip \u00b7 Space: details \u00b7 "
                           "Ctrl+Enter: add B's failures to the dataset \u00b7 ?: all keys"));
    // Table-only keys, so typing J or F in the search field still types.
    auto tableKey = [this](const QKeySequence &keys, auto action) {
        auto *shortcut = new QShortcut(keys, m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    tableKey(QKeySequence(Qt::Key_J), [this] { moveCurrentRow(1); });
    tableKey(QKeySequence(Qt::Key_K), [this] { moveCurrentRow(-1); });
    tableKey(QKeySequence(Qt::Key_F), [this] { selectNextFlip(1); });
    tableKey(QKeySequence(Qt::SHIFT | Qt::Key_F), [this] { selectNextFlip(-1); });
    // Row-wise, and selecting like J/K: the table would take Home to the first column, and Ctrl+Home would move
    // only the focus (extended selection), leaving the highlighted row that Ctrl+Enter sends behind the detail pane.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_Home)})
        tableKey(keys, [this] {
            if (m_filter->rowCount() > 0)
                selectTableRow(0);
        });
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_End), QKeySequence(Qt::CTRL | Qt::Key_End)})
        tableKey(keys, [this] {
            if (m_filter->rowCount() > 0)
                selectTableRow(m_filter->rowCount() - 1);
        });
    tableKey(QKeySequence(Qt::Key_Space), [this] { toggleDetailPane(); });
    tableKey(QKeySequence(Qt::Key_Question), [this] {
        QToolTip::showText(m_keys->mapToGlobal(QPoint(0, 0)), keyboardHelp(), m_keys);
    });
    for (Qt::Key enter : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *send = new QShortcut(QKeySequence(Qt::CTRL | enter), page);
        send->setContext(Qt::WidgetWithChildrenShortcut);
        connect(send, &QShortcut::activated, this, &EvaluationView::sendFailuresToDataset);
    }

    m_detail = new QTextBrowser(page);
    m_detail->setObjectName(QStringLiteral("evaluationDetail"));
    m_detail->setPlaceholderText(tr("Select a row to see the whole conversation and both answers."));

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_keys = new QLabel(tr("Keyboard: J/K next/previous \u00b7 F next flip \u00b7 Space details \u00b7 "
                           "Ctrl+Enter add B's failures \u00b7 ? all keys"), page);
    m_keys->setObjectName(QStringLiteral("evaluationKeys"));
    m_keys->setToolTip(keyboardHelp());
    QPalette hint = m_keys->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_keys->setPalette(hint);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_keys);
    return page;
}

bool EvaluationView::setResultStorePath(const QString &path)
{
    if (m_runner->isRunning())
        return false;
    auto store = std::make_unique<Eval::ResultStore>();
    if (!store->open(path)) {
        m_status->setText(store->errorString() + QLatin1Char(' ') + tr("Results will not be kept after closing."));
        m_store.reset();
        m_runner->setResultStore(nullptr);
        return false;
    }
    m_store = std::move(store);
    m_runner->setResultStore(m_store.get());
    refreshPastRuns();
    return true;
}

void EvaluationView::setTestSetPath(const QString &path)
{
    m_testSet->setText(path);
    setTestSource(TestSource::File);
}

void EvaluationView::setModels(const QString &profileA, const QString &modelA, const QString &profileB, const QString &modelB)
{
    m_profileA->setCurrentText(profileA);
    m_modelA->setText(modelA);
    m_profileB->setCurrentText(profileB);
    m_modelB->setText(modelB);
    m_playground->setModel(0, profileA, modelA);
    m_playground->setModel(1, profileB, modelB);
}

void EvaluationView::setScorerSpec(const QString &spec)
{
    const QString name = spec.section(QLatin1Char(':'), 0, 0);
    const int index = m_scorer->findData(name);
    if (index >= 0)
        m_scorer->setCurrentIndex(index);
    m_scorerParameter->setText(spec.section(QLatin1Char(':'), 1));
}

void EvaluationView::setConcurrency(int concurrency)
{
    m_concurrency->setValue(concurrency);
}

void EvaluationView::refreshProfiles()
{
    const QStringList names = m_resolver ? m_resolver->profileNames() : QStringList();
    for (QComboBox *combo : {m_profileA, m_profileB, m_judgeProfile}) {
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(names);
        if (names.contains(current))
            combo->setCurrentText(current);
    }
}

void EvaluationView::browseTestSet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the test set"), m_testSet->text(),
                                                      tr("Chat JSONL (*.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        setTestSetPath(path);
}

void EvaluationView::onScorerChanged()
{
    const QString spec = m_scorer->currentData().toString();
    const bool regex = spec == QLatin1String("regex");
    const bool judge = spec == QLatin1String("judge");
    m_scorerParameter->setVisible(regex || judge);
    m_judgeRow->setVisible(judge);
    m_scorerParameter->setPlaceholderText(regex ? tr("Pattern; with a (group), the group must equal the expected answer")
                                                : tr("Rubric with {prompt}, {expected} and {answer}; empty for the default"));
    if (judge && m_scorerParameter->text().isEmpty())
        m_scorerParameter->setToolTip(Eval::LlmJudge::defaultRubric());
    // Offline scorers re-score what is on screen at once, without any request.
    if (!judge && !m_runner->isRunning() && !m_runner->outcomes().isEmpty()) {
        QString error;
        const std::optional<Eval::Scorer> scorer = Eval::Scorer::fromSpec(
            regex ? QStringLiteral("regex:") + m_scorerParameter->text() : spec, &error);
        if (scorer && scorer->isValid())
            m_runner->rescore(*scorer);
    }
}

void EvaluationView::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_source, m_testSet, m_browse, m_assignSplits, m_profileA, m_modelA, m_profileB, m_modelB, m_scorer,
                                                            m_scorerParameter, m_temperature, m_maxTokens, m_useSeed,
                                                            m_concurrency})
        widget->setEnabled(!running);
    m_seed->setEnabled(!running && m_useSeed->isChecked());
    m_progress->setVisible(running || m_progress->maximum() > 0);
}

void EvaluationView::startEvaluation()
{
    if (m_runner->isRunning())
        return;
    const TestSource source = testSource();
    Eval::TestSetLoader loader;
    // The run's label in Past runs; for the open dataset, its file and which part of it.
    QString path;
    QString sourceName;
    if (source == TestSource::File) {
        path = m_testSet->text().trimmed();
        if (path.isEmpty() || !loader.loadFile(path)) {
            m_status->setText(path.isEmpty() ? tr("Choose a test set first.") : loader.problems().constFirst().message);
            return;
        }
        sourceName = QFileInfo(path).fileName();
    } else {
        if (!m_document) {
            m_status->setText(tr("No dataset is open. Open one on the Dataset page, or choose a file."));
            return;
        }
        const QList<int> rows = sourceRows();
        if (rows.isEmpty()) {
            m_status->setText(m_sourceInfo->text());
            return;
        }
        loader.loadDocumentRows(*m_document, rows);
        const QString datasetName = m_document->filePath().isEmpty() ? m_document->displayName() : m_document->filePath();
        path = source == TestSource::DatasetTestSplit ? tr("%1 (test split)").arg(datasetName)
               : source == TestSource::WholeDataset   ? tr("%1 (all examples)").arg(datasetName)
                                                      : tr("%1 (%n selected example(s))", nullptr, int(rows.size())).arg(datasetName);
        sourceName = m_document->displayName();
    }
    if (loader.examples().isEmpty()) {
        m_status->setText(tr("%1 has no usable example.").arg(sourceName)
                          + (loader.problems().isEmpty() ? QString() : QLatin1Char(' ') + loader.problems().constFirst().message));
        return;
    }
    const QString scorerName = m_scorer->currentData().toString();
    QString error;
    const std::optional<Eval::Scorer> scorer = Eval::Scorer::fromSpec(
        scorerName == QLatin1String("regex") || scorerName == QLatin1String("judge")
            ? scorerName + QLatin1Char(':') + m_scorerParameter->text()
            : scorerName,
        &error);
    if (!scorer) {
        m_status->setText(error);
        return;
    }
    if (m_modelA->text().trimmed().isEmpty() || m_modelB->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter both models: A (usually the base model) and B (usually the fine-tuned one)."));
        return;
    }
    if (scorer->isJudge() && m_judgeModel->text().trimmed().isEmpty()) {
        m_status->setText(tr("The LLM judge needs a judge model."));
        return;
    }
    Eval::GenerationSettings settings;
    settings.temperature = m_temperature->value();
    settings.maxCompletionTokens = m_maxTokens->value();
    if (m_useSeed->isChecked())
        settings.seed = m_seed->value();

    const QList<Eval::EvalExample> examples = loader.examples();
    const int skipped = int(loader.problems().size());
    m_testSetPathOfRun = source == TestSource::File ? path : m_document->filePath();
    m_runFromDataset = source != TestSource::File;
    setRunning(true);
    m_status->setText(tr("Connecting\u2026"));
    struct Pending
    {
        Api::ApiClient *a = nullptr, *b = nullptr, *judge = nullptr;
        int waiting = 0;
        QString error;
    };
    auto pending = std::make_shared<Pending>();
    pending->waiting = scorer->isJudge() ? 3 : 2;
    const QString profileA = m_profileA->currentText(), profileB = m_profileB->currentText();
    const QString modelA = m_modelA->text().trimmed(), modelB = m_modelB->text().trimmed();
    const QString judgeProfile = m_judgeProfile->currentText(), judgeModel = m_judgeModel->text().trimmed();
    auto whenAll = [this, pending, examples, settings, scorer = *scorer, profileA, profileB, modelA, modelB, judgeProfile,
                    judgeModel, skipped, path] {
        if (--pending->waiting > 0)
            return;
        if (!pending->error.isEmpty()) {
            m_status->setText(pending->error);
            setRunning(false);
            return;
        }
        m_runner->setModels({pending->a, modelA, profileA}, {pending->b, modelB, profileB});
        m_runner->setSettings(settings);
        m_runner->setScorer(scorer);
        m_runner->setConcurrency(m_concurrency->value());
        if (scorer.isJudge())
            m_runner->setJudge({pending->judge, judgeModel, judgeProfile});
        m_progress->setRange(0, int(examples.size()));
        m_progress->setValue(0);
        if (!m_runner->start(examples, path)) {
            m_status->setText(tr("The evaluation could not start."));
            setRunning(false);
            return;
        }
        m_model->headerDataChanged(Qt::Horizontal, 0, Eval::EvaluationTableModel::ColumnCount - 1);
        m_status->setText(skipped ? tr("Running; %n line(s) of the test set were skipped (see the validation).", nullptr, skipped)
                                  : tr("Running\u2026"));
        m_tabs->setCurrentIndex(0);
    };
    auto resolveInto = [this, pending, whenAll](const QString &profile, Api::ApiClient **slot) {
        m_resolver->resolve(profile, this, [pending, whenAll, slot](Api::ApiClient *client, const QString &error) {
            *slot = client;
            if (!client && pending->error.isEmpty())
                pending->error = error;
            whenAll();
        });
    };
    resolveInto(profileA, &pending->a);
    resolveInto(profileB, &pending->b);
    if (scorer->isJudge())
        resolveInto(judgeProfile, &pending->judge);
}

void EvaluationView::cancelEvaluation()
{
    m_runner->cancel();
}

void EvaluationView::reloadPrices()
{
    m_runner->setPricing(Eval::InferencePricing::fromSettings());
}

void EvaluationView::onProgress(int done, int total, qint64 etaMs)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (m_runner->isRunning() && etaMs >= 0 && done < total)
        m_status->setText(tr("%1 of %2 examples answered, about %3 left.").arg(done).arg(total).arg(durationText(etaMs)));
}

void EvaluationView::onFinished()
{
    setRunning(false);
    const Eval::EvaluationSummary summary = m_runner->summary();
    if (m_runner->wasCancelled()) {
        m_status->setText(tr("Cancelled. %1 of %2 examples have both answers; they are kept, and running again asks only for the rest.")
                              .arg(summary.examples).arg(summary.total));
    } else {
        const int failed = summary.a.failedCalls + summary.b.failedCalls;
        m_status->setText(failed ? tr("Done in %1; %n call(s) failed (hover the rows for the reason). Run again to retry them.",
                                      nullptr, failed).arg(durationText(m_runner->elapsedMs()))
                                 : tr("Done in %1: %2 requests sent.").arg(durationText(m_runner->elapsedMs())).arg(m_runner->requestsSent()));
    }
    updateSummary();
    // A new review only for a new set of answers: re-scoring must not throw away a person's ratings.
    m_blindReview->setOutcomes(m_runner->outcomes(), m_runner->modelA().label(), m_runner->modelB().label());
    refreshPastRuns();
    Q_EMIT evaluationFinished();
}

void EvaluationView::updateSummary()
{
    m_summary->setSummary(m_runner->summary());
}

void EvaluationView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const Eval::ExampleOutcome &outcome = m_runner->outcomes().at(m_filter->mapToSource(current).row());
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Line %1").arg(outcome.example.lineNumber));
    for (const QJsonValue &value : outcome.example.prompt) {
        const QJsonObject message = value.toObject();
        QString text = Eval::MessageText::contentText(message.value(QLatin1String("content"))).toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(message.value(QLatin1String("role")).toString().toHtmlEscaped(), text);
    }
    QString expected = outcome.example.expected.toHtmlEscaped();
    expected.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Expected"), expected);
    for (const auto &[letter, call, model] : {std::tuple{QStringLiteral("A"), &outcome.a, m_runner->modelA().label()},
                                              std::tuple{QStringLiteral("B"), &outcome.b, m_runner->modelB().label()}}) {
        QString verdict;
        if (call->passed)
            verdict = *call->passed ? QStringLiteral("<span style=\"color:#1a7f37\">\u2714 %1</span>").arg(tr("right"))
                                    : QStringLiteral("<span style=\"color:#b42318\">\u2718 %1</span>").arg(tr("wrong"));
        QString body;
        if (call->isAnswered())
            body = Eval::WordDiff::toHtml(Eval::WordDiff::compute(outcome.example.expected, call->answer));
        else if (call->state == Eval::CallRecord::State::Failed)
            body = QStringLiteral("<i>%1</i>").arg(call->error.toHtmlEscaped());
        else
            body = QStringLiteral("<i>%1</i>").arg(tr("not answered yet"));
        html += QStringLiteral("<p><b>%1 \u2014 %2</b> %3<br>%4<br><small style=\"color:#59636e\">%5</small></p>")
                    .arg(letter, model.toHtmlEscaped(), verdict, body, callDetails(*call).toHtmlEscaped());
        if (!call->judgeReason.isEmpty())
            html += QStringLiteral("<p><small>%1</small></p>").arg(tr("Judge: %1").arg(call->judgeReason.toHtmlEscaped()));
    }
    m_detail->setHtml(html);
}

void EvaluationView::selectTableRow(int row)
{
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
    const QModelIndex target = m_filter->index(row, column);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

void EvaluationView::moveCurrentRow(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    selectTableRow(current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : (delta >= 0 ? 0 : rows - 1));
}

bool EvaluationView::selectNextFlip(int direction)
{
    const int rows = m_filter->rowCount();
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (direction > 0 ? -1 : rows);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((start + direction * step) % rows + rows) % rows;
        // Ranks 0 and 1 are regressions and wins (EvaluationTableModel::FlipRankRole).
        if (m_filter->index(row, 0).data(Eval::EvaluationTableModel::FlipRankRole).toInt() <= 1) {
            selectTableRow(row);
            return true;
        }
    }
    m_status->setText(tr("No flip: A and B are right or wrong on the same examples."));
    return false;
}

void EvaluationView::toggleDetailPane()
{
    m_detail->setVisible(m_detail->isHidden());
}

QString EvaluationView::keyboardHelp()
{
    return tr("J or Down \u2014 next example\n"
              "K or Up \u2014 previous example\n"
              "Home, End \u2014 first, last example\n"
              "F \u2014 next flip (regression or win), Shift+F the previous one\n"
              "Space \u2014 show or hide the details\n"
              "Ctrl+Enter \u2014 add the selected failures of B to the dataset\n"
              "Blind review: 1/A, 2/B, 0/T rate, N next unrated\n"
              "? \u2014 these keys");
}

void EvaluationView::refreshPastRuns()
{
    m_pastRuns->clear();
    if (!m_store)
        return;
    for (const Eval::EvaluationRunInfo &run : m_store->runs()) {
        auto *item = new QTreeWidgetItem(m_pastRuns);
        item->setText(0, QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, run.modelA);
        item->setText(2, run.modelB);
        item->setText(3, run.scorerSpec);
        item->setText(4, tr("%1 of %2").arg(run.answeredCount).arg(run.exampleCount * 2));
        item->setToolTip(0, run.testSetPath);
        item->setData(0, Qt::UserRole, run.id);
    }
}

void EvaluationView::openStoredRun(qint64 runId)
{
    if (!m_store || m_runner->isRunning())
        return;
    const std::optional<Eval::EvaluationRunInfo> run = m_store->run(runId);
    if (!run)
        return;
    m_runner->setModels(Eval::ModelEndpoint::stored(run->modelAKey, run->modelA), Eval::ModelEndpoint::stored(run->modelBKey, run->modelB));
    m_runner->setSettings(run->settings);
    const std::optional<Eval::Scorer> scorer = Eval::Scorer::fromSpec(run->scorerSpec);
    m_runner->setScorer(scorer ? *scorer : Eval::Scorer());
    m_runner->loadStored(m_store->runExamples(runId));
    m_blindReview->setOutcomes(m_runner->outcomes(), m_runner->modelA().label(), m_runner->modelB().label());
    m_model->headerDataChanged(Qt::Horizontal, 0, Eval::EvaluationTableModel::ColumnCount - 1);
    // Runs on the open dataset are labelled with its name and what was taken from it (never the bare file path),
    // so a label that is a file names a test file that can be opened again.
    m_runFromDataset = !QFileInfo(run->testSetPath).isFile();
    if (!m_runFromDataset)
        setTestSetPath(run->testSetPath);
    m_testSetPathOfRun = run->testSetPath;
    setScorerSpec(run->scorerSpec);
    m_status->setText(tr("Showing the run of %1.").arg(QLocale().toString(run->createdAt.toLocalTime(), QLocale::ShortFormat)));
    m_tabs->setCurrentIndex(0);
}

void EvaluationView::setDatasetDocument(Core::DatasetDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document) {
        // Splits and edits change what the dataset sources hold; the count stays current while the page is seen.
        connect(document, &Core::DatasetDocument::changed, this, &EvaluationView::updateTestSource);
        connect(document, &Core::DatasetDocument::contentReset, this, &EvaluationView::updateTestSource);
        connect(document, &Core::DatasetDocument::filePathChanged, this, &EvaluationView::updateTestSource);
    }
    updateTestSource();
}

void EvaluationView::setSelectedRowsProvider(std::function<QList<int>()> provider)
{
    m_selectedRows = std::move(provider);
    updateTestSource();
}

void EvaluationView::setTestSource(TestSource source)
{
    m_sourceChosen = true;
    const int index = m_source->findData(int(source));
    // The same source may stand for other rows by now (the Dataset page's selection): its count is said again.
    if (index == m_source->currentIndex())
        updateTestSource();
    else
        m_source->setCurrentIndex(index);
}

EvaluationView::TestSource EvaluationView::testSource() const
{
    return TestSource(m_source->currentData().toInt());
}

QList<int> EvaluationView::sourceRows() const
{
    if (!m_document)
        return {};
    switch (testSource()) {
    case TestSource::File: return {};
    case TestSource::DatasetTestSplit: return Eval::TestSetLoader::rowsInSplit(*m_document, Core::DatasetSplit::Test);
    case TestSource::WholeDataset: {
        QList<int> rows(m_document->exampleCount());
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    case TestSource::SelectedExamples: return m_selectedRows ? m_selectedRows() : QList<int>();
    }
    return {};
}

void EvaluationView::updateTestSource()
{
    // Runs on every edit: counts only, no row lists (those are built when an evaluation starts).
    const int testCount = m_document ? Core::SplitAssigner::splitCount(*m_document, Core::DatasetSplit::Test) : 0;
    // A dataset with a held-out split is what most users mean to evaluate on, unless they chose otherwise.
    if (!m_sourceChosen && testCount > 0 && testSource() == TestSource::File && m_testSet->text().trimmed().isEmpty()
        && !m_runner->isRunning()) {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(m_source->findData(int(TestSource::DatasetTestSplit)));
    }
    const int splitIndex = m_source->findData(int(TestSource::DatasetTestSplit));
    m_source->setItemText(splitIndex, !m_document || m_document->exampleCount() == 0 ? tr("Test split of the open dataset")
                                      : testCount ? tr("Test split of the open dataset (%1)").arg(testCount)
                                                  : tr("Test split of the open dataset (none yet)"));

    const TestSource source = testSource();
    const bool file = source == TestSource::File;
    m_testSet->setVisible(file);
    m_browse->setVisible(file);
    m_sourceInfo->setVisible(!file);
    m_assignSplits->setVisible(false);
    if (file)
        return;
    const QString name = m_document ? m_document->displayName() : QString();
    const bool modified = m_document && m_document->isModified();
    if (!m_document || m_document->exampleCount() == 0) {
        m_sourceInfo->setText(tr("No dataset is open: open one on the Dataset page."));
        return;
    }
    const int rows = source == TestSource::DatasetTestSplit ? testCount
                     : source == TestSource::WholeDataset   ? m_document->exampleCount()
                                                            : int(sourceRows().size());
    QString text;
    switch (source) {
    case TestSource::File: break;
    case TestSource::DatasetTestSplit:
        if (testCount == 0) {
            text = tr("%1 has no test split yet. Assign splits to hold out examples the model never trains on.").arg(name);
            m_assignSplits->setVisible(true);
        } else {
            text = tr("%n example(s) in the test split of %1.", nullptr, testCount).arg(name);
        }
        break;
    case TestSource::WholeDataset: text = tr("All %n example(s) of %1.", nullptr, rows).arg(name); break;
    case TestSource::SelectedExamples:
        text = rows ? tr("%n example(s) selected on the Dataset page.", nullptr, rows)
                    : tr("No example is selected: select some on the Dataset page.");
        break;
    }
    if (modified && rows > 0)
        text += QLatin1Char(' ') + tr("Unsaved edits are included.");
    m_sourceInfo->setText(text);
}

void EvaluationView::showEvent(QShowEvent *event)
{
    // The Dataset page's selection may have changed while this page was hidden.
    updateTestSource();
    QWidget::showEvent(event);
}

bool EvaluationView::exportResults(const QString &path, ExportFormat format, QString *error) const
{
    const QList<Eval::ExampleOutcome> &outcomes = m_runner->outcomes();
    QByteArray data;
    switch (format) {
    case ExportFormat::Csv: data = Eval::EvaluationExporter::toCsv(outcomes); break;
    case ExportFormat::Jsonl:
        data = Eval::EvaluationExporter::toJsonl(outcomes, m_runner->modelA().label(), m_runner->modelB().label());
        break;
    case ExportFormat::Html:
        data = Eval::EvaluationExporter::toHtml(outcomes, m_runner->summary(),
                                                tr("%1 vs %2").arg(m_runner->modelA().label(), m_runner->modelB().label()));
        break;
    }
    return Eval::EvaluationExporter::writeFile(path, data, error);
}

void EvaluationView::chooseExport(ExportFormat format)
{
    const QString filter = format == ExportFormat::Csv ? tr("CSV (*.csv)")
                           : format == ExportFormat::Jsonl ? tr("JSONL (*.jsonl)")
                                                           : tr("HTML report (*.html)");
    const QString suffix = format == ExportFormat::Csv ? QStringLiteral(".csv")
                           : format == ExportFormat::Jsonl ? QStringLiteral(".jsonl")
                                                           : QStringLiteral(".html");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the evaluation"),
                                                      QFileInfo(m_testSetPathOfRun).completeBaseName() + QStringLiteral("-evaluation") + suffix,
                                                      filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportResults(path, format, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

QList<QByteArray> EvaluationView::failureLines() const
{
    QList<int> positions;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        positions << m_filter->mapToSource(index).row();
    if (positions.isEmpty()) {
        for (int i = 0; i < m_runner->outcomes().size(); ++i)
            positions << i;
    }
    std::sort(positions.begin(), positions.end());
    QList<QByteArray> lines;
    for (int position : std::as_const(positions)) {
        const Eval::ExampleOutcome &outcome = m_runner->outcomes().at(position);
        if (!outcome.b.passed || *outcome.b.passed)
            continue;
        QJsonArray messages = outcome.example.prompt;
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), outcome.example.expected}});
        lines << QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages}}).toJson(QJsonDocument::Compact);
    }
    return lines;
}

void EvaluationView::sendFailuresToDataset()
{
    if (m_runFromDataset) {
        // The examples are already in the dataset; a second copy would put test examples into training.
        m_status->setText(tr("These examples were evaluated from the open dataset, so they are in it already. "
                             "Edit them there, or evaluate a separate test set to collect new training examples."));
        return;
    }
    const QList<QByteArray> lines = failureLines();
    if (lines.isEmpty()) {
        m_status->setText(tr("No failure of B to add: select rows where B is wrong, or run an evaluation first."));
        return;
    }
    const QString undoText = tr("Add %n failure(s) from the evaluation", nullptr, int(lines.size()));
    if (m_document)
        m_document->undoStack()->push(new Core::InsertExamplesCommand(m_document, m_document->exampleCount(), lines, undoText));
    else
        Q_EMIT failuresForDataset(lines, undoText);
    m_status->setText(tr("%n example(s) added to the dataset, each with the expected answer.", nullptr, int(lines.size())));
}

} // namespace Fts
