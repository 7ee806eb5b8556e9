// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/OpenAiProvider.h"

namespace Fts::Api {

OpenAiProvider::OpenAiProvider(ProviderOptions options)
    : Provider(std::move(options))
{
}

QUrl OpenAiProvider::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.openai.com/v1"));
}

QString OpenAiProvider::displayName() const
{
    return tr("OpenAI");
}

ProviderCapabilities OpenAiProvider::capabilities() const
{
    return ProviderCapability::Files | ProviderCapability::Uploads | ProviderCapability::FineTuning
        | ProviderCapability::PauseResume | ProviderCapability::JobEvents | ProviderCapability::Checkpoints
        | ProviderCapability::Models | ProviderCapability::ModelDeletion | ProviderCapability::ChatCompletions
        | ProviderCapability::ChatStreaming | ProviderCapability::DpoMethod;
}

QUrl OpenAiProvider::baseUrl() const
{
    return m_options.baseUrl.isEmpty() ? defaultBaseUrl() : m_options.baseUrl;
}

void OpenAiProvider::authorize(QNetworkRequest &request) const
{
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    if (!m_options.organization.isEmpty())
        request.setRawHeader("OpenAI-Organization", m_options.organization.toUtf8());
    if (!m_options.project.isEmpty())
        request.setRawHeader("OpenAI-Project", m_options.project.toUtf8());
    for (const auto &header : m_options.extraHeaders)
        request.setRawHeader(header.first, header.second);
}

ApiError OpenAiProvider::validate() const
{
    if (m_options.apiKey.isEmpty())
        return ApiError::invalidRequest(tr("No API key is set for OpenAI. Add one to the connection profile "
                                           "or set OPENAI_API_KEY."),
                                        QStringLiteral("api_key"));
    return Provider::validate();
}

} // namespace Fts::Api
