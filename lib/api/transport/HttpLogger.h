// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkRequest>

Q_DECLARE_LOGGING_CATEGORY(lcApiHttp)

namespace Fts::Api {

/**
 * Request/response logging for the `fts.api.http` category (off below Info by default; enable with
 * QT_LOGGING_RULES="fts.api.http.debug=true"). Secret headers are replaced by "<redacted>" before anything
 * is formatted, so no log line can carry a key.
 */
class HttpLogger
{
public:
    static const QByteArray &redactedPlaceholder();
    static bool isSecretHeader(const QByteArray &name, const QList<QByteArray> &secretHeaders);
    /** "POST https://…/fine_tuning/jobs  Authorization: <redacted>  Content-Type: application/json". */
    static QString describeRequest(const QByteArray &verb, const QNetworkRequest &request,
                                   const QList<QByteArray> &secretHeaders);
    static void logRequest(const QByteArray &verb, const QNetworkRequest &request,
                           const QList<QByteArray> &secretHeaders, int attempt);
    static void logResponse(const QByteArray &verb, const QUrl &url, int status, const QByteArray &requestId,
                            qint64 elapsedMs, qint64 bytes);
};

} // namespace Fts::Api
