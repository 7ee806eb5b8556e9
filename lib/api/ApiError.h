// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Fts::Api {

/** What went wrong with one request, in the provider's words and ours. */
struct ApiError
{
    int httpStatus = 0;
    QString type;
    QString code;
    QString message;
    QString param;
    QString requestId;
};

} // namespace Fts::Api
