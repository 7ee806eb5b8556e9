// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/HttpLogger.h"

#include <QUrl>

Q_LOGGING_CATEGORY(lcApiHttp, "fts.api.http", QtInfoMsg)

namespace Fts::Api {

const QByteArray &HttpLogger::redactedPlaceholder()
{
    static const QByteArray placeholder = QByteArrayLiteral("<redacted>");
    return placeholder;
}

bool HttpLogger::isSecretHeader(const QByteArray &name, const QList<QByteArray> &secretHeaders)
{
    const QByteArray lower = name.toLower();
    // Always redacted, whatever the provider declares: a custom provider may forget one of them.
    if (lower == "authorization" || lower == "api-key" || lower == "proxy-authorization" || lower == "x-api-key")
        return true;
    return secretHeaders.contains(lower);
}

QString HttpLogger::describeRequest(const QByteArray &verb, const QNetworkRequest &request,
                                    const QList<QByteArray> &secretHeaders)
{
    QString text = QString::fromLatin1(verb) + QLatin1Char(' ')
        + request.url().toDisplayString(QUrl::RemoveUserInfo);
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray value = isSecretHeader(name, secretHeaders) ? redactedPlaceholder() : request.rawHeader(name);
        text += QStringLiteral("  ") + QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    }
    return text;
}

void HttpLogger::logRequest(const QByteArray &verb, const QNetworkRequest &request,
                            const QList<QByteArray> &secretHeaders, int attempt)
{
    if (!lcApiHttp().isDebugEnabled())
        return;
    qCDebug(lcApiHttp).noquote() << QStringLiteral("attempt %1:").arg(attempt)
                                 << describeRequest(verb, request, secretHeaders);
}

void HttpLogger::logResponse(const QByteArray &verb, const QUrl &url, int status, const QByteArray &requestId,
                             qint64 elapsedMs, qint64 bytes)
{
    qCDebug(lcApiHttp).noquote() << QString::fromLatin1(verb) << url.toDisplayString(QUrl::RemoveUserInfo) << "->"
                                 << status << "in" << elapsedMs << "ms," << bytes << "bytes, request id"
                                 << QString::fromLatin1(requestId);
}

} // namespace Fts::Api
