// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/RateLimitInfo.h"

#include <cmath>

namespace Fts::Api {

RateLimitInfo RateLimitInfo::fromReply(const QNetworkReply &reply)
{
    return fromHeaders(reply.rawHeaderPairs());
}

RateLimitInfo RateLimitInfo::fromHeaders(const QList<QNetworkReply::RawHeaderPair> &headers)
{
    RateLimitInfo info;
    bool any = false;
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        if (!name.startsWith("x-ratelimit-"))
            continue;
        bool ok = false;
        const qint64 number = value.trimmed().toLongLong(&ok);
        const qint64 count = ok ? number : -1;
        if (name == "x-ratelimit-limit-requests")
            info.limitRequests = count;
        else if (name == "x-ratelimit-limit-tokens")
            info.limitTokens = count;
        else if (name == "x-ratelimit-remaining-requests")
            info.remainingRequests = count;
        else if (name == "x-ratelimit-remaining-tokens")
            info.remainingTokens = count;
        else if (name == "x-ratelimit-reset-requests")
            info.resetRequestsMs = parseDurationMs(value);
        else if (name == "x-ratelimit-reset-tokens")
            info.resetTokensMs = parseDurationMs(value);
        else
            continue;
        any = true;
    }
    if (any)
        info.receivedAt = QDateTime::currentDateTimeUtc();
    return info;
}

qint64 RateLimitInfo::parseDurationMs(const QByteArray &text)
{
    const QByteArray input = text.trimmed();
    if (input.isEmpty())
        return -1;
    double total = 0;
    qsizetype position = 0;
    while (position < input.size()) {
        const qsizetype numberStart = position;
        while (position < input.size() && (std::isdigit(uchar(input.at(position))) || input.at(position) == '.'))
            ++position;
        if (position == numberStart)
            return -1;
        bool ok = false;
        const double value = input.mid(numberStart, position - numberStart).toDouble(&ok);
        if (!ok)
            return -1;
        const qsizetype unitStart = position;
        while (position < input.size() && std::isalpha(uchar(input.at(position))))
            ++position;
        const QByteArray unit = input.mid(unitStart, position - unitStart);
        if (unit == "ms")
            total += value;
        else if (unit == "s" || unit.isEmpty())
            total += value * 1000.0;
        else if (unit == "m")
            total += value * 60000.0;
        else if (unit == "h")
            total += value * 3600000.0;
        else if (unit == "us" || unit == "µs")
            total += value / 1000.0;
        else if (unit == "ns")
            total += value / 1e6;
        else
            return -1;
    }
    return qint64(std::llround(total));
}

} // namespace Fts::Api
