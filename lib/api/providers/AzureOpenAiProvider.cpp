// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/AzureOpenAiProvider.h"

namespace Fts::Api {

AzureOpenAiProvider::AzureOpenAiProvider(ProviderOptions options)
    : Provider(std::move(options))
{
}

QUrl AzureOpenAiProvider::baseUrlForResource(const QString &resource)
{
    return QUrl(QStringLiteral("https://%1.openai.azure.com/openai/v1").arg(resource.trimmed()));
}

QString AzureOpenAiProvider::displayName() const
{
    return tr("Azure OpenAI");
}

ProviderCapabilities AzureOpenAiProvider::capabilities() const
{
    return ProviderCapability::Files | ProviderCapability::Uploads | ProviderCapability::FineTuning
        | ProviderCapability::PauseResume | ProviderCapability::JobEvents | ProviderCapability::Checkpoints
        | ProviderCapability::Models | ProviderCapability::ModelDeletion | ProviderCapability::ChatCompletions
        | ProviderCapability::ChatStreaming | ProviderCapability::DpoMethod | ProviderCapability::NeedsDeployment;
}

QUrl AzureOpenAiProvider::baseUrl() const
{
    if (!m_options.baseUrl.isEmpty())
        return m_options.baseUrl;
    if (!m_options.azureResource.isEmpty())
        return baseUrlForResource(m_options.azureResource);
    return {};
}

QUrl AzureOpenAiProvider::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrlQuery withVersion = query;
    // Only the legacy data plane takes api-version; the v1 surface rejects nothing but needs none.
    if (!m_options.azureApiVersion.isEmpty() && !withVersion.hasQueryItem(QStringLiteral("api-version")))
        withVersion.addQueryItem(QStringLiteral("api-version"), m_options.azureApiVersion);
    return Provider::endpoint(path, withVersion);
}

void AzureOpenAiProvider::authorize(QNetworkRequest &request) const
{
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("api-key", m_options.apiKey.toUtf8());
    for (const auto &header : m_options.extraHeaders)
        request.setRawHeader(header.first, header.second);
}

ApiError AzureOpenAiProvider::validate() const
{
    if (baseUrl().isEmpty())
        return ApiError::invalidRequest(tr("Azure OpenAI needs a resource name or a base URL such as "
                                           "https://my-resource.openai.azure.com/openai/v1."),
                                        QStringLiteral("base_url"));
    if (m_options.apiKey.isEmpty())
        return ApiError::invalidRequest(tr("No API key is set for Azure OpenAI. Add one to the connection "
                                           "profile or set AZURE_OPENAI_API_KEY."),
                                        QStringLiteral("api_key"));
    return Provider::validate();
}

} // namespace Fts::Api
