// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/FileObject.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Fts::Api {

/** An `upload` of the Uploads API (pending → completed | cancelled | expired); `file` once completed. */
struct UploadObject
{
    QString id;
    qint64 createdAt = 0;
    QString filename;
    qint64 bytes = 0;
    QString purpose;
    QString status;
    qint64 expiresAt = 0;
    std::optional<FileObject> file;
    QJsonObject raw;

    static UploadObject fromJson(const QJsonObject &object);
};

} // namespace Fts::Api
