// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stats/StatisticsPanel.h"

#include "core/editing/DatasetDocument.h"
#include "core/stats/DatasetStatisticsJob.h"
#include "core/stats/ModelCatalog.h"
#include "desktop/stats/TokenHistogramView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Fts {

using Core::DatasetStatistics;

namespace {

constexpr int LineNumberRole = Qt::UserRole + 1;

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

StatisticsPanel::StatisticsPanel(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_job(new Core::DatasetStatisticsJob(this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &StatisticsPanel::refresh);
    connect(m_job, &Core::DatasetStatisticsJob::progressChanged, this, [this](int percent) {
        m_progress->setValue(percent);
    });
    connect(m_job, &Core::DatasetStatisticsJob::finished, this, &StatisticsPanel::onCountingFinished);
    connect(m_job, &Core::DatasetStatisticsJob::statisticsChanged, this, &StatisticsPanel::showStatistics);
    buildUi();
    showEmpty(tr("Open a dataset to see its exact token counts and training cost."));
}

StatisticsPanel::~StatisticsPanel() = default;

void StatisticsPanel::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    // What to price: the model and the epochs.
    auto *choices = new QHBoxLayout();
    auto *modelLabel = new QLabel(tr("&Model:"), content);
    m_modelBox = new QComboBox(content);
    m_modelBox->setEditable(true);
    m_modelBox->setInsertPolicy(QComboBox::NoInsert);
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelBox->setMinimumContentsLength(16);
    for (const Core::ModelCatalog::Model &model : Core::ModelCatalog::fineTunableModels())
        m_modelBox->addItem(model.id);
    m_modelBox->setCurrentText(Core::ModelCatalog::defaultModel());
    m_modelBox->setToolTip(tr("The model to fine-tune: it decides the tokenizer, the limit per example and the price. "
                              "A fine-tuned model (ft:…) counts as its base model."));
    modelLabel->setBuddy(m_modelBox);
    auto *epochsLabel = new QLabel(tr("&Epochs:"), content);
    m_epochsBox = new QSpinBox(content);
    m_epochsBox->setRange(0, DatasetStatistics::MaxDefaultEpochs);
    m_epochsBox->setSpecialValueText(tr("Auto"));
    m_epochsBox->setToolTip(tr("Auto uses the epoch count OpenAI picks for a file of this size."));
    epochsLabel->setBuddy(m_epochsBox);
    m_refreshButton = new QToolButton(content);
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setToolTip(tr("Count again"));
    m_refreshButton->setAccessibleName(tr("Count again"));
    choices->addWidget(modelLabel);
    choices->addWidget(m_modelBox, 1);
    choices->addWidget(epochsLabel);
    choices->addWidget(m_epochsBox);
    choices->addWidget(m_refreshButton);
    layout->addLayout(choices);

    m_progress = new QProgressBar(content);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Counting tokens… %p%"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // The answer to "what will it cost", first and large.
    auto *costFrame = new QFrame(content);
    costFrame->setFrameShape(QFrame::StyledPanel);
    auto *costLayout = new QVBoxLayout(costFrame);
    auto *costCaption = new QLabel(tr("Estimated training cost"), costFrame);
    m_cost = valueLabel(costFrame);
    QFont costFont = m_cost->font();
    costFont.setPointSizeF(costFont.pointSizeF() * 1.8);
    costFont.setBold(true);
    m_cost->setFont(costFont);
    m_costDetail = valueLabel(costFrame);
    costLayout->addWidget(costCaption);
    costLayout->addWidget(m_cost);
    costLayout->addWidget(m_costDetail);
    layout->addWidget(costFrame);

    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_examples = valueLabel(content);
    m_tokens = valueLabel(content);
    m_assistantTokens = valueLabel(content);
    m_billing = valueLabel(content);
    m_missing = valueLabel(content);
    form->addRow(tr("Examples:"), m_examples);
    form->addRow(tr("Tokens:"), m_tokens);
    form->addRow(tr("Assistant tokens:"), m_assistantTokens);
    form->addRow(tr("Billed per epoch:"), m_billing);
    form->addRow(tr("Missing messages:"), m_missing);
    layout->addLayout(form);

    m_histogram = new TokenHistogramView(content);
    m_histogram->setMinimumHeight(220);
    layout->addWidget(m_histogram);

    m_distributions = new QTableWidget(3, 6, content);
    m_distributions->setHorizontalHeaderLabels(
        {tr("min"), tr("max"), tr("mean"), tr("median"), tr("p10"), tr("p90")});
    m_distributions->setVerticalHeaderLabels({tr("Messages"), tr("Tokens"), tr("Assistant tokens")});
    m_distributions->setToolTip(tr("Per example, as OpenAI's data-preparation notebook reports them"));
    m_distributions->setWordWrap(false);
    m_distributions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_distributions->setSelectionMode(QAbstractItemView::NoSelection);
    m_distributions->setFocusPolicy(Qt::NoFocus);
    m_distributions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_distributions->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_distributions->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_distributions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_distributions->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_distributions);

    m_problemsTitle = new QLabel(content);
    m_problemsTitle->setWordWrap(true);
    layout->addWidget(m_problemsTitle);
    m_problems = new QListWidget(content);
    m_problems->setAccessibleName(tr("Examples to look at"));
    m_problems->setToolTip(tr("Click an example to show it in the editor."));
    m_problems->setMinimumHeight(90);
    layout->addWidget(m_problems, 1);

    connect(m_problems, &QListWidget::itemClicked, this, &StatisticsPanel::onItemActivated);
    // Enter on the keyboard; a double click already emitted itemClicked, so mouse activation is skipped.
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (QGuiApplication::mouseButtons() == Qt::NoButton)
            onItemActivated(item);
    });
    connect(m_refreshButton, &QToolButton::clicked, this, &StatisticsPanel::refresh);
    connect(m_modelBox, &QComboBox::currentTextChanged, this, &StatisticsPanel::onOptionsChanged);
    connect(m_epochsBox, &QSpinBox::valueChanged, this, &StatisticsPanel::onOptionsChanged);
}

void StatisticsPanel::setDocument(Core::DatasetDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_job->cancel();
    if (!m_document) {
        showEmpty(tr("Open a dataset to see its exact token counts and training cost."));
        return;
    }
    // Every edit, undo and reset restarts the (debounced) count; unchanged examples come from the cache.
    connect(m_document, &Core::DatasetDocument::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_document, &Core::DatasetDocument::contentReset, this, &StatisticsPanel::refresh);
    connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    refresh();
}

QString StatisticsPanel::model() const
{
    return m_modelBox->currentText().trimmed();
}

void StatisticsPanel::setModel(const QString &model)
{
    m_modelBox->setCurrentText(model);
}

int StatisticsPanel::epochs() const
{
    return m_epochsBox->value();
}

void StatisticsPanel::setEpochs(int epochs)
{
    m_epochsBox->setValue(epochs);
}

bool StatisticsPanel::isCounting() const
{
    return m_job->isRunning();
}

const DatasetStatistics &StatisticsPanel::statistics() const
{
    return m_job->statistics();
}

bool StatisticsPanel::hasStatistics() const
{
    return m_job->hasStatistics();
}

void StatisticsPanel::setRefreshDelay(int milliseconds)
{
    m_refreshTimer->setInterval(milliseconds);
}

DatasetStatistics::Options StatisticsPanel::currentOptions() const
{
    const QString chosen = model().isEmpty() ? Core::ModelCatalog::defaultModel() : model();
    return DatasetStatistics::optionsFor(chosen, epochs(), m_settings);
}

void StatisticsPanel::refresh()
{
    m_refreshTimer->stop();
    if (!m_document) {
        showEmpty(tr("Open a dataset to see its exact token counts and training cost."));
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(hasStatistics() ? tr("Counting the changes…") : tr("Counting tokens…"));
    m_job->start(m_document->lines(), currentOptions());
}

void StatisticsPanel::reloadPrices()
{
    onOptionsChanged();
}

void StatisticsPanel::onOptionsChanged()
{
    if (!m_document)
        return;
    // The same tokenizer needs no recount: limit, epochs and price apply to the counts at hand.
    if (!m_job->isRunning() && m_job->recompute(currentOptions()))
        return;
    refresh();
}

void StatisticsPanel::onCountingFinished(bool success)
{
    m_progress->hide();
    if (!success)
        m_status->setText(tr("Counting was interrupted; the figures below may be out of date."));
}

void StatisticsPanel::showEmpty(const QString &message)
{
    m_progress->hide();
    m_status->setText(message);
    m_cost->setText(QStringLiteral("—"));
    m_costDetail->clear();
    for (QLabel *label : {m_examples, m_tokens, m_assistantTokens, m_billing, m_missing})
        label->setText(QStringLiteral("—"));
    m_histogram->clear();
    m_distributions->clearContents();
    m_problemsTitle->clear();
    m_problems->clear();
}

void StatisticsPanel::showStatistics()
{
    const DatasetStatistics &s = m_job->statistics();
    const QString modelName = s.options.model;
    m_status->setText(tr("Exact counts with %1 for %2.").arg(Core::BpeEncoding::nameOf(s.options.encoding), modelName));

    if (s.estimatedCostUsd) {
        m_cost->setText(QStringLiteral("$") + QLocale().toString(*s.estimatedCostUsd, 'f', 2));
        m_costDetail->setText(tr("%1 tokens × %n epoch(s) at $%2 per million tokens%3", nullptr, s.epochs)
                                  .arg(count(s.billingTokens), QLocale().toString(*s.options.pricePerMillionTokens, 'f', 2),
                                       s.options.epochs > 0 ? QString() : tr(" (auto)")));
    } else {
        m_cost->setText(tr("Unknown"));
        m_costDetail->setText(tr("No training price is known for %1: set one in Settings > Training prices. "
                                 "%2 tokens would be charged (%n epoch(s)).", nullptr, s.epochs)
                                  .arg(modelName, count(s.chargedTokens)));
    }
    m_examples->setText(s.uncountedLines > 0
                            ? tr("%1, and %n line(s) that could not be counted", nullptr, int(s.uncountedLines))
                                  .arg(count(s.examples))
                            : count(s.examples));
    m_tokens->setText(tr("%1 in total").arg(count(s.totalTokens)));
    m_assistantTokens->setText(s.trainedAssistantTokens == s.assistantTokens
                                   ? count(s.assistantTokens)
                                   : tr("%1, of which %2 trained").arg(count(s.assistantTokens),
                                                                        count(s.trainedAssistantTokens)));
    m_billing->setText(tr("%1 (each example capped at %2)").arg(count(s.billingTokens), count(s.options.maxTokensPerExample)));
    m_missing->setText(tr("%1 without a system message, %2 without a user message")
                           .arg(count(s.missingSystem), count(s.missingUser)));

    m_histogram->setData(s.totalTokensByExample, s.options.maxTokensPerExample);

    const Core::Distribution *rows[] = {&s.messagesPerExample, &s.totalTokensPerExample, &s.assistantTokensPerExample};
    for (int row = 0; row < 3; ++row) {
        const Core::Distribution &d = *rows[row];
        const double values[] = {d.min, d.max, d.mean, d.median, d.p10, d.p90};
        for (int column = 0; column < 6; ++column) {
            auto *item = new QTableWidgetItem(decimal(values[column]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_distributions->setItem(row, column, item);
        }
    }

    m_problems->clear();
    for (const DatasetStatistics::LineTokens &entry : s.tooLong) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(QStyle::SP_MessageBoxWarning),
            tr("Line %1: %2 tokens, %3 over the limit — the ending is cut off")
                .arg(entry.lineNumber)
                .arg(count(entry.tokens), count(entry.tokens - s.options.maxTokensPerExample)),
            m_problems);
        item->setData(LineNumberRole, entry.lineNumber);
    }
    for (int line : s.uncountedLineNumbers) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                                         tr("Line %1: not a chat example, not counted").arg(line), m_problems);
        item->setData(LineNumberRole, line);
    }
    if (s.tooLong.isEmpty() && s.uncountedLines == 0)
        m_problemsTitle->setText(tr("Every example fits within %1 tokens.").arg(count(s.options.maxTokensPerExample)));
    else
        m_problemsTitle->setText(tr("%n example(s) over %1 tokens will be truncated", nullptr, int(s.tooLong.size()))
                                     .arg(count(s.options.maxTokensPerExample))
                                 + (s.uncountedLines > 0
                                        ? tr("; %n line(s) could not be counted", nullptr, int(s.uncountedLines))
                                        : QString())
                                 + QLatin1Char('.'));
    Q_EMIT statisticsUpdated();
}

void StatisticsPanel::onItemActivated(QListWidgetItem *item)
{
    if (item)
        Q_EMIT lineActivated(item->data(LineNumberRole).toInt());
}

} // namespace Fts
