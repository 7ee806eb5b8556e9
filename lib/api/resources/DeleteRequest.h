// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/**
 * `DELETE /files/{id}` or `DELETE /models/{model}` (fine-tuned models only, Owner role): both answer
 * `{id, object, deleted}`.
 */
class DeleteRequest : public ApiRequest
{
    Q_OBJECT

public:
    enum class Target { File, Model };
    Q_ENUM(Target)

    DeleteRequest(ApiClient *client, Target target, const QString &id, QObject *parent = nullptr);
    Target target() const { return m_target; }
    QString deletedId() const { return m_deletedId; }
    bool deleted() const { return m_deleted; }

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    Target m_target;
    QString m_id;
    QString m_deletedId;
    bool m_deleted = false;
};

} // namespace Fts::Api
