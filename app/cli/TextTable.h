// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace Fts::Cli {

/** Left-aligned columns separated by two spaces, like `ls -l`; the last column is never padded. */
class TextTable
{
public:
    explicit TextTable(const QStringList &header);
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    void print(QTextStream &out) const;

    /** Local date and time, minutes precision: "2026-11-25 21:04"; "-" for 0. */
    static QString timestamp(qint64 unixSeconds);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace Fts::Cli
