// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestPaths.h"

#include <QFile>

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

QString TestPaths::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

} // namespace Fts::Test
