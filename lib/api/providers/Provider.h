// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/providers/ProviderCapabilities.h"
#include "api/providers/ProviderOptions.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>

namespace Fts::Api {

/**
 * One hosted API (OpenAI, Azure OpenAI, an OpenAI-compatible server…): where requests go, how they are
 * authenticated and what the API can do. Requests and the GUI only talk to this interface, so a provider
 * with another shape (Together, Fireworks) is a new subclass, not a GUI change.
 */
class Provider
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::Provider)

public:
    enum class Kind { OpenAi, AzureOpenAi, Compatible };

    explicit Provider(ProviderOptions options);
    virtual ~Provider();
    Q_DISABLE_COPY_MOVE(Provider)

    virtual Kind kind() const = 0;
    /** Stable machine name used in profiles and on the command line: openai, azure, compatible. */
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;
    bool supports(ProviderCapability capability) const { return capabilities().testFlag(capability); }

    /** The base URL all paths are relative to, e.g. https://api.openai.com/v1. */
    virtual QUrl baseUrl() const;
    /** `path` is relative to baseUrl(), without a leading slash: "fine_tuning/jobs". */
    virtual QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    /** Adds the authentication and identification headers for this provider. */
    virtual void authorize(QNetworkRequest &request) const = 0;
    /** Names of the headers holding secrets, for redaction in logs (lower case). */
    virtual QList<QByteArray> secretHeaders() const;

    /** Checks the configuration before any request: HTTPS unless loopback, key present when required. */
    virtual ApiError validate() const;
    bool hasApiKey() const { return !m_options.apiKey.isEmpty(); }
    const ProviderOptions &options() const { return m_options; }

    /** True for 127.0.0.0/8, ::1 and "localhost": the only hosts plain HTTP is allowed to. */
    static bool isLoopbackHost(const QString &host);
    /** HTTPS, or HTTP to a loopback host; anything else gets a clear InvalidRequest error. */
    static ApiError checkTransportSecurity(const QUrl &url);

    /** Builds a provider from its id (openai, azure, compatible); nullptr for an unknown id. */
    static std::unique_ptr<Provider> create(const QString &id, const ProviderOptions &options);
    static QStringList knownIds();

protected:
    ProviderOptions m_options;
};

} // namespace Fts::Api
