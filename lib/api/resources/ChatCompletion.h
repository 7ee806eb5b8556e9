// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Fts::Api {

/** A finished chat answer (plain or assembled from a stream), with usage and timing. */
struct ChatCompletion
{
    struct Usage
    {
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        qint64 totalTokens = 0;
        std::optional<qint64> cachedTokens;
        std::optional<qint64> reasoningTokens;
        bool present = false;

        static Usage fromJson(const QJsonObject &object);
    };

    QString id;
    QString model;
    qint64 created = 0;
    QString content;
    QString refusal;
    QString finishReason;
    QString systemFingerprint;
    Usage usage;
    QString requestId;
    qint64 latencyMs = 0;           ///< request sent → last byte
    qint64 timeToFirstTokenMs = -1; ///< streaming only: request sent → first content delta
    QJsonObject raw;                ///< the response (plain) or the last chunk (streamed)

    static ChatCompletion fromJson(const QJsonObject &object);
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::ChatCompletion)
