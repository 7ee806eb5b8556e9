// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/providers/Provider.h"

namespace Fts::Api {

/**
 * Azure OpenAI's v1 surface, https://<resource>.openai.azure.com/openai/v1, authenticated with the
 * `api-key` header. Fine-tuned models must be deployed before chat (NeedsDeployment).
 */
class AzureOpenAiProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::AzureOpenAiProvider)

public:
    explicit AzureOpenAiProvider(ProviderOptions options);

    static QUrl baseUrlForResource(const QString &resource);

    Kind kind() const override { return Kind::AzureOpenAi; }
    QString id() const override { return QStringLiteral("azure"); }
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QUrl baseUrl() const override;
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const override;
    void authorize(QNetworkRequest &request) const override;
    ApiError validate() const override;
};

} // namespace Fts::Api
