// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/Provider.h"

#include "api/providers/AzureOpenAiProvider.h"
#include "api/providers/CompatibleProvider.h"
#include "api/providers/OpenAiProvider.h"

#include <QHostAddress>

namespace Fts::Api {

Provider::Provider(ProviderOptions options)
    : m_options(std::move(options))
{
}

Provider::~Provider() = default;

QUrl Provider::baseUrl() const
{
    return m_options.baseUrl;
}

QUrl Provider::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = baseUrl();
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    url.setPath(basePath + QLatin1Char('/') + relative);
    QUrlQuery merged = query;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!merged.hasQueryItem(item.first))
            merged.addQueryItem(item.first, item.second);
    }
    url.setQuery(merged);
    return url;
}

QList<QByteArray> Provider::secretHeaders() const
{
    return {QByteArrayLiteral("authorization"), QByteArrayLiteral("api-key")};
}

ApiError Provider::validate() const
{
    const QUrl url = baseUrl();
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::invalidRequest(tr("The base URL \"%1\" is not a valid web address.")
                                            .arg(url.toDisplayString()),
                                        QStringLiteral("base_url"));
    return checkTransportSecurity(url);
}

bool Provider::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError Provider::checkTransportSecurity(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return ApiError::invalidRequest(
        tr("\"%1\" is not a secure (HTTPS) address. Plain HTTP is only allowed to this computer "
           "(localhost or 127.0.0.1), because the API key would otherwise travel unencrypted.")
            .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)),
        QStringLiteral("base_url"));
}

std::unique_ptr<Provider> Provider::create(const QString &id, const ProviderOptions &options)
{
    const QString normalized = id.trimmed().toLower();
    if (normalized == QLatin1String("openai"))
        return std::make_unique<OpenAiProvider>(options);
    if (normalized == QLatin1String("azure"))
        return std::make_unique<AzureOpenAiProvider>(options);
    if (normalized == QLatin1String("compatible"))
        return std::make_unique<CompatibleProvider>(options);
    return nullptr;
}

QStringList Provider::knownIds()
{
    return {QStringLiteral("openai"), QStringLiteral("azure"), QStringLiteral("compatible")};
}

} // namespace Fts::Api
