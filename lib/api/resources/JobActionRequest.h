// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FineTuningJob.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `POST /fine_tuning/jobs/{id}/cancel|pause|resume`; returns the updated job. */
class JobActionRequest : public ApiRequest
{
    Q_OBJECT

public:
    enum class Action { Cancel, Pause, Resume };
    Q_ENUM(Action)

    JobActionRequest(ApiClient *client, const QString &jobId, Action action, QObject *parent = nullptr);
    Action action() const { return m_action; }
    const FineTuningJob &job() const { return m_job; }
    static QString actionName(Action action);

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QString m_jobId;
    Action m_action;
    FineTuningJob m_job;
};

} // namespace Fts::Api
