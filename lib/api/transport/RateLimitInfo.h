// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>

namespace Fts::Api {

/** The `x-ratelimit-*` headers of the latest response: -1 where a header was absent (Azure may send -1). */
struct RateLimitInfo
{
    qint64 limitRequests = -1;
    qint64 limitTokens = -1;
    qint64 remainingRequests = -1;
    qint64 remainingTokens = -1;
    qint64 resetRequestsMs = -1;
    qint64 resetTokensMs = -1;
    QDateTime receivedAt;

    bool isValid() const { return receivedAt.isValid(); }
    /** Parses the headers of one reply; isValid() is false when it carries no rate-limit header at all. */
    static RateLimitInfo fromReply(const QNetworkReply &reply);
    static RateLimitInfo fromHeaders(const QList<QNetworkReply::RawHeaderPair> &headers);
    /** Go-style durations as OpenAI sends them: "12ms", "1s", "6m0s", "1h2m3.5s"; -1 if unreadable. */
    static qint64 parseDurationMs(const QByteArray &text);
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::RateLimitInfo)
