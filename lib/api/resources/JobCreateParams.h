// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/resources/Hyperparameter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace Fts::Api {

/**
 * What `POST /fine_tuning/jobs` takes. validate() checks every rule the API enforces (and the suffix
 * charset it should) so the user hears about a bad value before anything is uploaded or billed.
 * Unset optional hyperparameters are not sent, which the API treats as "auto".
 */
struct JobCreateParams
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::JobCreateParams)

public:
    enum class Method { Supervised, Dpo };

    QString model;
    QString trainingFile;
    QString validationFile;
    Method method = Method::Supervised;
    std::optional<Hyperparameter> epochs;
    std::optional<Hyperparameter> batchSize;
    std::optional<Hyperparameter> learningRateMultiplier;
    std::optional<Hyperparameter> beta; ///< DPO only
    QString suffix;
    std::optional<qint64> seed;
    QMap<QString, QString> metadata;

    ApiError validate() const;
    QJsonObject toJson() const;
    static bool isValidSuffix(const QString &suffix);
    static QString methodName(Method method);
    static std::optional<Method> methodFromName(const QString &name);
};

} // namespace Fts::Api
