// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FileObject.h"
#include "api/resources/ListPage.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `GET /files?purpose=&limit=&order=&after=`. */
class FileListRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit FileListRequest(ApiClient *client, const QString &purpose = {}, const QString &after = {},
                             int limit = 0, const QString &order = {}, QObject *parent = nullptr);
    const ListPage<FileObject> &page() const { return m_page; }

protected:
    ApiError handleJson(const QJsonObject &object) override;

private:
    ListPage<FileObject> m_page;
};

} // namespace Fts::Api
