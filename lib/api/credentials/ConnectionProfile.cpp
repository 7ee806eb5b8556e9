// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/ConnectionProfile.h"

#include <QHostAddress>

namespace Fts::Api {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ConnectionProfile::ConnectionProfile(const QString &name, ProviderKind provider, const QUrl &baseUrl)
    : m_name(name.trimmed())
    , m_provider(provider)
    , m_baseUrl(baseUrl)
{
}

QUrl ConnectionProfile::effectiveBaseUrl() const
{
    return m_baseUrl.isEmpty() ? defaultBaseUrl(m_provider) : m_baseUrl;
}

QString ConnectionProfile::validationError() const
{
    if (m_name.isEmpty())
        return tr("The profile needs a name.");
    for (const QChar c : m_name) {
        if (c.category() == QChar::Other_Control)
            return tr("The profile name must not contain control characters.");
    }
    const QUrl url = effectiveBaseUrl();
    if (url.isEmpty()) {
        if (m_provider == ProviderKind::Azure)
            return tr("Azure OpenAI needs the base URL of your resource, "
                      "e.g. https://my-resource.openai.azure.com/openai/v1.");
        return tr("An OpenAI-compatible server needs a base URL, e.g. http://127.0.0.1:8080/v1.");
    }
    if (!url.isValid() || url.host().isEmpty())
        return tr("The base URL \"%1\" is not a valid web address.").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The base URL must start with https:// (not \"%1\").").arg(url.scheme());
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("The base URL must use https://; plain http:// is only allowed for this computer "
                  "(localhost, 127.0.0.1), so your key never travels unencrypted.");
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return tr("The base URL must not contain a query (?…) or fragment (#…).");
    return {};
}

QString ConnectionProfile::apiKeyEnvironmentVariable(ProviderKind provider)
{
    return provider == ProviderKind::Azure ? QStringLiteral("AZURE_OPENAI_API_KEY") : QStringLiteral("OPENAI_API_KEY");
}

QString ConnectionProfile::secretKeyForProfile(const QString &profileName)
{
    return QStringLiteral("profile/") + profileName.trimmed() + QStringLiteral("/api-key");
}

QUrl ConnectionProfile::defaultBaseUrl(ProviderKind provider)
{
    if (provider == ProviderKind::OpenAi)
        return QUrl(QStringLiteral("https://api.openai.com/v1"));
    return {}; // Azure and compatible servers live wherever the user deployed them
}

QString ConnectionProfile::providerId(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::OpenAi:
        return QStringLiteral("openai");
    case ProviderKind::Azure:
        return QStringLiteral("azure");
    case ProviderKind::Compatible:
        return QStringLiteral("compatible");
    }
    return {};
}

ProviderKind ConnectionProfile::providerFromId(const QString &id, bool *ok)
{
    const QString normalized = id.trimmed().toLower();
    for (ProviderKind kind : {ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Compatible}) {
        if (providerId(kind) == normalized) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return ProviderKind::OpenAi;
}

QString ConnectionProfile::providerDisplayName(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::OpenAi:
        return tr("OpenAI");
    case ProviderKind::Azure:
        return tr("Azure OpenAI");
    case ProviderKind::Compatible:
        return tr("OpenAI-compatible server");
    }
    return {};
}

} // namespace Fts::Api
