// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobLauncher.h"

#include "api/resources/FileUploader.h"
#include "api/resources/JobCreateRequest.h"
#include "api/transport/ApiClient.h"

namespace Fts::Api {

JobLauncher::JobLauncher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

JobLauncher::~JobLauncher() = default;

void JobLauncher::setUploadLimits(qint64 multipartThreshold, qint64 partSize)
{
    m_multipartThreshold = multipartThreshold;
    m_partSize = partSize;
}

void JobLauncher::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void JobLauncher::start(const JobCreateParams &params, const Source &training, const Source &validation)
{
    if (isRunning())
        return;
    m_params = params;
    m_training = training;
    m_validation = validation;
    m_job = FineTuningJob();
    // Checked before anything is uploaded, so a bad suffix costs no upload.
    JobCreateParams probe = params;
    probe.trainingFile = QStringLiteral("file-pending");
    if (const ApiError invalid = probe.validate()) {
        fail(invalid);
        return;
    }
    if (!m_client) {
        fail(ApiError::invalidRequest(tr("No provider connection is available.")));
        return;
    }
    if (!training.isSet()) {
        fail(ApiError::invalidRequest(tr("Choose the training data."), QStringLiteral("training_file")));
        return;
    }
    m_params.trainingFile = training.fileId;
    m_params.validationFile = validation.fileId;
    setStage(Stage::UploadingTraining);
    next();
}

void JobLauncher::next()
{
    if (m_params.trainingFile.isEmpty()) {
        upload(m_training, &m_params.trainingFile, Stage::UploadingTraining);
        return;
    }
    if (m_validation.isSet() && m_params.validationFile.isEmpty()) {
        upload(m_validation, &m_params.validationFile, Stage::UploadingValidation);
        return;
    }
    createJob();
}

void JobLauncher::upload(const Source &source, QString *fileIdTarget, Stage stage)
{
    if (const QString known = m_uploaded.value(source.contentHash); !source.contentHash.isEmpty() && !known.isEmpty()) {
        *fileIdTarget = known;
        next();
        return;
    }
    setStage(stage);
    m_uploader = new FileUploader(m_client, source.localPath, QStringLiteral("fine-tune"), this);
    if (m_multipartThreshold > 0)
        m_uploader->setMultipartThreshold(m_multipartThreshold);
    if (m_partSize > 0)
        m_uploader->setPartSize(m_partSize);
    FileUploader *uploader = m_uploader;
    connect(uploader, &FileUploader::progress, this, &JobLauncher::uploadProgress);
    connect(uploader, &FileUploader::finished, this, [this, uploader, source, fileIdTarget] {
        *fileIdTarget = uploader->file().id;
        if (!source.contentHash.isEmpty())
            m_uploaded.insert(source.contentHash, uploader->file().id);
        uploader->deleteLater();
        next();
    });
    connect(uploader, &FileUploader::failed, this, [this, uploader](const ApiError &error) {
        uploader->deleteLater();
        fail(error);
    });
    uploader->start();
}

void JobLauncher::createJob()
{
    setStage(Stage::CreatingJob);
    m_request = new JobCreateRequest(m_client, m_params, this);
    JobCreateRequest *request = m_request;
    connect(request, &ApiRequest::finished, this, [this, request] {
        m_job = request->job();
        request->deleteLater();
        setStage(Stage::Done);
        Q_EMIT finished();
    });
    connect(request, &ApiRequest::failed, this, [this, request](const ApiError &error) {
        request->deleteLater();
        fail(error);
    });
    request->start();
}

void JobLauncher::cancel()
{
    if (!isRunning())
        return;
    if (m_uploader)
        m_uploader->cancel();
    else if (m_request)
        m_request->cancel();
    else
        fail(ApiError::cancelled());
}

void JobLauncher::fail(const ApiError &error)
{
    setStage(Stage::Failed);
    Q_EMIT failed(error);
}

} // namespace Fts::Api

#include "moc_JobLauncher.cpp"
