// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliIo.h"

#include <cstdio>

namespace Fts::Cli {

CliIo::CliIo()
    : m_out(stdout)
    , m_err(stderr)
{
}

CliIo::CliIo(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
}

void CliIo::flush()
{
    m_out.flush();
    m_err.flush();
}

} // namespace Fts::Cli
