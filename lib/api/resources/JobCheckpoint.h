// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Fts::Api {

/** A `fine_tuning.job.checkpoint`: one per epoch, only the last three kept; usable as a chat model. */
struct JobCheckpoint
{
    QString id;
    qint64 createdAt = 0;
    QString fineTunedModelCheckpoint;
    qint64 stepNumber = 0;
    QString jobId;
    QMap<QString, double> metrics;
    QJsonObject raw;

    static JobCheckpoint fromJson(const QJsonObject &object);
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::JobCheckpoint)
