// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/FileObject.h"

#include "api/resources/JsonFields.h"

namespace Fts::Api {

FileObject FileObject::fromJson(const QJsonObject &object)
{
    FileObject file;
    file.raw = object;
    file.id = JsonFields::string(object, QLatin1String("id"));
    file.bytes = JsonFields::integer(object, QLatin1String("bytes"));
    file.createdAt = JsonFields::integer(object, QLatin1String("created_at"));
    file.expiresAt = JsonFields::optionalInteger(object, QLatin1String("expires_at"));
    file.filename = JsonFields::string(object, QLatin1String("filename"));
    file.purpose = JsonFields::string(object, QLatin1String("purpose"));
    file.status = JsonFields::string(object, QLatin1String("status"));
    file.statusDetails = JsonFields::string(object, QLatin1String("status_details"));
    return file;
}

} // namespace Fts::Api
