// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FineTuningJob.h"
#include "api/resources/JobCreateParams.h"
#include "api/resources/ModelInfo.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTemporaryDir;

namespace Fts::Api {
class ApiClient;
class ApiError;
class JobLauncher;
}
namespace Fts::Core {
class DatasetDocument;
class TrainingDataCheck;
}

namespace Fts {

class InlineErrorLabel;

class HyperparameterField;

/**
 * Creates a fine-tuning job with confidence: the training data (the open dataset, its train split, or a file
 * already on the provider) is checked with every rule and counted exactly before anything is sent; the
 * summary shows examples, billable tokens, the epochs "auto" will pick and the estimated cost for the chosen
 * model; then the files are uploaded with progress and the job is created. Provider errors are shown in
 * plain words with the request id, and files already uploaded are reused when the user tries again.
 */
class CreateJobDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateJobDialog)
public:
    /** @p client may be null (no account: the dialog still checks and estimates, but cannot start). */
    CreateJobDialog(Api::ApiClient *client, Core::DatasetDocument *document, QWidget *parent = nullptr);
    ~CreateJobDialog() override;

    /** Preselects @p model, e.g. a fine-tuned model to continue training from. */
    void setModel(const QString &model);
    /** The fine-tuned models of finished jobs known locally, offered to continue from. */
    void addFineTunedModels(const QStringList &models);

    Api::JobCreateParams params() const;
    QPushButton *startButton() const { return m_start; }
    /** The plain-language summary (examples, tokens, epochs, cost) as shown. */
    QString summaryText() const;
    QString errorText() const;
    bool isChecking() const;
    /** True while the provider's model or file list is still being read. */
    bool isLoading() const { return m_pendingRequests > 0; }

Q_SIGNALS:
    void jobCreated(const Fts::Api::FineTuningJob &job);
    /** The user asked to see a line of the dataset (1-based) named by a finding. */
    void lineActivated(int lineNumber);

public Q_SLOTS:
    /** While uploading this stops the upload and keeps the dialog open; otherwise it closes. */
    void reject() override;

private:
    struct PreparedFiles;

    void buildUi();
    void fillDataSources();
    void requestModels();
    void requestUploadedFiles();
    void applyModels(const QList<Api::ModelInfo> &models);
    void setModelItems(const QList<QPair<QString, QString>> &baseModels, const QStringList &fineTuned);
    void onModelChanged();
    Api::JobCreateParams::Method method() const;
    void startCheck();
    void updateSummary();
    void updateModelNote();
    void updateSuffixNote();
    void updateStartButton();
    void startTraining();
    void onPrepared();
    void onLaunchFailed(const Api::ApiError &error);
    void setBusy(bool busy);
    QString currentModel() const;
    QString trainingKey() const;
    QString validationKey() const;

    QPointer<Api::ApiClient> m_client;
    QPointer<Core::DatasetDocument> m_document;
    QString m_datasetName;

    QComboBox *m_training = nullptr;
    QComboBox *m_validation = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_modelNote = nullptr;
    QComboBox *m_method = nullptr;
    HyperparameterField *m_epochs = nullptr;
    HyperparameterField *m_batchSize = nullptr;
    HyperparameterField *m_learningRate = nullptr;
    HyperparameterField *m_beta = nullptr;
    QLabel *m_betaLabel = nullptr;
    QLineEdit *m_suffix = nullptr;
    QLabel *m_suffixNote = nullptr;
    QCheckBox *m_fixedSeed = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_findings = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QProgressBar *m_launchProgress = nullptr;
    QLabel *m_status = nullptr;
    InlineErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;

    Core::TrainingDataCheck *m_check = nullptr;
    Core::TrainingDataCheck *m_validationCheck = nullptr;
    // What each check last ran on (data source and tokenizer): a change to one starts only that check again.
    QString m_checkedTrainingKey;
    QString m_checkedValidationKey;
    QByteArray m_trainingBytes;
    QByteArray m_validationBytes;
    QStringList m_knownFineTuned;
    QString m_preferredModel;
    Api::JobLauncher *m_launcher = nullptr;
    std::unique_ptr<QTemporaryDir> m_uploadDir;
    QFutureWatcher<std::shared_ptr<PreparedFiles>> m_prepare;
    bool m_busy = false;
    bool m_stopRequested = false; // Stop pressed while the files were still being written
    bool m_noKnownModelsListed = false;
    int m_pendingRequests = 0;
    bool m_methodChosenByUser = false;
};

} // namespace Fts
