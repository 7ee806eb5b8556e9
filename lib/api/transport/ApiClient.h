// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/providers/Provider.h"
#include "api/transport/RateLimitInfo.h"
#include "api/transport/RetryPolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Fts::Api {

/**
 * One connection to one provider: the network manager, the provider (URL + auth), the retry policy, the
 * timeouts and the latest rate-limit state. Requests (ApiRequest subclasses) are created with a client and
 * are its children unless given another parent.
 *
 *     auto *client = new ApiClient(Provider::create("openai", options), this);
 *     auto *request = new JobRetrieveRequest(client, jobId);
 *     connect(request, &ApiRequest::finished, this, [request] { use(request->job()); });
 *     connect(request, &ApiRequest::failed, this, [](const ApiError &e) { show(e.userMessage()); });
 *     request->start();
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(std::unique_ptr<Provider> provider, QObject *parent = nullptr);
    ~ApiClient() override;
    Q_DISABLE_COPY_MOVE(ApiClient)

    const Provider &provider() const { return *m_provider; }
    /** Whether the provider offers this (requests for missing capabilities fail with InvalidRequest). */
    bool supports(ProviderCapability capability) const { return m_provider->supports(capability); }

    QNetworkAccessManager *networkAccessManager() const { return m_network; }
    /** Use a shared manager (not owned). By default the client owns its own. */
    void setNetworkAccessManager(QNetworkAccessManager *network);

    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    /**
     * Multiplies every backoff wait (not the delays reported by ApiRequest::retrying). Tests set 0.001 so a
     * 120 s Retry-After takes 120 ms while the computed delays stay checkable.
     */
    void setBackoffScale(double scale) { m_backoffScale = scale; }
    double backoffScale() const { return m_backoffScale; }
    /** Jitter source in [0, 1); tests inject a constant for exact delays. */
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }
    double nextRandom() const;

    /** Time to open a connection (DNS + TCP + TLS). SDK default 5 s. */
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    /** Longest silence while a request is in flight (no byte sent or received). SDK default 600 s. */
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    QByteArray userAgent() const;

    /** The newest rate-limit headers seen on any response of this client. */
    RateLimitInfo rateLimit() const { return m_rateLimit; }

    /** A request with URL, auth and the common headers; used by ApiRequest. */
    QNetworkRequest prepareRequest(const QString &path, const QUrlQuery &query) const;
    /** Called by requests for every response; updates the rate-limit state. */
    void noteResponse(const QNetworkReply &reply);

    /** Number of requests currently sending or waiting for a retry. */
    int activeRequestCount() const { return m_activeRequests; }
    void noteRequestStarted();
    void noteRequestEnded();

Q_SIGNALS:
    void rateLimitChanged(const Fts::Api::RateLimitInfo &info);
    /** Every 401/403: the GUI can offer to fix the profile. */
    void authenticationFailed(const Fts::Api::ApiError &error);
    void activeRequestCountChanged(int count);

private:
    std::unique_ptr<Provider> m_provider;
    QPointer<QNetworkAccessManager> m_network;
    bool m_ownsNetwork = true;
    RetryPolicy m_retryPolicy;
    double m_backoffScale = 1.0;
    std::function<double()> m_random;
    int m_connectTimeoutMs = 5000;
    int m_transferTimeoutMs = 600000;
    RateLimitInfo m_rateLimit;
    int m_activeRequests = 0;

    friend class ApiRequest;
};

} // namespace Fts::Api
