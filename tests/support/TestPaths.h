// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Fts::Test {

/** Where the fixtures, the sources and the built binaries are, for tests run from any directory. */
class TestPaths
{
public:
    static QString dataFile(const QString &name);
    static QString sourceFile(const QString &relativePath);
    static QString ftstudioBinary();
    /** Writes @p bytes to @p path (a test's own scratch file) and returns the path; a failure stops the tests. */
    static QString writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace Fts::Test
