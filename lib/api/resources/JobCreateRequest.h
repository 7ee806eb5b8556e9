// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FineTuningJob.h"
#include "api/resources/JobCreateParams.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/**
 * `POST /fine_tuning/jobs`. Creating a job twice bills twice, so this request is never resent blindly: after
 * a timeout, a dropped connection or a 5xx it lists the newest jobs and looks for the one it sent (matched by
 * a client reference in `metadata`, or by model + training file + suffix + creation time when metadata is
 * full) before sending again.
 */
class JobCreateRequest : public ApiRequest
{
    Q_OBJECT

public:
    JobCreateRequest(ApiClient *client, const JobCreateParams &params, QObject *parent = nullptr);

    const FineTuningJob &job() const { return m_job; }
    const JobCreateParams &params() const { return m_params; }
    /** True when the job was found by listing after an ambiguous failure instead of from the response. */
    bool wasReconciled() const { return m_reconciled; }
    /** The marker sent in metadata (empty when the user's metadata already has 16 entries). */
    QString clientReference() const { return m_clientReference; }
    static QString clientReferenceKey();

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;
    void reconcile(const ApiError &error) override;

private:
    bool matches(const FineTuningJob &job) const;

    JobCreateParams m_params;
    QString m_clientReference;
    qint64 m_createdAfter = 0;
    FineTuningJob m_job;
    bool m_reconciled = false;
};

} // namespace Fts::Api
