// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ColumnMapping.h"
#include "core/import/CsvReader.h"
#include "core/import/ImportResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Fts::Core {

/** How a CSV/TSV file is read and mapped; Auto values are resolved by CsvImporter::inspect(). */
struct CsvImportSettings
{
    enum class Header { Auto, Present, Absent };

    QString path;
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    /** Null for "detect". */
    QChar delimiter;
    Header header = Header::Auto;
    ColumnMapping mapping;
    /** Write `", "` and `": "` separators, like the dataset the examples go into. */
    bool spacedSeparators = false;
};

/** The first rows of a table, for the mapping dialog. */
struct CsvTable
{
    /** The settings with encoding, delimiter and header resolved (the mapping guessed when it was empty). */
    CsvImportSettings settings;
    /** Column names: the header row, or "Column 1", "Column 2", … */
    QStringList columnNames;
    /** Data rows (without the header). */
    QList<CsvRecord> rows;
    int columnCount = 0;
    /** Why the file cannot be read (translated), or empty. */
    QString error;
};

/**
 * CSV/TSV to chat examples: one example per data row, messages in column order (empty cells skipped), the
 * fixed system prompt first. A row that cannot become a training example (no assistant or user message,
 * a wrong number of fields, an unknown split or weight) is reported with its line, never silently dropped.
 * convert() streams the file, so only the produced lines are kept, and may run in a worker thread.
 */
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    /** Reads the head of the file: resolves Auto settings, guesses a mapping if none, samples @p maxRows rows. */
    static CsvTable inspect(const CsvImportSettings &settings, int maxRows = 200);
    /** Converts the file with resolved @p settings (from inspect()). Honours @p cancel between rows. */
    static ImportResult convert(const CsvImportSettings &settings, const ProgressFunction &progress = {},
                                const std::atomic_bool *cancel = nullptr);
    /** The first @p maxExamples examples of the rows @p table already holds, at once: a preview without a read. */
    static ImportResult preview(const CsvTable &table, const CsvImportSettings &settings, int maxExamples);
    /** Converts one row; false and @p problem when it yields no example. */
    static bool convertRecord(const CsvRecord &record, int columnCount, const CsvImportSettings &settings,
                              QByteArray *line, DatasetSplit *split, ImportProblem *problem);

private:
    /** Converts one row into @p result: its example, or its problem; true for an example. */
    static bool appendRecord(ImportResult &result, const CsvRecord &record, int columnCount,
                             const CsvImportSettings &settings);
    /** Splits mean nothing when no row has one: none are kept then. */
    static void dropUnassignedSplits(ImportResult &result);
};

} // namespace Fts::Core
