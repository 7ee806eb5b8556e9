// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

class QIODevice;

namespace Fts::Cli {

/** The streams a command writes to: stdout/stderr in the binary, buffers in the tests. */
class CliIo
{
public:
    /** Standard output and standard error of the process. */
    CliIo();
    /** Writes go to the given devices, which must outlive this object. */
    CliIo(QIODevice *out, QIODevice *err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Fts::Cli
