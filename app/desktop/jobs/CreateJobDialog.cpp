// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/jobs/CreateJobDialog.h"
#include "desktop/InlineErrorLabel.h"

#include "desktop/jobs/HyperparameterField.h"
#include "api/resources/FileListRequest.h"
#include "api/resources/JobLauncher.h"
#include "api/resources/ModelListRequest.h"
#include "api/transport/ApiClient.h"
#include "core/dataset/DatasetFormat.h"
#include "core/editing/DatasetDocument.h"
#include "core/editing/SplitAssigner.h"
#include "core/stats/ModelCatalog.h"
#include "core/stats/TrainingDataCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Fts {

namespace {

const QString DatasetAll = QStringLiteral("dataset:all");
const QString DatasetTrain = QStringLiteral("dataset:train");
const QString DatasetValidation = QStringLiteral("dataset:validation");
const QString FilePrefix = QStringLiteral("file:");

QString tokens(qint64 value)
{
    return QLocale().toString(value);
}

QString dollars(double value)
{
    return QStringLiteral("$") + QLocale().toString(value, 'f', value < 10 ? 2 : 0);
}

} // namespace

struct CreateJobDialog::PreparedFiles
{
    QString error;
    QString trainingPath;
    QByteArray trainingHash;
    QString validationPath;
    QByteArray validationHash;
};

CreateJobDialog::CreateJobDialog(Api::ApiClient *client, Core::DatasetDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_document(document)
{
    setObjectName(QStringLiteral("createJobDialog"));
    setWindowTitle(tr("New Fine-Tuning Job"));
    m_check = new Core::TrainingDataCheck(this);
    m_validationCheck = new Core::TrainingDataCheck(this);
    m_launcher = new Api::JobLauncher(client, this);
    if (document && !document->filePath().isEmpty())
        m_datasetName = QFileInfo(document->filePath()).completeBaseName();
    else
        m_datasetName = tr("untitled");

    buildUi();
    fillDataSources();
    setModelItems({}, {});
    requestModels();
    requestUploadedFiles();

    connect(m_check, &Core::TrainingDataCheck::progressChanged, m_checkProgress, &QProgressBar::setValue);
    connect(m_check, &Core::TrainingDataCheck::finished, this, [this](bool success) {
        if (success && !m_methodChosenByUser) {
            const bool preference = m_check->report().format == Core::DatasetFormat::Preference;
            m_method->setCurrentIndex(m_method->findData(
                int(preference ? Api::JobCreateParams::Method::Dpo : Api::JobCreateParams::Method::Supervised)));
        }
        updateSummary();
    });
    connect(m_validationCheck, &Core::TrainingDataCheck::finished, this, &CreateJobDialog::updateSummary);
    connect(&m_prepare, &QFutureWatcherBase::finished, this, &CreateJobDialog::onPrepared);

    connect(m_launcher, &Api::JobLauncher::stageChanged, this, [this](Api::JobLauncher::Stage stage) {
        switch (stage) {
        case Api::JobLauncher::Stage::UploadingTraining:
            m_status->setText(tr("Uploading the training data…"));
            m_launchProgress->setRange(0, 100);
            m_launchProgress->setValue(0);
            break;
        case Api::JobLauncher::Stage::UploadingValidation:
            m_status->setText(tr("Uploading the validation data…"));
            m_launchProgress->setRange(0, 100);
            m_launchProgress->setValue(0);
            break;
        case Api::JobLauncher::Stage::CreatingJob:
            m_status->setText(tr("Creating the job…"));
            m_launchProgress->setRange(0, 0);
            break;
        default:
            break;
        }
    });
    connect(m_launcher, &Api::JobLauncher::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_launchProgress->setRange(0, 100);
        m_launchProgress->setValue(total > 0 ? int(sent * 100 / total) : 0);
        m_status->setText(tr("Uploading… %1 of %2")
                              .arg(QLocale().formattedDataSize(sent), QLocale().formattedDataSize(total)));
    });
    connect(m_launcher, &Api::JobLauncher::finished, this, [this] {
        setBusy(false);
        Q_EMIT jobCreated(m_launcher->job());
        accept();
    });
    connect(m_launcher, &Api::JobLauncher::failed, this, &CreateJobDialog::onLaunchFailed);

    startCheck();
    updateSuffixNote();
    updateStartButton();
}

CreateJobDialog::~CreateJobDialog()
{
    m_prepare.waitForFinished();
}

void CreateJobDialog::buildUi()
{
    auto *dataBox = new QGroupBox(tr("Data"), this);
    auto *dataForm = new QFormLayout(dataBox);
    m_training = new QComboBox(dataBox);
    m_training->setObjectName(QStringLiteral("trainingSource"));
    m_training->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_training->setMinimumContentsLength(40);
    m_validation = new QComboBox(dataBox);
    m_validation->setObjectName(QStringLiteral("validationSource"));
    m_validation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_validation->setMinimumContentsLength(40);
    dataForm->addRow(tr("&Training data:"), m_training);
    dataForm->addRow(tr("&Validation data:"), m_validation);

    auto *modelBox = new QGroupBox(tr("Model"), this);
    auto *modelForm = new QFormLayout(modelBox);
    m_model = new QComboBox(modelBox);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(40);
    m_modelNote = new QLabel(modelBox);
    m_modelNote->setObjectName(QStringLiteral("modelNote"));
    m_modelNote->setWordWrap(true);
    m_method = new QComboBox(modelBox);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItem(tr("Supervised (example conversations)"), int(Api::JobCreateParams::Method::Supervised));
    m_method->addItem(tr("Preference (DPO: preferred and non-preferred answers)"), int(Api::JobCreateParams::Method::Dpo));
    modelForm->addRow(tr("&Base model:"), m_model);
    modelForm->addRow(QString(), m_modelNote);
    modelForm->addRow(tr("&Method:"), m_method);

    auto *settingsBox = new QGroupBox(tr("Training settings"), this);
    auto *settingsForm = new QFormLayout(settingsBox);
    m_epochs = new HyperparameterField(1, 50, 0, 3, settingsBox);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_batchSize = new HyperparameterField(1, 256, 0, 8, settingsBox);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_learningRate = new HyperparameterField(0.01, 10, 2, 1.8, settingsBox);
    m_learningRate->setObjectName(QStringLiteral("learningRateMultiplier"));
    m_beta = new HyperparameterField(0.01, 2, 2, 0.1, settingsBox);
    m_beta->setObjectName(QStringLiteral("beta"));
    m_epochs->setToolTip(tr("How many times training goes through the whole training data."));
    m_batchSize->setToolTip(tr("How many examples are learned from at once."));
    m_learningRate->setToolTip(tr("Scales how strongly each step changes the model."));
    m_beta->setToolTip(tr("How closely DPO keeps the model to its starting point: higher is more conservative."));
    m_suffix = new QLineEdit(settingsBox);
    m_suffix->setObjectName(QStringLiteral("suffix"));
    m_suffix->setMaxLength(64);
    m_suffix->setPlaceholderText(tr("e.g. icd10-coder"));
    m_suffixNote = new QLabel(settingsBox);
    m_suffixNote->setObjectName(QStringLiteral("suffixNote"));
    m_suffixNote->setWordWrap(true);
    m_fixedSeed = new QCheckBox(tr("Fixed seed"), settingsBox);
    m_fixedSeed->setObjectName(QStringLiteral("fixedSeed"));
    m_fixedSeed->setToolTip(tr("The same seed and settings make a job reproducible."));
    m_seed = new QSpinBox(settingsBox);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 1000000)));
    m_seed->setEnabled(false);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed);
    seedRow->addWidget(m_fixedSeed);
    seedRow->addStretch(1);
    settingsForm->addRow(tr("&Epochs:"), m_epochs);
    settingsForm->addRow(tr("Batch si&ze:"), m_batchSize);
    settingsForm->addRow(tr("&Learning rate multiplier:"), m_learningRate);
    m_betaLabel = new QLabel(tr("Bet&a:"), settingsBox);
    m_betaLabel->setBuddy(m_beta->spinBox());
    settingsForm->addRow(m_betaLabel, m_beta);
    settingsForm->addRow(tr("Model name &suffix:"), m_suffix);
    settingsForm->addRow(QString(), m_suffixNote);
    // A row holding a layout gets no buddy by itself: without one the mnemonic would show as a literal "&".
    auto *seedLabel = new QLabel(tr("See&d:"), settingsBox);
    seedLabel->setBuddy(m_seed);
    settingsForm->addRow(seedLabel, seedRow);

    auto *summaryBox = new QGroupBox(tr("Summary"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_checkProgress = new QProgressBar(summaryBox);
    m_checkProgress->setObjectName(QStringLiteral("checkProgress"));
    m_checkProgress->setRange(0, 100);
    m_checkProgress->setFormat(tr("Checking the data… %p%"));
    m_summary = new QLabel(summaryBox);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings = new QLabel(summaryBox);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_findings, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int line = link.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok)
            Q_EMIT lineActivated(line);
    });
    summaryLayout->addWidget(m_checkProgress);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addSpacing(fontMetrics().height() / 2);
    summaryLayout->addWidget(m_findings);
    // Read from the top: the figures first, the findings under them, the spare room below.
    summaryLayout->addStretch(1);

    m_launchProgress = new QProgressBar(this);
    m_launchProgress->setObjectName(QStringLiteral("launchProgress"));
    m_launchProgress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("launchStatus"));
    m_error = new InlineErrorLabel(this);
    m_error->setObjectName(QStringLiteral("launchError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = m_buttons->addButton(tr("&Start Training"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &CreateJobDialog::startTraining);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateJobDialog::reject);

    // Two columns keep the dialog within a 1280 × 800 screen: what to train on the left, the outcome right.
    auto *left = new QVBoxLayout;
    left->addWidget(dataBox);
    left->addWidget(modelBox);
    left->addWidget(settingsBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(summaryBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_launchProgress);
    layout->addWidget(m_buttons);

    connect(m_training, &QComboBox::currentIndexChanged, this, &CreateJobDialog::startCheck);
    connect(m_validation, &QComboBox::currentIndexChanged, this, &CreateJobDialog::startCheck);
    connect(m_model, &QComboBox::currentIndexChanged, this, &CreateJobDialog::onModelChanged);
    connect(m_method, &QComboBox::activated, this, [this] { m_methodChosenByUser = true; });
    connect(m_method, &QComboBox::currentIndexChanged, this, &CreateJobDialog::updateSummary);
    for (HyperparameterField *field : {m_epochs, m_batchSize, m_learningRate, m_beta})
        connect(field, &HyperparameterField::valueChanged, this, &CreateJobDialog::updateSummary);
    connect(m_suffix, &QLineEdit::textChanged, this, &CreateJobDialog::updateSuffixNote);
    connect(m_fixedSeed, &QCheckBox::toggled, m_seed, &QWidget::setEnabled);
}

void CreateJobDialog::fillDataSources()
{
    m_training->clear();
    m_validation->clear();
    m_validation->addItem(tr("None"), QString());
    if (m_document && m_document->exampleCount() > 0) {
        const int all = m_document->exampleCount();
        const int train = Core::SplitAssigner::splitCount(*m_document, Core::DatasetSplit::Train);
        const int validation = Core::SplitAssigner::splitCount(*m_document, Core::DatasetSplit::Validation);
        if (train > 0 && train < all)
            m_training->addItem(tr("%1: train split (%n example(s))", nullptr, train).arg(m_datasetName), DatasetTrain);
        m_training->addItem(tr("%1: all examples (%n example(s))", nullptr, all).arg(m_datasetName), DatasetAll);
        if (validation > 0) {
            m_validation->addItem(tr("%1: validation split (%n example(s))", nullptr, validation).arg(m_datasetName),
                                  DatasetValidation);
            m_validation->setCurrentIndex(1);
        }
    }
}

void CreateJobDialog::requestModels()
{
    if (!m_client)
        return;
    auto *request = new Api::ModelListRequest(m_client, this);
    ++m_pendingRequests;
    connect(request, &Api::ApiRequest::finished, this, [this, request] {
        --m_pendingRequests;
        applyModels(request->models());
        request->deleteLater();
    });
    connect(request, &Api::ApiRequest::failed, this, [this, request](const Api::ApiError &error) {
        --m_pendingRequests;
        m_modelNote->setText(tr("The provider's model list could not be read (%1); showing the known models.")
                                 .arg(error.userMessage()));
        request->deleteLater();
    });
    request->start();
}

void CreateJobDialog::requestUploadedFiles()
{
    if (!m_client)
        return;
    auto *request = new Api::FileListRequest(m_client, QStringLiteral("fine-tune"), QString(), 100,
                                             QStringLiteral("desc"), this);
    ++m_pendingRequests;
    connect(request, &Api::ApiRequest::finished, this, [this, request] {
        --m_pendingRequests;
        const QLocale locale;
        for (const Api::FileObject &file : request->page().data) {
            const QString created = file.createdAt > 0
                                        ? locale.toString(QDateTime::fromSecsSinceEpoch(file.createdAt).date(), QLocale::ShortFormat)
                                        : QString();
            const QString label = tr("Uploaded: %1 (%2, %3, %4)")
                                      .arg(file.filename.isEmpty() ? file.id : file.filename, file.id,
                                           locale.formattedDataSize(file.bytes), created);
            QSignalBlocker trainingBlocker(m_training);
            QSignalBlocker validationBlocker(m_validation);
            m_training->addItem(label, QString(FilePrefix + file.id));
            m_validation->addItem(label, QString(FilePrefix + file.id));
        }
        request->deleteLater();
        // With no open dataset the first uploaded file has just become the choice.
        startCheck();
    });
    connect(request, &Api::ApiRequest::failed, this, [this, request] {
        --m_pendingRequests;
        request->deleteLater();
    });
    request->start();
}

void CreateJobDialog::applyModels(const QList<Api::ModelInfo> &models)
{
    const QDate today = QDate::currentDate();
    QHash<QString, Api::ModelInfo> offered;
    QStringList fineTuned = m_knownFineTuned;
    for (const Api::ModelInfo &model : models) {
        if (model.isShutDown(today))
            continue;
        if (model.isFineTuned()) {
            if (!fineTuned.contains(model.id))
                fineTuned.append(model.id);
        } else {
            offered.insert(model.id, model);
        }
    }
    QList<QPair<QString, QString>> base;
    for (const Core::ModelCatalog::Model &known : Core::ModelCatalog::fineTunableModels()) {
        if (!offered.contains(known.id))
            continue;
        const QDate shutdown = offered.value(known.id).shutdownDate;
        base.append({known.id, shutdown.isValid() ? QLocale().toString(shutdown, QLocale::LongFormat) : QString()});
    }
    // An OpenAI-compatible server names its models its own way: then the known list is kept, and the note says so.
    m_noKnownModelsListed = base.isEmpty();
    setModelItems(base, fineTuned);
}

void CreateJobDialog::setModelItems(const QList<QPair<QString, QString>> &baseModels, const QStringList &fineTuned)
{
    const QString previous = m_model->count() > 0 ? currentModel() : QString();
    QSignalBlocker blocker(m_model);
    m_model->clear();
    QList<QPair<QString, QString>> base = baseModels;
    if (base.isEmpty()) {
        for (const Core::ModelCatalog::Model &known : Core::ModelCatalog::fineTunableModels())
            base.append({known.id, QString()});
    }
    for (const auto &[id, shutdown] : base) {
        m_model->addItem(id, id);
        m_model->setItemData(m_model->count() - 1, shutdown, Qt::UserRole + 1);
    }
    if (!fineTuned.isEmpty()) {
        m_model->insertSeparator(m_model->count());
        for (const QString &id : fineTuned)
            m_model->addItem(tr("Continue from %1").arg(id), id);
    }
    for (const QString &wanted : {m_preferredModel, previous, Core::ModelCatalog::defaultModel()}) {
        const int index = wanted.isEmpty() ? -1 : m_model->findData(wanted);
        if (index >= 0) {
            m_model->setCurrentIndex(index);
            break;
        }
    }
    blocker.unblock();
    onModelChanged();
}

void CreateJobDialog::onModelChanged()
{
    updateModelNote();
    updateSuffixNote();
    // The token counts depend on the model's tokenizer: startCheck() runs again only what that changes.
    startCheck();
}

void CreateJobDialog::setModel(const QString &model)
{
    m_preferredModel = model;
    if (model.startsWith(QLatin1String("ft:")))
        addFineTunedModels({model});
    const int index = m_model->findData(model);
    if (index >= 0)
        m_model->setCurrentIndex(index);
}

void CreateJobDialog::addFineTunedModels(const QStringList &models)
{
    for (const QString &model : models) {
        if (model.isEmpty() || m_knownFineTuned.contains(model))
            continue;
        m_knownFineTuned.append(model);
        if (m_model->findData(model) >= 0)
            continue;
        const bool hasSeparator = m_model->findData(QStringLiteral("separator"), Qt::AccessibleDescriptionRole) >= 0;
        if (!hasSeparator)
            m_model->insertSeparator(m_model->count());
        m_model->addItem(tr("Continue from %1").arg(model), model);
    }
}

Api::JobCreateParams::Method CreateJobDialog::method() const
{
    return Api::JobCreateParams::Method(m_method->currentData().toInt());
}

QString CreateJobDialog::currentModel() const
{
    return m_model->currentData().toString();
}

QString CreateJobDialog::trainingKey() const
{
    return m_training->currentData().toString();
}

QString CreateJobDialog::validationKey() const
{
    return m_validation->currentData().toString();
}

void CreateJobDialog::updateModelNote()
{
    const QString model = currentModel();
    QString note;
    if (model.startsWith(QLatin1String("ft:"))) {
        note = tr("Training continues from this fine-tuned model (base model %1).").arg(Core::ModelCatalog::baseModel(model));
    } else {
        const QString shutdown = m_model->currentData(Qt::UserRole + 1).toString();
        const qint64 limit = Core::ModelCatalog::describe(model).maxTokensPerExample;
        note = tr("Examples may have up to %1 tokens.").arg(tokens(limit));
        if (!shutdown.isEmpty())
            note = tr("Available until %1. %2").arg(shutdown, note);
    }
    if (m_noKnownModelsListed)
        note = tr("The provider lists none of the known fine-tunable models; showing them anyway.") + QLatin1Char('\n') + note;
    m_modelNote->setText(note);
}

void CreateJobDialog::updateSuffixNote()
{
    const QString suffix = m_suffix->text();
    const QString model = currentModel().isEmpty() ? Core::ModelCatalog::defaultModel() : currentModel();
    const QString base = Core::ModelCatalog::baseModel(model);
    QPalette palette = m_suffixNote->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    if (suffix.isEmpty()) {
        m_suffixNote->setText(tr("Optional. Helps you recognise the model: ft:%1:…:<suffix>:…").arg(base));
    } else if (Api::JobCreateParams::isValidSuffix(suffix)) {
        m_suffixNote->setText(tr("The model will be named ft:%1:<organisation>:%2:<id>").arg(base, suffix));
    } else {
        palette.setColor(QPalette::WindowText, InlineErrorLabel::errorColour(palette));
        m_suffixNote->setText(tr("Only letters, digits, \"-\" and \"_\" are allowed (at most 64)."));
    }
    m_suffixNote->setPalette(palette);
    updateStartButton();
}

void CreateJobDialog::startCheck()
{
    const QString training = trainingKey();
    const QString validation = validationKey();
    const Core::EncodingId encoding = Core::ModelCatalog::encodingForModel(currentModel());
    const QString tokenizer = QLatin1Char('|') + QString::number(int(encoding));
    // A check is current when it ran (or runs) on the same source with the same tokenizer.
    auto isCurrent = [](const Core::TrainingDataCheck *check, const QString &key, const QString &checkedKey) {
        return key == checkedKey && (check->isRunning() || check->hasResult());
    };
    if (!isCurrent(m_check, training + tokenizer, m_checkedTrainingKey)) {
        m_checkedTrainingKey = training + tokenizer;
        m_error->setVisible(false);
        m_trainingBytes.clear();
        if (m_document && (training == DatasetAll || training == DatasetTrain)) {
            QList<int> lines;
            const auto split = training == DatasetTrain ? std::optional(Core::DatasetSplit::Train) : std::nullopt;
            m_trainingBytes = Core::SplitAssigner::splitBytes(*m_document, split, &lines);
            m_check->start(m_trainingBytes, lines, encoding);
        } else {
            m_check->cancel();
        }
    }
    if (!isCurrent(m_validationCheck, validation + tokenizer, m_checkedValidationKey)) {
        m_checkedValidationKey = validation + tokenizer;
        m_error->setVisible(false);
        m_validationBytes.clear();
        if (m_document && validation == DatasetValidation) {
            QList<int> lines;
            m_validationBytes = Core::SplitAssigner::splitBytes(*m_document, Core::DatasetSplit::Validation, &lines);
            m_validationCheck->start(m_validationBytes, lines, encoding);
        } else {
            m_validationCheck->cancel();
        }
    }
    updateSummary();
}

bool CreateJobDialog::isChecking() const
{
    return m_check->isRunning() || m_validationCheck->isRunning();
}

void CreateJobDialog::updateSummary()
{
    const bool dpo = method() == Api::JobCreateParams::Method::Dpo;
    m_beta->setVisible(dpo);
    m_betaLabel->setVisible(dpo);
    const bool localTraining = !m_trainingBytes.isEmpty();
    m_checkProgress->setVisible(isChecking());
    QStringList findings;
    if (!localTraining) {
        m_epochs->setAutoHint(QString());
        m_summary->setText(trainingKey().isEmpty()
                               ? tr("Open a dataset, or choose a file already uploaded, to train on.")
                               : tr("This file is already on the provider, which checks it when the job starts. "
                                    "Figures and the cost estimate are shown for data from the open dataset."));
    } else if (m_check->isRunning() || !m_check->hasResult()) {
        m_summary->setText(tr("Checking the training data and counting its tokens…"));
    } else {
        const Core::DatasetStatistics::Options options =
            Core::DatasetStatistics::optionsFor(currentModel(), m_epochs->isAuto() ? 0 : int(m_epochs->value().value));
        const Core::DatasetStatistics stats = m_check->statisticsFor(options);
        m_epochs->setAutoHint(tr("%n for this data", nullptr, stats.defaultEpochs));
        QStringList lines;
        lines << tr("%n example(s) to train on.", nullptr, int(stats.examples));
        lines << tr("%1 billable tokens per epoch (each example counted up to %2).")
                     .arg(tokens(stats.billingTokens), tokens(options.maxTokensPerExample));
        lines << (m_epochs->isAuto()
                      ? tr("Auto will pick %n epoch(s) for this many examples", nullptr, stats.epochs)
                      : tr("%n epoch(s)", nullptr, stats.epochs))
                     + QStringLiteral(": ") + tr("%1 tokens trained in total.").arg(tokens(stats.chargedTokens));
        if (stats.estimatedCostUsd && !dpo)
            lines << tr("Estimated cost: %1 (at %2 per million tokens).")
                         .arg(dollars(*stats.estimatedCostUsd), dollars(*options.pricePerMillionTokens));
        else if (stats.estimatedCostUsd)
            lines << tr("Estimated cost: about %1 at the supervised price; the provider may bill DPO differently.")
                         .arg(dollars(*stats.estimatedCostUsd));
        else
            lines << tr("No price is known for this model: set one in Settings ▸ Training prices.");
        if (!stats.tooLong.isEmpty())
            lines << tr("%n example(s) are longer than the model's limit and will be cut.", nullptr,
                        int(stats.tooLong.size()));
        m_summary->setText(lines.join(QLatin1Char('\n')));

        const bool dataIsPreference = m_check->report().format == Core::DatasetFormat::Preference;
        if (dataIsPreference != dpo)
            findings << tr("<b>The method does not fit the data:</b> %1")
                            .arg(dataIsPreference ? tr("these are preference pairs, which need the DPO method.")
                                                  : tr("these are conversations, which need the supervised method."));
    }
    auto describe = [&findings](const Core::TrainingDataCheck *check, const QString &what) {
        if (!check->hasResult() || check->isRunning())
            return;
        const Core::ValidationReport &report = check->report();
        const int errors = report.errorCount();
        if (errors == 0) {
            findings << tr("✓ The %1 passed every check (%n warning(s)).", nullptr, report.warningCount()).arg(what);
            return;
        }
        findings << tr("<b>The %1 has %n error(s) to fix before training:</b>", nullptr, errors).arg(what);
        int shown = 0;
        for (const Core::ValidationIssue &issue : report.issues) {
            if (!issue.isError())
                continue;
            if (++shown > 5)
                break;
            findings << (issue.line > 0 ? QStringLiteral("<a href=\"line:%1\">%2</a>: %3")
                                              .arg(issue.line)
                                              .arg(tr("line %1").arg(issue.line), issue.message.toHtmlEscaped())
                                        : issue.message.toHtmlEscaped());
        }
    };
    if (localTraining)
        describe(m_check, tr("training data"));
    if (!m_validationBytes.isEmpty())
        describe(m_validationCheck, tr("validation data"));
    m_findings->setText(findings.join(QStringLiteral("<br>")));
    m_findings->setVisible(!findings.isEmpty());
    updateStartButton();
}

QString CreateJobDialog::summaryText() const
{
    return m_summary->text();
}

QString CreateJobDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CreateJobDialog::updateStartButton()
{
    if (!m_start)
        return;
    QString why;
    if (!m_client)
        why = tr("Connect a provider account in Settings to start jobs.");
    else if (trainingKey().isEmpty())
        why = tr("Choose the training data.");
    else if (!m_suffix->text().isEmpty() && !Api::JobCreateParams::isValidSuffix(m_suffix->text()))
        why = tr("Fix the model name suffix.");
    else if (isChecking())
        why = tr("Wait until the data is checked.");
    else if ((!m_trainingBytes.isEmpty() && (!m_check->hasResult() || m_check->report().hasErrors()))
             || (!m_validationBytes.isEmpty() && (!m_validationCheck->hasResult() || m_validationCheck->report().hasErrors())))
        why = tr("Fix the errors in the data first.");
    m_start->setEnabled(why.isEmpty() && !m_busy);
    m_start->setToolTip(why);
    if (!m_busy && !m_error->isVisible())
        m_status->setText(why);
}

Api::JobCreateParams CreateJobDialog::params() const
{
    Api::JobCreateParams params;
    params.model = currentModel();
    params.method = method();
    if (!m_epochs->isAuto())
        params.epochs = m_epochs->value();
    if (!m_batchSize->isAuto())
        params.batchSize = m_batchSize->value();
    if (!m_learningRate->isAuto())
        params.learningRateMultiplier = m_learningRate->value();
    if (params.method == Api::JobCreateParams::Method::Dpo && !m_beta->isAuto())
        params.beta = m_beta->value();
    params.suffix = m_suffix->text();
    if (m_fixedSeed->isChecked())
        params.seed = m_seed->value();
    const QString training = trainingKey();
    if (training.startsWith(FilePrefix))
        params.trainingFile = training.mid(FilePrefix.size());
    const QString validation = validationKey();
    if (validation.startsWith(FilePrefix))
        params.validationFile = validation.mid(FilePrefix.size());
    return params;
}

void CreateJobDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_training), static_cast<QWidget *>(m_validation),
                            static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_method),
                            static_cast<QWidget *>(m_epochs), static_cast<QWidget *>(m_batchSize),
                            static_cast<QWidget *>(m_learningRate), static_cast<QWidget *>(m_beta),
                            static_cast<QWidget *>(m_suffix), static_cast<QWidget *>(m_fixedSeed)})
        widget->setEnabled(!busy);
    m_seed->setEnabled(!busy && m_fixedSeed->isChecked());
    m_launchProgress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(busy ? tr("S&top") : tr("Cancel"));
    updateStartButton();
}

void CreateJobDialog::startTraining()
{
    if (m_busy || !m_start->isEnabled())
        return;
    m_error->setVisible(false);
    m_stopRequested = false;
    setBusy(true);
    m_status->setText(tr("Preparing the files…"));
    m_launchProgress->setRange(0, 0);
    if (!m_uploadDir)
        m_uploadDir = std::make_unique<QTemporaryDir>();
    const QString dir = m_uploadDir->path();
    const QString training = trainingKey();
    const QString trainingName = m_datasetName + (training == DatasetTrain ? QStringLiteral("-train.jsonl")
                                                                            : QStringLiteral(".jsonl"));
    const QString validationName = m_datasetName + QStringLiteral("-validation.jsonl");
    const QByteArray trainingBytes = m_trainingBytes;
    const QByteArray validationBytes = m_validationBytes;
    // Writing and hashing hundreds of megabytes stays off the GUI thread.
    m_prepare.setFuture(QtConcurrent::run([=] {
        auto prepared = std::make_shared<PreparedFiles>();
        auto write = [&](const QByteArray &bytes, const QString &name, QString *path, QByteArray *hash) {
            if (bytes.isEmpty() || !prepared->error.isEmpty())
                return;
            *path = QDir(dir).filePath(name);
            QSaveFile file(*path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                prepared->error = CreateJobDialog::tr("Cannot write %1 for the upload: %2").arg(*path, file.errorString());
                return;
            }
            *hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        };
        write(trainingBytes, trainingName, &prepared->trainingPath, &prepared->trainingHash);
        write(validationBytes, validationName, &prepared->validationPath, &prepared->validationHash);
        return prepared;
    }));
}

void CreateJobDialog::onPrepared()
{
    const std::shared_ptr<PreparedFiles> prepared = m_prepare.future().result();
    if (m_stopRequested) {
        setBusy(false);
        m_status->setText(tr("Stopped. Nothing was started."));
        return;
    }
    if (!prepared->error.isEmpty()) {
        setBusy(false);
        m_error->showError(prepared->error);
        return;
    }
    const Api::JobCreateParams request = params();
    const Api::JobLauncher::Source training = prepared->trainingPath.isEmpty()
                                                  ? Api::JobLauncher::Source::uploaded(request.trainingFile)
                                                  : Api::JobLauncher::Source::local(prepared->trainingPath, prepared->trainingHash);
    Api::JobLauncher::Source validation;
    if (!prepared->validationPath.isEmpty())
        validation = Api::JobLauncher::Source::local(prepared->validationPath, prepared->validationHash);
    else if (!request.validationFile.isEmpty())
        validation = Api::JobLauncher::Source::uploaded(request.validationFile);
    m_launcher->start(request, training, validation);
}

void CreateJobDialog::onLaunchFailed(const Api::ApiError &error)
{
    setBusy(false);
    if (error.kind == Api::ApiError::Kind::Cancelled) {
        m_status->setText(tr("Stopped. Nothing was started."));
        return;
    }
    QStringList text{tr("The job was not created: %1").arg(error.userMessage())};
    QStringList kept;
    if (!m_launcher->trainingFileId().isEmpty() && !m_trainingBytes.isEmpty())
        kept << tr("training data as %1").arg(m_launcher->trainingFileId());
    if (!m_launcher->validationFileId().isEmpty() && !m_validationBytes.isEmpty())
        kept << tr("validation data as %1").arg(m_launcher->validationFileId());
    if (!kept.isEmpty())
        text << tr("Already uploaded: %1. Starting again reuses the upload.").arg(kept.join(tr(", ")));
    m_error->showError(text.join(QLatin1Char('\n')));
    m_status->clear();
}

void CreateJobDialog::reject()
{
    if (m_busy) {
        // Stop, but stay open: what was typed and uploaded is still here to try again. While the files are still
        // being written, the upload they were for is not started.
        if (m_launcher->isRunning())
            m_launcher->cancel();
        else
            m_stopRequested = true;
        return;
    }
    m_check->cancel();
    m_validationCheck->cancel();
    QDialog::reject();
}

} // namespace Fts
