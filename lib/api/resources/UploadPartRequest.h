// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `POST /uploads/{id}/parts`: one part (≤ 64 MB) as the multipart field `data`; retried on its own. */
class UploadPartRequest : public ApiRequest
{
    Q_OBJECT

public:
    UploadPartRequest(ApiClient *client, const QString &uploadId, const QByteArray &data, QObject *parent = nullptr);
    QString partId() const { return m_partId; }
    qint64 size() const { return m_data.size(); }

    static constexpr qint64 MaxPartBytes = 64LL * 1024 * 1024;

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QByteArray m_data;
    QString m_partId;
};

} // namespace Fts::Api
