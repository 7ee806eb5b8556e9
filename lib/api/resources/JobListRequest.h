// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FineTuningJob.h"
#include "api/resources/ListPage.h"
#include "api/transport/ApiRequest.h"

namespace Fts::Api {

/** `GET /fine_tuning/jobs?after=&limit=&metadata[k]=v`: one page, newest first. */
class JobListRequest : public ApiRequest
{
    Q_OBJECT

public:
    explicit JobListRequest(ApiClient *client, const QString &after = {}, int limit = 20,
                            const QMap<QString, QString> &metadataFilter = {}, QObject *parent = nullptr);
    const ListPage<FineTuningJob> &page() const { return m_page; }

protected:
    ApiError handleJson(const QJsonObject &object) override;

private:
    ListPage<FineTuningJob> m_page;
};

} // namespace Fts::Api
