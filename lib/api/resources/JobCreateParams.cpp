// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobCreateParams.h"

#include <QRegularExpression>

namespace Fts::Api {

bool JobCreateParams::isValidSuffix(const QString &suffix)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(suffix).hasMatch();
}

QString JobCreateParams::methodName(Method method)
{
    return method == Method::Dpo ? QStringLiteral("dpo") : QStringLiteral("supervised");
}

std::optional<JobCreateParams::Method> JobCreateParams::methodFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("supervised") || lower == QLatin1String("sft"))
        return Method::Supervised;
    if (lower == QLatin1String("dpo"))
        return Method::Dpo;
    return std::nullopt;
}

ApiError JobCreateParams::validate() const
{
    if (model.trimmed().isEmpty())
        return ApiError::invalidRequest(tr("Choose a base model to fine-tune."), QStringLiteral("model"));
    if (trainingFile.trimmed().isEmpty())
        return ApiError::invalidRequest(tr("Choose a training file."), QStringLiteral("training_file"));
    if (!validationFile.isEmpty() && validationFile == trainingFile)
        return ApiError::invalidRequest(tr("The validation file must not be the training file."),
                                        QStringLiteral("validation_file"));
    if (!suffix.isEmpty() && !isValidSuffix(suffix))
        return ApiError::invalidRequest(tr("The model name suffix may only contain letters, digits, \"-\" and "
                                           "\"_\", at most 64 characters (it is \"%1\").")
                                            .arg(suffix),
                                        QStringLiteral("suffix"));
    if (epochs && !epochs->isAuto && (!epochs->isInteger() || epochs->value < 1 || epochs->value > 50))
        return ApiError::invalidRequest(tr("The number of epochs must be a whole number from 1 to 50, or auto."),
                                        QStringLiteral("n_epochs"));
    if (batchSize && !batchSize->isAuto && (!batchSize->isInteger() || batchSize->value < 1 || batchSize->value > 256))
        return ApiError::invalidRequest(tr("The batch size must be a whole number from 1 to 256, or auto."),
                                        QStringLiteral("batch_size"));
    if (learningRateMultiplier && !learningRateMultiplier->isAuto && !(learningRateMultiplier->value > 0))
        return ApiError::invalidRequest(tr("The learning rate multiplier must be greater than 0, or auto."),
                                        QStringLiteral("learning_rate_multiplier"));
    if (beta && method != Method::Dpo)
        return ApiError::invalidRequest(tr("Beta only applies to preference (DPO) training."), QStringLiteral("beta"));
    if (beta && !beta->isAuto && !(beta->value > 0 && beta->value <= 2))
        return ApiError::invalidRequest(tr("Beta must be greater than 0 and at most 2, or auto."),
                                        QStringLiteral("beta"));
    if (seed && (*seed < 0 || *seed > 2147483647))
        return ApiError::invalidRequest(tr("The seed must be a whole number from 0 to 2147483647."),
                                        QStringLiteral("seed"));
    if (metadata.size() > 16)
        return ApiError::invalidRequest(tr("At most 16 metadata entries are allowed."), QStringLiteral("metadata"));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > 64 || it.value().size() > 512)
            return ApiError::invalidRequest(tr("Metadata keys must have 1 to 64 characters and values at most 512 "
                                               "(\"%1\").")
                                                .arg(it.key()),
                                            QStringLiteral("metadata"));
    }
    return {};
}

QJsonObject JobCreateParams::toJson() const
{
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("training_file"), trainingFile}};
    if (!validationFile.isEmpty())
        body.insert(QStringLiteral("validation_file"), validationFile);
    if (!suffix.isEmpty())
        body.insert(QStringLiteral("suffix"), suffix);
    if (seed)
        body.insert(QStringLiteral("seed"), *seed);
    if (!metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        body.insert(QStringLiteral("metadata"), meta);
    }
    QJsonObject hyperparameters;
    if (epochs)
        hyperparameters.insert(QStringLiteral("n_epochs"), epochs->toJson(true));
    if (batchSize)
        hyperparameters.insert(QStringLiteral("batch_size"), batchSize->toJson(true));
    if (learningRateMultiplier)
        hyperparameters.insert(QStringLiteral("learning_rate_multiplier"), learningRateMultiplier->toJson(false));
    if (beta && method == Method::Dpo)
        hyperparameters.insert(QStringLiteral("beta"), beta->toJson(false));
    const QString name = methodName(method);
    QJsonObject branch;
    if (!hyperparameters.isEmpty())
        branch.insert(QStringLiteral("hyperparameters"), hyperparameters);
    body.insert(QStringLiteral("method"), QJsonObject{{QStringLiteral("type"), name}, {name, branch}});
    return body;
}

} // namespace Fts::Api
