// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/resources/FineTuningJob.h"
#include "api/resources/JobCreateParams.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Fts::Api {

class ApiClient;
class FileUploader;
class JobCreateRequest;

/**
 * Starts a fine-tuning job from local training data: uploads the training file and the optional validation
 * file (each only when it is not on the provider yet), then creates the job. Nothing uploaded is lost when a
 * later step fails: the launcher remembers every file it uploaded by the content's hash, so starting again
 * with the same data creates the job from the files already there instead of uploading and paying twice.
 */
class JobLauncher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobLauncher)
public:
    enum class Stage { Idle, UploadingTraining, UploadingValidation, CreatingJob, Done, Failed };
    Q_ENUM(Stage)

    /** Where one file comes from: a file id already on the provider, or a local file with its content hash. */
    struct Source
    {
        QString fileId;
        QString localPath;
        QByteArray contentHash; ///< identifies the content across attempts; empty disables reuse
        bool isSet() const { return !fileId.isEmpty() || !localPath.isEmpty(); }
        static Source uploaded(const QString &fileId) { return {fileId, {}, {}}; }
        static Source local(const QString &path, const QByteArray &contentHash) { return {{}, path, contentHash}; }
    };

    explicit JobLauncher(ApiClient *client, QObject *parent = nullptr);
    ~JobLauncher() override;

    /** Passed to each upload (tests use small values to exercise the Uploads API). */
    void setUploadLimits(qint64 multipartThreshold, qint64 partSize);

    /**
     * Uploads what is needed, then creates the job from @p params with its file ids filled in. @p validation
     * may be unset. Emits finished() or failed() once.
     */
    void start(const JobCreateParams &params, const Source &training, const Source &validation = {});
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle && m_stage != Stage::Done && m_stage != Stage::Failed; }
    Stage stage() const { return m_stage; }

    /** The job created (after finished()). */
    const FineTuningJob &job() const { return m_job; }
    /** The id a local file with @p contentHash was uploaded as by this launcher, or empty. */
    QString uploadedFileId(const QByteArray &contentHash) const { return m_uploaded.value(contentHash); }
    /** The provider's ids of the training and validation files of the last attempt (empty until known). */
    QString trainingFileId() const { return m_params.trainingFile; }
    QString validationFileId() const { return m_params.validationFile; }

Q_SIGNALS:
    void stageChanged(Fts::Api::JobLauncher::Stage stage);
    /** Bytes of the file being uploaded now. */
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void finished();
    void failed(const Fts::Api::ApiError &error);

private:
    void setStage(Stage stage);
    void next();
    void upload(const Source &source, QString *fileIdTarget, Stage stage);
    void createJob();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    qint64 m_multipartThreshold = 0;
    qint64 m_partSize = 0;
    Stage m_stage = Stage::Idle;
    JobCreateParams m_params;
    Source m_training;
    Source m_validation;
    QHash<QByteArray, QString> m_uploaded;
    QPointer<FileUploader> m_uploader;
    QPointer<JobCreateRequest> m_request;
    FineTuningJob m_job;
};

} // namespace Fts::Api
