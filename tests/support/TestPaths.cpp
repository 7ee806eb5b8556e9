// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestPaths.h"

namespace Fts::Test {

QString TestPaths::dataFile(const QString &name)
{
    return QStringLiteral(FTS_TEST_DATA_DIR "/") + name;
}

QString TestPaths::sourceFile(const QString &relativePath)
{
    return QStringLiteral(FTS_SOURCE_DIR "/") + relativePath;
}

QString TestPaths::ftstudioBinary()
{
    return QStringLiteral(FTS_BINARY_DIR "/app/cli/ftstudio");
}

} // namespace Fts::Test
