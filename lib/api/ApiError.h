// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Fts::Api {

/**
 * What went wrong with one request, in the provider's words and ours.
 *
 * The provider's fields (type, code, message, param) come verbatim from the `{"error": {...}}` body;
 * userMessage() turns them into plain words for domain experts and always names the request id,
 * because that is what provider support asks for.
 */
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::ApiError)

public:
    enum class Kind {
        None,            ///< no error
        Http,            ///< the server answered with a non-2xx status
        Network,         ///< connection refused, reset, DNS, TLS…
        Timeout,         ///< connect or transfer timeout
        Cancelled,       ///< cancelled by the user or the program
        InvalidResponse, ///< the body could not be understood (truncated JSON, wrong shape, too large)
        InvalidRequest,  ///< rejected before sending (bad suffix, insecure URL, unsupported operation)
        Stream,          ///< an error object arrived inside a server-sent event stream
    };

    ApiError() = default;
    static ApiError http(int status, const QJsonObject &errorBody, const QString &requestId);
    static ApiError fromHttpBody(int status, const QByteArray &body, const QString &requestId);
    static ApiError network(const QString &detail, const QString &requestId = {});
    static ApiError timeout(const QString &detail = {});
    static ApiError cancelled();
    static ApiError invalidResponse(const QString &detail, const QString &requestId = {});
    static ApiError invalidRequest(const QString &detail, const QString &param = {});

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    /** 429 with type or code `insufficient_quota`: waiting does not help, the account needs credit. */
    bool isQuotaExhausted() const;
    bool isRateLimited() const { return httpStatus == 429 && !isQuotaExhausted(); }
    bool isAuthenticationError() const { return httpStatus == 401 || httpStatus == 403; }

    /** One or two sentences a clinician or lawyer can act on; ends with the request id when known. */
    QString userMessage() const;
    /** Compact form for logs and the CLI's stderr: `HTTP 429 rate_limit_exceeded: … (request req_…)`. */
    QString technicalSummary() const;
    static QString kindName(Kind kind);

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type;
    QString code;
    QString message;
    QString param;
    QString requestId;
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::ApiError)
