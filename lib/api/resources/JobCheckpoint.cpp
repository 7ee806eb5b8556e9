// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/JobCheckpoint.h"

#include "api/resources/JsonFields.h"

namespace Fts::Api {

JobCheckpoint JobCheckpoint::fromJson(const QJsonObject &object)
{
    JobCheckpoint checkpoint;
    checkpoint.raw = object;
    checkpoint.id = JsonFields::string(object, QLatin1String("id"));
    checkpoint.createdAt = JsonFields::integer(object, QLatin1String("created_at"));
    checkpoint.fineTunedModelCheckpoint = JsonFields::string(object, QLatin1String("fine_tuned_model_checkpoint"));
    checkpoint.stepNumber = JsonFields::integer(object, QLatin1String("step_number"));
    checkpoint.jobId = JsonFields::string(object, QLatin1String("fine_tuning_job_id"));
    checkpoint.metrics = JsonFields::numbers(JsonFields::object(object, QLatin1String("metrics")));
    return checkpoint;
}

} // namespace Fts::Api
