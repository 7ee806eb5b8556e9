// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Fts::Api {

/** A `model` from `GET /models`, with the `shutdown_date` OpenAI added in 2026. */
struct ModelInfo
{
    QString id;
    qint64 created = 0;
    QString ownedBy;
    QDate shutdownDate; ///< invalid when null or absent
    QJsonObject raw;

    static ModelInfo fromJson(const QJsonObject &object);
    bool isFineTuned() const { return id.startsWith(QLatin1String("ft:")); }
    /** True when the shutdown date is today or earlier. */
    bool isShutDown(const QDate &today = QDate::currentDate()) const;
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::ModelInfo)
