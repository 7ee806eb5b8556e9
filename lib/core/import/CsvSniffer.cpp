// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CsvSniffer.h"

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <array>

namespace Fts::Core {

namespace {

constexpr int s_sampleRecords = 50;

bool isNumber(const QString &text)
{
    bool ok = false;
    QString(text).replace(u',', u'.').trimmed().toDouble(&ok);
    return ok;
}

bool isKnownColumnName(const QString &text)
{
    static const QSet<QString> names{
        QStringLiteral("system"), QStringLiteral("system_prompt"), QStringLiteral("instructions"),
        QStringLiteral("prompt"), QStringLiteral("question"), QStringLiteral("input"), QStringLiteral("user"),
        QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("text"), QStringLiteral("query"),
        QStringLiteral("completion"), QStringLiteral("answer"), QStringLiteral("output"), QStringLiteral("response"),
        QStringLiteral("assistant"), QStringLiteral("code"), QStringLiteral("codes"), QStringLiteral("label"),
        QStringLiteral("target"), QStringLiteral("reply"), QStringLiteral("split"), QStringLiteral("weight"),
        QStringLiteral("id"), QStringLiteral("context"), QStringLiteral("message"), QStringLiteral("statement")};
    QString key = text.trimmed().toLower();
    key.replace(u' ', u'_');
    return names.contains(key);
}

} // namespace

QList<CsvRecord> CsvSniffer::sampleRecords(QByteArrayView head, QChar delimiter, CsvReader::Encoding encoding,
                                           bool truncated, int maxRecords)
{
    QByteArray bytes = head.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    reader.setDelimiter(delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (records.size() <= maxRecords && reader.readRecord(&record))
        records.append(record);
    // The last row of a cut-off sample is probably incomplete.
    if (truncated && records.size() > 1 && records.size() <= maxRecords)
        records.removeLast();
    while (records.size() > maxRecords)
        records.removeLast();
    return records;
}

int CsvSniffer::typicalFieldCount(const QList<CsvRecord> &records)
{
    QHash<qsizetype, int> frequency;
    int highest = 0;
    for (const CsvRecord &record : records)
        highest = qMax(highest, ++frequency[record.fields.size()]);
    // Among equally frequent counts the earliest row's wins: the header, when there is one.
    for (const CsvRecord &record : records) {
        if (frequency.value(record.fields.size()) == highest)
            return int(record.fields.size());
    }
    return 0;
}

QChar CsvSniffer::sniffDelimiter(QByteArrayView head, CsvReader::Encoding encoding)
{
    static constexpr std::array<char16_t, 3> candidates{u'\t', u';', u','};
    QChar best = u',';
    qint64 bestScore = 0;
    for (const char16_t candidate : candidates) {
        const QList<CsvRecord> records = sampleRecords(head, candidate, encoding, true, s_sampleRecords);
        const int count = typicalFieldCount(records);
        if (count < 2)
            continue;
        const qint64 agreeing = std::count_if(records.cbegin(), records.cend(),
                                              [count](const CsvRecord &r) { return r.fields.size() == count; });
        // Rows that agree matter most; among equals, more columns (a comma inside text is rarer than a tab).
        const qint64 score = agreeing * 1000 + count;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool CsvSniffer::looksLikeHeader(const QList<CsvRecord> &records)
{
    if (records.isEmpty())
        return false;
    const QStringList header = records.constFirst().fields;
    QSet<QString> seen;
    int votes = 0;
    for (const QString &cell : header) {
        const QString trimmed = cell.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 64 || trimmed.contains(u'\n') || isNumber(trimmed))
            return false;
        if (seen.contains(trimmed.toLower()))
            return false;
        seen.insert(trimmed.toLower());
        if (isKnownColumnName(trimmed))
            votes += 2;
    }
    for (int column = 0; column < header.size(); ++column) {
        int dataRows = 0;
        int numeric = 0;
        qint64 totalLength = 0;
        for (qsizetype row = 1; row < records.size(); ++row) {
            const QStringList &fields = records.at(row).fields;
            if (column >= fields.size() || fields.at(column).trimmed().isEmpty())
                continue;
            ++dataRows;
            totalLength += fields.at(column).size();
            if (isNumber(fields.at(column)))
                ++numeric;
            if (fields.at(column).trimmed() == header.at(column).trimmed())
                votes -= 2;
        }
        if (dataRows == 0)
            continue;
        if (numeric == dataRows)
            ++votes;
        else if (header.at(column).size() * 2 < totalLength / dataRows)
            ++votes;
    }
    return votes > 0;
}

} // namespace Fts::Core
