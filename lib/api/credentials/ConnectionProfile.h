// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Fts::Api {

/** Which kind of service a profile talks to; decides the default base URL, the auth header and the env var. */
enum class ProviderKind {
    OpenAi,     ///< api.openai.com, `Authorization: Bearer`, optional organization and project
    Azure,      ///< Azure OpenAI v1 surface, `api-key` header
    Compatible, ///< any OpenAI-compatible server (llama.cpp, vLLM, Ollama…): chat and models, key optional
};

/**
 * One named connection: where to send requests and as whom. The API key is deliberately not a member:
 * it lives in the OS keychain (SecretStore) or in an environment variable, never next to these fields.
 */
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::ConnectionProfile)
public:
    ConnectionProfile() = default;
    ConnectionProfile(const QString &name, ProviderKind provider, const QUrl &baseUrl = {});

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name.trimmed(); }
    ProviderKind provider() const { return m_provider; }
    void setProvider(ProviderKind provider) { m_provider = provider; }
    /** The base URL as configured; empty means the provider's default (see effectiveBaseUrl()). */
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QString organization() const { return m_organization; }
    void setOrganization(const QString &organization) { m_organization = organization.trimmed(); }
    QString project() const { return m_project; }
    void setProject(const QString &project) { m_project = project.trimmed(); }

    /** The configured base URL, or the provider's default one when none is set (OpenAI only has one). */
    QUrl effectiveBaseUrl() const;
    /** Empty when the profile can be used; otherwise one sentence naming the field that is wrong. */
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    /** The environment variable the key is read from when the keychain has none for this profile. */
    QString apiKeyEnvironmentVariable() const { return apiKeyEnvironmentVariable(m_provider); }
    /** The keychain entry name of this profile's key: stable across renames of nothing but the name. */
    QString secretKey() const { return secretKeyForProfile(m_name); }

    static QString apiKeyEnvironmentVariable(ProviderKind provider);
    static QString secretKeyForProfile(const QString &profileName);
    static QUrl defaultBaseUrl(ProviderKind provider);
    /** "openai", "azure", "compatible": the spelling of settings files and of `--provider`. */
    static QString providerId(ProviderKind provider);
    /** Parses providerId(); @p ok is false for anything else. */
    static ProviderKind providerFromId(const QString &id, bool *ok = nullptr);
    /** "OpenAI", "Azure OpenAI", "OpenAI-compatible server", translated. */
    static QString providerDisplayName(ProviderKind provider);
    /** True when the key may be left out (local OpenAI-compatible servers usually want none). */
    static bool apiKeyIsOptional(ProviderKind provider) { return provider == ProviderKind::Compatible; }

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;

private:
    QString m_name;
    ProviderKind m_provider = ProviderKind::OpenAi;
    QUrl m_baseUrl;
    QString m_organization;
    QString m_project;
};

} // namespace Fts::Api
