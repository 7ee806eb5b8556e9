// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/SseEvent.h"

#include <QList>

namespace Fts::Api {

/**
 * Incremental text/event-stream parser (WHATWG rules): bytes arrive in arbitrary pieces, lines end in
 * LF, CR or CRLF (also split across pieces), `data:` lines of one event are joined with LF, `:` lines are
 * comments, a blank line dispatches. Unbounded input is capped so a hostile server cannot grow one event
 * without limit.
 */
class SseParser
{
public:
    /** Feeds more bytes and returns the events completed by them. */
    QList<SseEvent> feed(const QByteArray &bytes);
    /** End of stream: returns a last event that was not followed by a blank line, if any. */
    QList<SseEvent> finish();
    void reset();

    /** Longest accepted line; longer lines are an error (hasError()). */
    void setMaxLineBytes(qsizetype bytes) { m_maxLineBytes = bytes; }
    bool hasError() const { return m_error; }

private:
    void processLine(const QByteArray &line, QList<SseEvent> &events);

    QByteArray m_buffer;
    SseEvent m_current;
    bool m_hasData = false;
    bool m_lastWasCr = false;
    bool m_error = false;
    qsizetype m_maxLineBytes = 16 * 1024 * 1024;
};

} // namespace Fts::Api
