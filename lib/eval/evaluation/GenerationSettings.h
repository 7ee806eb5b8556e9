// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Fts::Eval {

/** The sampling settings of an evaluation; part of the key under which answers are stored. */
struct GenerationSettings
{
    double temperature = 0.0;      ///< 0 by default: an evaluation should measure the model, not the dice
    int maxCompletionTokens = 0;   ///< 0 leaves the limit to the server
    std::optional<qint64> seed;    ///< best effort on OpenAI; still sent so a rerun can match

    /** Canonical text of the settings, e.g. "t=0;max=256;seed=7": equal settings give equal keys. */
    QString key() const;
    QJsonObject toJson() const;
    static GenerationSettings fromJson(const QJsonObject &object);
    /** Adds temperature, max_completion_tokens and seed to a chat request body. */
    void applyTo(QJsonObject &requestBody) const;
    bool operator==(const GenerationSettings &other) const = default;
};

} // namespace Fts::Eval
