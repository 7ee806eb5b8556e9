// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

namespace Fts::Test {

/**
 * The pictures of docs/screenshots, taken by the GUI tests on request: FTS_SCREENSHOT_DIR=docs/screenshots refreshes
 * them, and without it nothing is written. Header-only: the support library links no Widgets.
 */
class Screenshots
{
public:
    /** Saves @p widget's rendering as @p name; a file that cannot be written fails the calling test. */
    static void save(QWidget &widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("FTS_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        QVERIFY2(widget.grab().save(QDir(directory).filePath(name)), qPrintable(name));
    }
};

} // namespace Fts::Test
