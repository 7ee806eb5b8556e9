// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Fts::Api {

/** The subset of `POST /chat/completions` used to try and compare models; `extra` is merged verbatim. */
struct ChatCompletionParams
{
    QString model;
    QJsonArray messages; ///< [{"role":"system"|"user"|"assistant", "content": …}, …]
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<qint64> maxCompletionTokens;
    std::optional<qint64> seed;
    QJsonObject extra;

    static QJsonObject message(const QString &role, const QString &content);
    /** The request body; streaming adds `stream: true` and `stream_options.include_usage`. */
    QJsonObject toJson(bool stream) const;
};

} // namespace Fts::Api
