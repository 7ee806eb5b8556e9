// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/CompatibleProvider.h"

namespace Fts::Api {

CompatibleProvider::CompatibleProvider(ProviderOptions options)
    : Provider(std::move(options))
{
}

QString CompatibleProvider::displayName() const
{
    return tr("OpenAI-compatible server");
}

ProviderCapabilities CompatibleProvider::capabilities() const
{
    return ProviderCapability::Models | ProviderCapability::ChatCompletions | ProviderCapability::ChatStreaming;
}

void CompatibleProvider::authorize(QNetworkRequest &request) const
{
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    for (const auto &header : m_options.extraHeaders)
        request.setRawHeader(header.first, header.second);
}

} // namespace Fts::Api
