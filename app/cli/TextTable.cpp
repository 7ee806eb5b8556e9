// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TextTable.h"

#include <QDateTime>
#include <QTextStream>

namespace Fts::Cli {

TextTable::TextTable(const QStringList &header)
    : m_header(header)
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], cells.at(i).size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out << line.trimmed() << '\n';
    };
    printRow(m_header);
    for (const QStringList &row : m_rows)
        printRow(row);
}

QString TextTable::timestamp(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace Fts::Cli
