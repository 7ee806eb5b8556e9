// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Fts::Api {

/** A `fine_tuning.job.event`. Metrics events carry step, train_loss, valid_loss… in `data`. */
struct JobEvent
{
    QString id;
    qint64 createdAt = 0;
    QString level;   ///< info, warn, error, or whatever arrives
    QString message;
    QString type;    ///< message, metrics, or whatever arrives
    QJsonObject data;
    QJsonObject raw;

    static JobEvent fromJson(const QJsonObject &object);
    bool isMetrics() const;
    /** All numeric values of `data` (step, total_steps, train_loss, full_valid_loss…). */
    QMap<QString, double> metrics() const;
    std::optional<double> metric(const QString &key) const;
    std::optional<qint64> step() const;
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::JobEvent)
