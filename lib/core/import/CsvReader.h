// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Fts::Core {

/** One row of a CSV/TSV file: its fields and the 1-based physical line it starts on. */
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

/**
 * A streaming RFC 4180 reader for CSV and TSV: quoted fields may hold the delimiter, doubled quotes and
 * line breaks; rows end with CRLF, LF or a lone CR; a UTF-8 (or UTF-16) byte order mark is skipped. Only
 * the current record and one read block are held, so files of any length stream through.
 *
 * It is lenient where spreadsheets are sloppy (a quote in the middle of an unquoted field is kept as text)
 * and strict where data would be lost: a quote left open at the end of the file is an error naming the
 * line it was opened on. Blank lines are skipped. Line breaks inside quoted fields are read as LF.
 *
 *     CsvReader reader(&file);
 *     reader.setDelimiter(u';');
 *     CsvRecord record;
 *     while (reader.readRecord(&record)) { ... }
 *     if (reader.hasError()) report(reader.errorString());
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    enum class Encoding { Auto, Utf8, Latin1, Windows1252 };

    /** Reads from @p device (opened for reading), which must outlive the reader. */
    explicit CsvReader(QIODevice *device, Encoding encoding = Encoding::Auto);

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }

    /** Reads the next non-blank record; false at the end of the data or after an error. */
    bool readRecord(CsvRecord *record);
    bool hasError() const { return !m_error.isEmpty(); }
    /** What went wrong (translated, without the line). */
    QString errorString() const { return m_error; }
    /** The 1-based line the error is on. */
    int errorLine() const { return m_errorLine; }
    /** Bytes consumed from the device so far, for progress. */
    qint64 bytesRead() const { return m_bytesRead; }
    /** The encoding in use (Auto resolved from the byte order mark and the first block). */
    Encoding encoding() const { return m_encoding; }

    /** Auto resolved for @p head, the first bytes of a file: UTF-8 when they are valid UTF-8, else Windows-1252. */
    static Encoding detectEncoding(QByteArrayView head);
    /** Names for people, translated. */
    static QString encodingName(Encoding encoding);

private:
    bool fill();
    int next();
    int peek();

    QIODevice *m_device;
    Encoding m_encoding;
    QStringDecoder m_decoder;
    QChar m_delimiter = u',';
    QString m_buffer;
    qsizetype m_position = 0;
    qint64 m_bytesRead = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_atEnd = false;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace Fts::Core
