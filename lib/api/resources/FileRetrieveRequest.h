// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FileObject.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `GET /files/{id}`. */
class FileRetrieveRequest : public ApiRequest
{
    Q_OBJECT

public:
    FileRetrieveRequest(ApiClient *client, const QString &fileId, QObject *parent = nullptr);
    const FileObject &file() const { return m_file; }

protected:
    ApiError validateBeforeSend() const override;
    ApiError handleJson(const QJsonObject &object) override;

private:
    QString m_fileId;
    FileObject m_file;
};

} // namespace Fts::Api
