// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace Fts::Api {

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

bool RetryPolicy::isRetryable(const ApiError &error, const QByteArray &shouldRetryHeader) const
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http: {
        // Retrying an empty account only burns the retry budget and delays the real message.
        if (error.isQuotaExhausted())
            return false;
        const QByteArray hint = shouldRetryHeader.trimmed().toLower();
        if (hint == "true")
            return true;
        if (hint == "false")
            return false;
        return isRetryableStatus(error.httpStatus);
    }
    default:
        return false;
    }
}

qint64 RetryPolicy::serverDirectedDelayMs(const QByteArray &retryAfterMsHeader, const QByteArray &retryAfterHeader,
                                          const QDateTime &now)
{
    bool ok = false;
    const double milliseconds = retryAfterMsHeader.trimmed().toDouble(&ok);
    if (ok && std::isfinite(milliseconds))
        return qint64(std::llround(milliseconds));
    const QByteArray retryAfter = retryAfterHeader.trimmed();
    if (retryAfter.isEmpty())
        return -1;
    const double seconds = retryAfter.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return qint64(std::llround(seconds * 1000.0));
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser only accepts as a numeric offset.
    QString dateText = QString::fromLatin1(retryAfter);
    if (dateText.endsWith(QLatin1String(" GMT")) || dateText.endsWith(QLatin1String(" UTC")))
        dateText = dateText.left(dateText.size() - 4) + QStringLiteral(" +0000");
    const QDateTime date = QDateTime::fromString(dateText, Qt::RFC2822Date);
    if (date.isValid())
        return std::max<qint64>(0, now.msecsTo(date));
    return -1;
}

int RetryPolicy::delayMs(int retryIndex, const QByteArray &retryAfterMsHeader, const QByteArray &retryAfterHeader,
                         double random01, const QDateTime &now) const
{
    const qint64 directed = serverDirectedDelayMs(retryAfterMsHeader, retryAfterHeader, now);
    if (directed > maxRetryAfterMs)
        return -1;
    if (directed >= 0)
        return int(directed);
    const double exponential = std::min(double(initialDelayMs) * std::pow(2.0, std::min(retryIndex, 30)),
                                        double(maxDelayMs));
    const double jitter = 1.0 - 0.25 * std::clamp(random01, 0.0, 1.0);
    return int(std::lround(std::max(0.0, exponential * jitter)));
}

} // namespace Fts::Api
