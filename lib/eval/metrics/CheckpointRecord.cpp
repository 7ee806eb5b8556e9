// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/CheckpointRecord.h"

namespace Fts::Eval {

CheckpointRecord CheckpointRecord::fromJson(const QJsonObject &checkpoint)
{
    CheckpointRecord result;
    result.id = checkpoint.value(QLatin1String("id")).toString();
    result.modelName = checkpoint.value(QLatin1String("fine_tuned_model_checkpoint")).toString();
    result.step = checkpoint.value(QLatin1String("step_number")).toInt();
    result.createdAt = QDateTime::fromSecsSinceEpoch(checkpoint.value(QLatin1String("created_at")).toInteger(), Qt::UTC);
    bool hasStep = false;
    result.metrics = MetricPoint::fromJson(checkpoint.value(QLatin1String("metrics")).toObject(), &hasStep);
    // The checkpoint's own step_number is authoritative; metrics.step is optional.
    if (!hasStep || result.step > 0)
        result.metrics.setStep(result.step);
    if (result.step == 0)
        result.step = result.metrics.step();
    return result;
}

QJsonObject CheckpointRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("fine_tuning.job.checkpoint")},
            {QStringLiteral("fine_tuned_model_checkpoint"), modelName},
            {QStringLiteral("step_number"), step},
            {QStringLiteral("created_at"), createdAt.toSecsSinceEpoch()},
            {QStringLiteral("metrics"), metrics.toJson()}};
}

} // namespace Fts::Eval
