// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/SseParser.h"

namespace Fts::Api {

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> events;
    if (m_error)
        return events;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n' && m_lastWasCr && i == lineStart && m_buffer.isEmpty()) {
            // The LF of a CRLF whose CR ended the previous piece.
            m_lastWasCr = false;
            lineStart = i + 1;
            continue;
        }
        m_lastWasCr = false;
        if (c == '\r' || c == '\n') {
            m_buffer.append(bytes.constData() + lineStart, i - lineStart);
            processLine(m_buffer, events);
            m_buffer.clear();
            if (c == '\r') {
                if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                    ++i;
                else if (i + 1 == bytes.size())
                    m_lastWasCr = true;
            }
            lineStart = i + 1;
        }
    }
    m_buffer.append(bytes.constData() + lineStart, bytes.size() - lineStart);
    if (m_buffer.size() > m_maxLineBytes) {
        m_error = true;
        m_buffer.clear();
    }
    return events;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> events;
    if (!m_buffer.isEmpty()) {
        processLine(m_buffer, events);
        m_buffer.clear();
    }
    if (m_hasData) {
        events.append(m_current);
        m_current = {};
        m_hasData = false;
    }
    return events;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        if (m_hasData)
            events.append(m_current);
        m_current = {};
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_current.data += '\n';
        m_current.data += value;
        m_hasData = true;
        if (m_current.data.size() > m_maxLineBytes) {
            m_error = true;
            m_current = {};
            m_hasData = false;
        }
    } else if (field == "event") {
        m_current.event = value;
    } else if (field == "id") {
        m_current.id = value;
    }
}

} // namespace Fts::Api
