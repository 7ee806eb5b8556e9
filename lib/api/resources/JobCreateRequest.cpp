// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobCreateRequest.h"

#include "api/resources/JobListRequest.h"

#include <QDateTime>
#include <QUuid>

namespace Fts::Api {

JobCreateRequest::JobCreateRequest(ApiClient *client, const JobCreateParams &params, QObject *parent)
    : ApiRequest(client, parent)
    , m_params(params)
{
    setRequiredCapability(ProviderCapability::FineTuning);
    setVerb(QByteArrayLiteral("POST"));
    setPath(QStringLiteral("fine_tuning/jobs"));
    setRetryMode(RetryMode::Reconcile);
    JobCreateParams sent = m_params;
    if (sent.metadata.size() < 16 && !sent.metadata.contains(clientReferenceKey())) {
        m_clientReference = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sent.metadata.insert(clientReferenceKey(), m_clientReference);
    }
    // Clocks differ between us and the provider; a generous window still excludes yesterday's jobs.
    m_createdAfter = QDateTime::currentSecsSinceEpoch() - 300;
    setJsonBody(sent.toJson());
}

QString JobCreateRequest::clientReferenceKey()
{
    return QStringLiteral("ftstudio_request");
}

ApiError JobCreateRequest::validateBeforeSend() const
{
    return m_params.validate();
}

ApiError JobCreateRequest::handleJson(const QJsonObject &object)
{
    m_job = FineTuningJob::fromJson(object);
    if (m_job.id.isEmpty())
        return ApiError::invalidResponse(tr("the created job has no id"), requestId());
    return {};
}

bool JobCreateRequest::matches(const FineTuningJob &job) const
{
    if (!m_clientReference.isEmpty())
        return job.metadata.value(clientReferenceKey()) == m_clientReference;
    return job.model == m_params.model && job.trainingFile == m_params.trainingFile
        && (m_params.suffix.isEmpty() || job.suffix.isEmpty() || job.suffix == m_params.suffix)
        && job.validationFile == m_params.validationFile && job.createdAt >= m_createdAfter;
}

void JobCreateRequest::reconcile(const ApiError &error)
{
    Q_UNUSED(error)
    auto *lookup = new JobListRequest(client(), QString(), 20, {}, this);
    connect(lookup, &ApiRequest::finished, this, [this, lookup] {
        for (const FineTuningJob &job : lookup->page().data) {
            if (matches(job)) {
                m_job = job;
                m_reconciled = true;
                resolveReconciliation(true);
                return;
            }
        }
        resolveReconciliation(false);
    });
    connect(lookup, &ApiRequest::failed, this, [this](const ApiError &lookupError) {
        resolveReconciliation(false, lookupError);
    });
    lookup->start();
}

} // namespace Fts::Api

#include "moc_JobCreateRequest.cpp"
