// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FineTuningJob.h"

#include "api/resources/JsonFields.h"

namespace Fts::Api {

FineTuningJob FineTuningJob::fromJson(const QJsonObject &object)
{
    FineTuningJob job;
    job.raw = object;
    job.id = JsonFields::string(object, QLatin1String("id"));
    job.model = JsonFields::string(object, QLatin1String("model"));
    job.fineTunedModel = JsonFields::string(object, QLatin1String("fine_tuned_model"));
    job.organizationId = JsonFields::string(object, QLatin1String("organization_id"));
    job.trainingFile = JsonFields::string(object, QLatin1String("training_file"));
    job.validationFile = JsonFields::string(object, QLatin1String("validation_file"));
    job.suffix = JsonFields::string(object, QLatin1String("user_provided_suffix"));
    job.statusText = JsonFields::string(object, QLatin1String("status"));
    job.status = statusFromString(job.statusText);
    job.createdAt = JsonFields::integer(object, QLatin1String("created_at"));
    job.finishedAt = JsonFields::optionalInteger(object, QLatin1String("finished_at"));
    job.estimatedFinish = JsonFields::optionalInteger(object, QLatin1String("estimated_finish"));
    job.trainedTokens = JsonFields::optionalInteger(object, QLatin1String("trained_tokens"));
    job.seed = JsonFields::optionalInteger(object, QLatin1String("seed"));
    job.resultFiles = JsonFields::strings(object, QLatin1String("result_files"));
    job.metadata = JsonFields::stringMap(object, QLatin1String("metadata"));

    const QJsonObject method = JsonFields::object(object, QLatin1String("method"));
    job.methodType = JsonFields::string(method, QLatin1String("type"));
    job.hyperparameters = JsonFields::object(object, QLatin1String("hyperparameters"));
    if (job.hyperparameters.isEmpty() && !job.methodType.isEmpty()) {
        const QJsonObject branch = JsonFields::object(method, QLatin1String(job.methodType.toLatin1()));
        job.hyperparameters = JsonFields::object(branch, QLatin1String("hyperparameters"));
    }
    if (job.methodType.isEmpty())
        job.methodType = QStringLiteral("supervised");

    const QJsonValue errorValue = object.value(QLatin1String("error"));
    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        job.error.code = JsonFields::string(error, QLatin1String("code"));
        job.error.message = JsonFields::string(error, QLatin1String("message"));
        job.error.param = JsonFields::string(error, QLatin1String("param"));
    } else if (errorValue.isString()) {
        job.error.message = errorValue.toString();
    }
    return job;
}

FineTuningJob::Status FineTuningJob::statusFromString(const QString &text)
{
    static const QMap<QString, Status> statuses{
        {QStringLiteral("validating_files"), Status::ValidatingFiles},
        {QStringLiteral("queued"), Status::Queued},
        {QStringLiteral("running"), Status::Running},
        {QStringLiteral("paused"), Status::Paused},
        {QStringLiteral("succeeded"), Status::Succeeded},
        {QStringLiteral("failed"), Status::Failed},
        {QStringLiteral("cancelled"), Status::Cancelled},
    };
    return statuses.value(text.trimmed().toLower(), Status::Other);
}

QString FineTuningJob::statusToString(Status status)
{
    switch (status) {
    case Status::ValidatingFiles: return QStringLiteral("validating_files");
    case Status::Queued: return QStringLiteral("queued");
    case Status::Running: return QStringLiteral("running");
    case Status::Paused: return QStringLiteral("paused");
    case Status::Succeeded: return QStringLiteral("succeeded");
    case Status::Failed: return QStringLiteral("failed");
    case Status::Cancelled: return QStringLiteral("cancelled");
    case Status::Other: break;
    }
    return {};
}

QString FineTuningJob::statusDisplayText() const
{
    switch (status) {
    case Status::ValidatingFiles: return tr("Validating files");
    case Status::Queued: return tr("Queued");
    case Status::Running: return tr("Running");
    case Status::Paused: return tr("Paused");
    case Status::Succeeded: return tr("Succeeded");
    case Status::Failed: return tr("Failed");
    case Status::Cancelled: return tr("Cancelled");
    case Status::Other: break;
    }
    return statusText.isEmpty() ? tr("Unknown") : statusText;
}

bool FineTuningJob::isTerminal() const
{
    return status == Status::Succeeded || status == Status::Failed || status == Status::Cancelled;
}

bool FineTuningJob::isActive() const
{
    return status == Status::ValidatingFiles || status == Status::Queued || status == Status::Running;
}

bool FineTuningJob::hasError() const
{
    return status == Status::Failed || !error.message.isEmpty();
}

QStringList FineTuningJob::unknownFields() const
{
    static const QStringList known{
        QStringLiteral("id"), QStringLiteral("object"), QStringLiteral("created_at"), QStringLiteral("error"),
        QStringLiteral("fine_tuned_model"), QStringLiteral("finished_at"), QStringLiteral("hyperparameters"),
        QStringLiteral("model"), QStringLiteral("organization_id"), QStringLiteral("result_files"),
        QStringLiteral("status"), QStringLiteral("trained_tokens"), QStringLiteral("training_file"),
        QStringLiteral("validation_file"), QStringLiteral("seed"), QStringLiteral("estimated_finish"),
        QStringLiteral("integrations"), QStringLiteral("method"), QStringLiteral("metadata"),
        QStringLiteral("user_provided_suffix"),
    };
    return JsonFields::unknownKeys(raw, known);
}

} // namespace Fts::Api
