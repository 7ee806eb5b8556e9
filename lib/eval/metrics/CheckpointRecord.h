// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/metrics/MetricPoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Fts::Eval {

/** A saved checkpoint of a job (`fine_tuning.job.checkpoint`): a model usable for chat, with its metrics. */
struct CheckpointRecord
{
    QString id;
    QString modelName;
    int step = 0;
    QDateTime createdAt;
    MetricPoint metrics;

    static CheckpointRecord fromJson(const QJsonObject &checkpoint);
    QJsonObject toJson() const;
};

} // namespace Fts::Eval
