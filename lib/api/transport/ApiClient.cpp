// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/ApiClient.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSysInfo>

namespace Fts::Api {

ApiClient::ApiClient(std::unique_ptr<Provider> provider, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_network(new QNetworkAccessManager(this))
{
    Q_ASSERT(m_provider);
    qRegisterMetaType<Fts::Api::ApiError>();
    qRegisterMetaType<Fts::Api::RateLimitInfo>();
    // No HSTS/redirect surprises: a redirect may only stay on HTTPS (or loopback HTTP).
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Requests are children: delete them first so they abort their replies while the manager still exists.
    const auto children = findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly);
    for (QObject *child : children) {
        if (child != m_network)
            delete child;
    }
}

void ApiClient::setNetworkAccessManager(QNetworkAccessManager *network)
{
    if (m_ownsNetwork && m_network)
        m_network->deleteLater();
    m_network = network;
    m_ownsNetwork = false;
}

double ApiClient::nextRandom() const
{
    return m_random ? m_random() : QRandomGenerator::global()->generateDouble();
}

QByteArray ApiClient::userAgent() const
{
    return QByteArrayLiteral("FinetuneStudio/" FTS_VERSION " (") + QSysInfo::prettyProductName().toUtf8() + ')';
}

QNetworkRequest ApiClient::prepareRequest(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest request(m_provider->endpoint(path, query));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_provider->authorize(request);
    return request;
}

void ApiClient::noteResponse(const QNetworkReply &reply)
{
    const RateLimitInfo info = RateLimitInfo::fromReply(reply);
    if (!info.isValid())
        return;
    m_rateLimit = info;
    Q_EMIT rateLimitChanged(m_rateLimit);
}

void ApiClient::noteRequestStarted()
{
    ++m_activeRequests;
    Q_EMIT activeRequestCountChanged(m_activeRequests);
}

void ApiClient::noteRequestEnded()
{
    --m_activeRequests;
    Q_EMIT activeRequestCountChanged(m_activeRequests);
}

} // namespace Fts::Api

#include "moc_ApiClient.cpp"
