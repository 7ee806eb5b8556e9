// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/resources/UploadObject.h"

#include "api/resources/JsonFields.h"

namespace Fts::Api {

UploadObject UploadObject::fromJson(const QJsonObject &object)
{
    UploadObject upload;
    upload.raw = object;
    upload.id = JsonFields::string(object, QLatin1String("id"));
    upload.createdAt = JsonFields::integer(object, QLatin1String("created_at"));
    upload.filename = JsonFields::string(object, QLatin1String("filename"));
    upload.bytes = JsonFields::integer(object, QLatin1String("bytes"));
    upload.purpose = JsonFields::string(object, QLatin1String("purpose"));
    upload.status = JsonFields::string(object, QLatin1String("status"));
    upload.expiresAt = JsonFields::integer(object, QLatin1String("expires_at"));
    if (object.value(QLatin1String("file")).isObject())
        upload.file = FileObject::fromJson(object.value(QLatin1String("file")).toObject());
    return upload;
}

} // namespace Fts::Api
