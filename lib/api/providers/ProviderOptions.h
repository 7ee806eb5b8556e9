// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Fts::Api {

/**
 * Everything a provider needs to talk to its endpoint. Engineer-facing: the credentials layer builds one
 * from a connection profile plus the key it read from the keychain or the environment.
 */
struct ProviderOptions
{
    /** Empty means the provider's default (api.openai.com for OpenAI; built from azureResource for Azure). */
    QUrl baseUrl;
    /** Never logged, never persisted by lib/api. May be empty for keyless compatible servers. */
    QString apiKey;
    QString organization; ///< OpenAI-Organization header (OpenAI only)
    QString project;      ///< OpenAI-Project header (OpenAI only)
    QString azureResource; ///< `<resource>` in https://<resource>.openai.azure.com/openai/v1
    QString azureApiVersion; ///< legacy Azure data plane only; empty for the v1 surface
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
};

} // namespace Fts::Api
