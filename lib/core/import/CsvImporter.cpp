// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CsvImporter.h"

#include "core/editing/ExampleJson.h"
#include "core/import/CsvSniffer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace Fts::Core {

namespace {

constexpr qint64 s_headBytes = 256 * 1024;
constexpr int s_progressEvery = 512;

std::optional<DatasetSplit> parseSplit(const QString &cell)
{
    const QString key = cell.trimmed().toLower();
    if (key == QLatin1String("train") || key == QLatin1String("training"))
        return DatasetSplit::Train;
    if (key == QLatin1String("validation") || key == QLatin1String("valid") || key == QLatin1String("val")
        || key == QLatin1String("dev") || key == QLatin1String("eval"))
        return DatasetSplit::Validation;
    if (key == QLatin1String("test") || key == QLatin1String("testing") || key == QLatin1String("holdout"))
        return DatasetSplit::Test;
    return std::nullopt;
}

std::optional<int> parseWeight(const QString &cell)
{
    const QString key = cell.trimmed().toLower();
    if (key == QLatin1String("1") || key == QLatin1String("1.0") || key == QLatin1String("true")
        || key == QLatin1String("yes"))
        return 1;
    if (key == QLatin1String("0") || key == QLatin1String("0.0") || key == QLatin1String("false")
        || key == QLatin1String("no"))
        return 0;
    return std::nullopt;
}

QString messageRole(ColumnRole role)
{
    switch (role) {
    case ColumnRole::System:
        return QStringLiteral("system");
    case ColumnRole::User:
        return QStringLiteral("user");
    case ColumnRole::Assistant:
        return QStringLiteral("assistant");
    case ColumnRole::Ignore:
    case ColumnRole::Split:
    case ColumnRole::Weight:
        break;
    }
    return {};
}

} // namespace

CsvTable CsvImporter::inspect(const CsvImportSettings &settings, int maxRows)
{
    CsvTable table;
    table.settings = settings;
    QFile file(settings.path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(settings.path), file.errorString());
        return table;
    }
    const QByteArray head = file.read(s_headBytes);
    const bool truncated = !file.atEnd();
    CsvImportSettings &resolved = table.settings;
    if (resolved.encoding == CsvReader::Encoding::Auto)
        resolved.encoding = CsvReader::detectEncoding(head);
    if (resolved.delimiter.isNull())
        resolved.delimiter = CsvSniffer::sniffDelimiter(head, resolved.encoding);
    const QList<CsvRecord> records
        = CsvSniffer::sampleRecords(head, resolved.delimiter, resolved.encoding, truncated, maxRows + 1);
    if (resolved.header == CsvImportSettings::Header::Auto)
        resolved.header = CsvSniffer::looksLikeHeader(records) ? CsvImportSettings::Header::Present
                                                               : CsvImportSettings::Header::Absent;
    const bool hasHeader = resolved.header == CsvImportSettings::Header::Present && !records.isEmpty();
    table.rows = records.mid(hasHeader ? 1 : 0, maxRows);
    table.columnCount = hasHeader ? int(records.constFirst().fields.size()) : CsvSniffer::typicalFieldCount(records);
    for (int column = 0; column < table.columnCount; ++column) {
        const QString name = hasHeader ? records.constFirst().fields.at(column).trimmed() : QString();
        table.columnNames.append(name.isEmpty() ? tr("Column %1").arg(column + 1) : name);
    }
    if (resolved.mapping.columnCount() != table.columnCount) {
        ColumnMapping guessed = ColumnMapping::guess(table.columnNames);
        guessed.setSystemPrompt(settings.mapping.systemPrompt());
        resolved.mapping = guessed;
    }
    if (records.isEmpty())
        table.error = tr("%1 has no rows.").arg(QDir::toNativeSeparators(settings.path));
    return table;
}

bool CsvImporter::convertRecord(const CsvRecord &record, int columnCount, const CsvImportSettings &settings,
                                QByteArray *line, DatasetSplit *split, ImportProblem *problem)
{
    const ColumnMapping &mapping = settings.mapping;
    problem->line = record.line;
    if (record.fields.size() != columnCount) {
        problem->message = tr("%n field(s) instead of %1: a quote or a delimiter may be missing.", nullptr,
                              int(record.fields.size()))
                               .arg(columnCount);
        return false;
    }
    bool rowHasSystem = false;
    for (int column = 0; column < columnCount; ++column) {
        if (mapping.role(column) == ColumnRole::System && !record.fields.at(column).trimmed().isEmpty())
            rowHasSystem = true;
    }
    QJsonArray messages;
    if (!rowHasSystem && !mapping.systemPrompt().trimmed().isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), mapping.systemPrompt()}});
    std::optional<int> weight;
    *split = DatasetSplit::Unassigned;
    bool hasUser = false;
    bool hasAssistant = false;
    for (int column = 0; column < columnCount; ++column) {
        const QString &cell = record.fields.at(column);
        if (cell.trimmed().isEmpty())
            continue;
        const ColumnRole role = mapping.role(column);
        switch (role) {
        case ColumnRole::Ignore:
            break;
        case ColumnRole::System:
        case ColumnRole::User:
        case ColumnRole::Assistant:
            hasUser = hasUser || role == ColumnRole::User;
            hasAssistant = hasAssistant || role == ColumnRole::Assistant;
            messages.append(QJsonObject{{QStringLiteral("role"), messageRole(role)}, {QStringLiteral("content"), cell}});
            break;
        case ColumnRole::Split:
            if (const std::optional<DatasetSplit> parsed = parseSplit(cell)) {
                *split = *parsed;
            } else {
                problem->message = tr("Unknown split \"%1\": use train, validation or test.").arg(cell.trimmed());
                return false;
            }
            break;
        case ColumnRole::Weight:
            weight = parseWeight(cell);
            if (!weight) {
                problem->message = tr("Weight \"%1\" is not 0 or 1.").arg(cell.trimmed());
                return false;
            }
            break;
        }
    }
    if (!hasUser) {
        problem->message = tr("No user message: the user column is empty.");
        return false;
    }
    if (!hasAssistant) {
        problem->message = tr("No assistant answer: the assistant column is empty.");
        return false;
    }
    if (weight) {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            QJsonObject message = messages.at(i).toObject();
            if (message.value(QLatin1String("role")).toString() == QLatin1String("assistant")) {
                message.insert(QStringLiteral("weight"), *weight);
                messages.replace(i, message);
            }
        }
    }
    *line = ExampleJson::serialize(QJsonObject{{QStringLiteral("messages"), messages}}, settings.spacedSeparators);
    return true;
}

ImportResult CsvImporter::convert(const CsvImportSettings &settings, const ProgressFunction &progress,
                                  const std::atomic_bool *cancel)
{
    ImportResult result;
    QFile file(settings.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.fatalError = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(settings.path), file.errorString());
        return result;
    }
    const QString mappingProblem = settings.mapping.problem();
    if (!mappingProblem.isEmpty()) {
        result.fatalError = mappingProblem;
        return result;
    }
    CsvReader reader(&file, settings.encoding);
    reader.setDelimiter(settings.delimiter.isNull() ? QChar(u',') : settings.delimiter);
    const int columnCount = settings.mapping.columnCount();
    const qint64 total = file.size();
    CsvRecord record;
    if (settings.header == CsvImportSettings::Header::Present)
        reader.readRecord(&record);
    while (reader.readRecord(&record)) {
        ++result.itemsRead;
        appendRecord(result, record, columnCount, settings);
        if (result.itemsRead % s_progressEvery == 0) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            if (progress)
                progress(reader.bytesRead(), total);
        }
    }
    if (reader.hasError())
        result.problems.append({reader.errorLine(), reader.errorString()});
    dropUnassignedSplits(result);
    if (progress)
        progress(total, total);
    return result;
}

ImportResult CsvImporter::preview(const CsvTable &table, const CsvImportSettings &settings, int maxExamples)
{
    ImportResult result;
    for (const CsvRecord &record : table.rows) {
        if (result.lines.size() >= maxExamples)
            break;
        appendRecord(result, record, table.columnCount, settings);
    }
    dropUnassignedSplits(result);
    return result;
}

bool CsvImporter::appendRecord(ImportResult &result, const CsvRecord &record, int columnCount,
                               const CsvImportSettings &settings)
{
    QByteArray line;
    DatasetSplit split = DatasetSplit::Unassigned;
    ImportProblem problem;
    if (!convertRecord(record, columnCount, settings, &line, &split, &problem)) {
        result.problems.append(problem);
        return false;
    }
    result.lines.append(line);
    result.sourceLines.append(record.line);
    result.splits.append(split);
    return true;
}

void CsvImporter::dropUnassignedSplits(ImportResult &result)
{
    if (std::none_of(result.splits.cbegin(), result.splits.cend(),
                     [](DatasetSplit split) { return split != DatasetSplit::Unassigned; }))
        result.splits.clear();
}

} // namespace Fts::Core
