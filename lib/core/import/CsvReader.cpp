// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CsvReader.h"

#include <QIODevice>

namespace Fts::Core {

namespace {

constexpr qint64 s_blockSize = 64 * 1024;
constexpr int s_end = -1;

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes); // decode() is lazy: converting runs it
    return !decoder.hasError();
}

QStringDecoder decoderFor(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Latin1:
        return QStringDecoder(QStringDecoder::Latin1);
    case CsvReader::Encoding::Windows1252: {
        // Qt decodes code pages through ICU; without it Latin-1 is the closest (differs in 0x80–0x9F only).
        QStringDecoder decoder("windows-1252");
        return decoder.isValid() ? std::move(decoder) : QStringDecoder(QStringDecoder::Latin1);
    }
    case CsvReader::Encoding::Auto:
    case CsvReader::Encoding::Utf8:
        break;
    }
    return QStringDecoder(QStringDecoder::Utf8);
}

} // namespace

CsvReader::CsvReader(QIODevice *device, Encoding encoding)
    : m_device(device)
    , m_encoding(encoding)
{
}

CsvReader::Encoding CsvReader::detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    // Cut a partial character at the end so that a block boundary is not mistaken for bad UTF-8.
    qsizetype end = head.size();
    for (qsizetype back = 1; back <= 3 && back <= head.size(); ++back) {
        const auto byte = quint8(head.at(head.size() - back));
        if ((byte & 0xC0) == 0xC0) {
            end = head.size() - back;
            break;
        }
        if ((byte & 0x80) == 0)
            break;
    }
    return isValidUtf8(head.first(end)) ? Encoding::Utf8 : Encoding::Windows1252;
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return tr("Detect automatically");
    case Encoding::Utf8:
        return tr("UTF-8");
    case Encoding::Latin1:
        return tr("Latin-1 (ISO 8859-1)");
    case Encoding::Windows1252:
        return tr("Windows-1252 (Western)");
    }
    return {};
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    QByteArray block = m_device->read(s_blockSize);
    if (!m_started) {
        m_started = true;
        if (block.startsWith("\xFF\xFE") || block.startsWith("\xFE\xFF")) {
            // Spreadsheets save "Unicode text" as UTF-16 with a byte order mark.
            m_decoder = QStringDecoder(block.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            m_encoding = Encoding::Utf8;
            block.remove(0, 2);
            m_bytesRead += 2;
        } else {
            if (m_encoding == Encoding::Auto)
                m_encoding = detectEncoding(block);
            m_decoder = decoderFor(m_encoding);
        }
    }
    m_bytesRead += block.size();
    if (block.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    const QString decoded = m_decoder.decode(block);
    if (m_position < m_buffer.size())
        m_buffer = m_buffer.mid(m_position) + decoded;
    else
        m_buffer = decoded;
    m_position = 0;
    return true;
}

int CsvReader::next()
{
    while (m_position >= m_buffer.size()) {
        if (!fill())
            return s_end;
    }
    return m_buffer.at(m_position++).unicode();
}

int CsvReader::peek()
{
    while (m_position >= m_buffer.size()) {
        if (!fill())
            return s_end;
    }
    return m_buffer.at(m_position).unicode();
}

bool CsvReader::readRecord(CsvRecord *record)
{
    if (hasError())
        return false;
    const char16_t delimiter = m_delimiter.unicode();
    for (;;) {
        record->fields.clear();
        record->line = m_line;
        QString field;
        bool inQuotes = false;
        bool fieldQuoted = false;
        bool anyContent = false;
        int quoteLine = 0;
        for (;;) {
            const int ch = next();
            if (inQuotes) {
                if (ch == s_end) {
                    m_error = tr("A quoted field is never closed (the closing \" is missing); nothing after it "
                                 "was read.");
                    m_errorLine = quoteLine;
                    return false;
                }
                if (ch == u'"') {
                    if (peek() == u'"') {
                        next();
                        field += u'"';
                    } else {
                        inQuotes = false;
                    }
                } else if (ch == u'\r' || ch == u'\n') {
                    if (ch == u'\r' && peek() == u'\n')
                        next();
                    field += u'\n';
                    ++m_line;
                } else {
                    field += QChar(char16_t(ch));
                }
                continue;
            }
            if (ch == s_end || ch == u'\r' || ch == u'\n') {
                if (ch == u'\r' && peek() == u'\n')
                    next();
                if (ch != s_end)
                    ++m_line;
                if (!anyContent) {
                    if (ch == s_end)
                        return false;
                    break; // a blank line: read the next one
                }
                record->fields.append(field);
                return true;
            }
            anyContent = true;
            if (ch == delimiter) {
                record->fields.append(field);
                field.clear();
                fieldQuoted = false;
            } else if (ch == u'"' && field.isEmpty() && !fieldQuoted) {
                inQuotes = true;
                fieldQuoted = true;
                quoteLine = m_line;
            } else {
                field += QChar(char16_t(ch));
            }
        }
    }
}

} // namespace Fts::Core
