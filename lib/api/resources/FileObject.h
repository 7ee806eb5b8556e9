// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Fts::Api {

/** An `OpenAIFile` (`status` is deprecated upstream: shown, never relied on). */
struct FileObject
{
    QString id;
    qint64 bytes = 0;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt;
    QString filename;
    QString purpose;
    QString status;
    QString statusDetails;
    QJsonObject raw;

    static FileObject fromJson(const QJsonObject &object);
};

} // namespace Fts::Api

Q_DECLARE_METATYPE(Fts::Api::FileObject)
