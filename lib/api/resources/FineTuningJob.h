// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Fts::Api {

/**
 * A `fine_tuning.job`, parsed leniently: unknown statuses become Status::Other with the text kept in
 * statusText, `error: {}` / all-null errors on healthy jobs are not errors, `hyperparameters: null` (DPO) is
 * an empty object, and the whole object stays available in `raw`.
 */
struct FineTuningJob
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::FineTuningJob)

public:
    enum class Status { ValidatingFiles, Queued, Running, Paused, Succeeded, Failed, Cancelled, Other };

    struct Error
    {
        QString code;
        QString message;
        QString param;
    };

    QString id;
    QString model;
    QString fineTunedModel;
    QString organizationId;
    QString trainingFile;
    QString validationFile;
    QString suffix; ///< `user_provided_suffix`
    QString methodType; ///< "supervised", "dpo", "reinforcement" or whatever the provider says
    Status status = Status::Other;
    QString statusText;
    qint64 createdAt = 0;
    std::optional<qint64> finishedAt;
    std::optional<qint64> estimatedFinish;
    std::optional<qint64> trainedTokens;
    std::optional<qint64> seed;
    QStringList resultFiles;
    /** Resolved hyperparameters (auto made concrete); method hyperparameters when the top level is null. */
    QJsonObject hyperparameters;
    QMap<QString, QString> metadata;
    Error error;
    QJsonObject raw;

    static FineTuningJob fromJson(const QJsonObject &object);
    static Status statusFromString(const QString &text);
    static QString statusToString(Status status);
    /** "Validating files", "Running"… for display; unknown statuses are shown verbatim. */
    QString statusDisplayText() const;

    bool isTerminal() const;
    /** Worth polling: validating, queued, running (paused jobs change only on the user's request). */
    bool isActive() const;
    /** Only a failed job or a non-empty message counts: real responses carry `{}` or all-null errors. */
    bool hasError() const;
    /** Fields the parser does not know, e.g. `usage_metrics`, `shared_with_openai`. */
    QStringList unknownFields() const;
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::FineTuningJob)
