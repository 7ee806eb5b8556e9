// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace Fts::Api {

namespace {

QString stringOrEmpty(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

ApiError ApiError::http(int status, const QJsonObject &errorBody, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.requestId = requestId;
    // The error may sit under "error" (OpenAI, Azure v1) or be the object itself (some compatible servers).
    const QJsonObject inner = errorBody.value(QLatin1String("error")).isObject()
        ? errorBody.value(QLatin1String("error")).toObject()
        : errorBody;
    error.type = stringOrEmpty(inner.value(QLatin1String("type")));
    error.code = stringOrEmpty(inner.value(QLatin1String("code")));
    error.message = stringOrEmpty(inner.value(QLatin1String("message")));
    error.param = stringOrEmpty(inner.value(QLatin1String("param")));
    if (error.message.isEmpty() && errorBody.value(QLatin1String("error")).isString())
        error.message = errorBody.value(QLatin1String("error")).toString();
    return error;
}

ApiError ApiError::fromHttpBody(int status, const QByteArray &body, const QString &requestId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject())
        return http(status, document.object(), requestId);
    ApiError error = http(status, QJsonObject(), requestId);
    // A proxy or load balancer answered with HTML or plain text: keep a short, printable excerpt.
    error.message = QString::fromUtf8(body.left(300)).simplified();
    return error;
}

ApiError ApiError::network(const QString &detail, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::Network;
    error.message = detail;
    error.requestId = requestId;
    return error;
}

ApiError ApiError::timeout(const QString &detail)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.message = detail;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    return error;
}

ApiError ApiError::invalidResponse(const QString &detail, const QString &requestId)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.message = detail;
    error.requestId = requestId;
    return error;
}

ApiError ApiError::invalidRequest(const QString &detail, const QString &param)
{
    ApiError error;
    error.kind = Kind::InvalidRequest;
    error.message = detail;
    error.param = param;
    return error;
}

bool ApiError::isQuotaExhausted() const
{
    static const QString quota = QStringLiteral("insufficient_quota");
    return httpStatus == 429 && (type == quota || code == quota);
}

QString ApiError::userMessage() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Timeout:
        text = tr("The provider did not answer in time. Check your connection and try again.");
        break;
    case Kind::Network:
        text = tr("Could not reach the provider (%1). Check your internet connection or the base URL.")
                   .arg(message.isEmpty() ? tr("network error") : message);
        break;
    case Kind::InvalidResponse:
        text = tr("The provider sent an answer that could not be read (%1).").arg(message);
        break;
    case Kind::InvalidRequest:
        text = param.isEmpty() ? message : tr("%1 (field \"%2\")").arg(message, param);
        break;
    case Kind::Stream:
        text = tr("The provider reported an error while answering: %1").arg(message);
        break;
    case Kind::Http: {
        QString plain;
        if (isQuotaExhausted())
            plain = tr("Your account has run out of credit or quota. Add credit in the provider's billing page; "
                       "retrying will not help.");
        else if (httpStatus == 401)
            plain = tr("The API key was rejected. Check the key in the connection profile.");
        else if (httpStatus == 403)
            plain = tr("This key is not allowed to do that (missing permission, or the region is not supported).");
        else if (httpStatus == 404)
            plain = tr("The provider does not know this file, job or model.");
        else if (httpStatus == 429)
            plain = tr("The provider is rate-limiting requests. Wait a moment and try again.");
        else if (httpStatus >= 500)
            plain = tr("The provider had a problem on its side (HTTP %1). Try again in a few minutes.").arg(httpStatus);
        else if (httpStatus == 400 || httpStatus == 422)
            plain = tr("The provider rejected the request.");
        else
            plain = tr("The provider answered with HTTP %1.").arg(httpStatus);
        text = plain;
        if (!message.isEmpty())
            text += QLatin1Char(' ') + tr("Provider said: \"%1\"").arg(message);
        if (!param.isEmpty())
            text += QLatin1Char(' ') + tr("(field \"%1\")").arg(param);
        break;
    }
    }
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("Request id: %1").arg(requestId);
    return text;
}

QString ApiError::technicalSummary() const
{
    QString text = kind == Kind::Http ? QStringLiteral("HTTP %1").arg(httpStatus) : kindName(kind);
    const QString what = code.isEmpty() ? type : code;
    if (!what.isEmpty())
        text += QLatin1Char(' ') + what;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!param.isEmpty())
        text += QStringLiteral(" [param ") + param + QLatin1Char(']');
    if (!requestId.isEmpty())
        text += QStringLiteral(" (request ") + requestId + QLatin1Char(')');
    return text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::InvalidResponse: return QStringLiteral("invalid-response");
    case Kind::InvalidRequest: return QStringLiteral("invalid-request");
    case Kind::Stream: return QStringLiteral("stream");
    }
    return {};
}

} // namespace Fts::Api
