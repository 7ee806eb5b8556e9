// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/CsvReader.h"

#include <QList>

namespace Fts::Core {

/**
 * Guesses how a CSV/TSV file is written from its first bytes: the delimiter among comma, semicolon and tab
 * (the one that splits the sampled rows into the same number of fields, more than one), and whether the
 * first row is a header (short distinct labels above longer or numeric data, or well-known column names).
 */
class CsvSniffer
{
public:
    /** The delimiter of @p head (the first bytes of the file); a comma when nothing fits better. */
    static QChar sniffDelimiter(QByteArrayView head, CsvReader::Encoding encoding = CsvReader::Encoding::Auto);
    /** True when the first of @p records looks like column names rather than data. */
    static bool looksLikeHeader(const QList<CsvRecord> &records);
    /** The field count most rows have (the first row's when all differ). */
    static int typicalFieldCount(const QList<CsvRecord> &records);
    /** Reads up to @p maxRecords records of @p head; a last record cut off by the end of @p head is dropped. */
    static QList<CsvRecord> sampleRecords(QByteArrayView head, QChar delimiter, CsvReader::Encoding encoding,
                                          bool truncated, int maxRecords);
};

} // namespace Fts::Core
