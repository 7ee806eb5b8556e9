// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Fts::Eval {

/** One line of a job's event log (`fine_tuning.job.event`). */
struct RunEvent
{
    enum class Level { Info, Warning, Error };

    QString id;
    QDateTime createdAt;
    Level level = Level::Info;
    QString message;
    bool isMetrics = false;

    static RunEvent fromJson(const QJsonObject &event);
    QJsonObject toJson() const;
    static Level levelFromString(const QString &level);
    static QString levelToString(Level level);
};

} // namespace Fts::Eval
