// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Fts::Api {

/** One server-sent event: the `event:` name (empty means "message"), the joined `data:` lines and `id:`. */
struct SseEvent
{
    QByteArray event;
    QByteArray data;
    QByteArray id;

    /** OpenAI ends every stream with `data: [DONE]`. */
    bool isDone() const { return data == "[DONE]"; }
};

} // namespace Fts::Api
