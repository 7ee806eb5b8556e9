// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>

namespace Fts::Api {

/**
 * The official SDK's retry rules, copied constant for constant (openai-python `_base_client.py`): at most two
 * retries, exponential backoff 0.5 s → 8 s with up to 25 % jitter, server-directed delays honoured up to 120 s.
 */
struct RetryPolicy
{
    int maxRetries = 2;
    int initialDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 120000;

    /**
     * Whether a failed attempt may be tried again. `shouldRetryHeader` is the raw `x-should-retry` value:
     * the server's explicit "true"/"false" wins over the status rules. Never retries a cancelled request,
     * a client-side validation error, an unreadable response, or 429 insufficient_quota.
     */
    bool isRetryable(const ApiError &error, const QByteArray &shouldRetryHeader = {}) const;

    /**
     * Delay before retry number `retryIndex` (0 for the first retry). Honours `retry-after-ms`, then
     * `retry-after` (seconds, fractional seconds or an HTTP date); returns -1 when the server asks for more
     * than maxRetryAfterMs, which means: do not retry, tell the user. `random01` is the jitter source.
     */
    int delayMs(int retryIndex, const QByteArray &retryAfterMsHeader, const QByteArray &retryAfterHeader,
                double random01, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /** The server-directed delay in ms, or -1 if the headers give none. */
    static qint64 serverDirectedDelayMs(const QByteArray &retryAfterMsHeader, const QByteArray &retryAfterHeader,
                                        const QDateTime &now);
    static bool isRetryableStatus(int status);
};

} // namespace Fts::Api
