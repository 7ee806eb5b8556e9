// SPDX-License-Identifier: GPL-3.0-or-later
// The committed PNGs match their SVG sources in name and size, are built into the app, and the
// QIcon::fromTheme(name, fallback) pattern yields an icon on a desktop without any icon theme.
#include "support/TestPaths.h"

#include <QDir>
#include <QIcon>
#include <QImage>
#include <QTest>

using Fts::Test::TestPaths;

namespace {

const QString appId = QStringLiteral(FTS_APP_ID);

QStringList actionIconNames()
{
    QStringList names;
    const QDir dir(TestPaths::sourceFile(QStringLiteral("resources/icons/actions")));
    for (const QString &svg : dir.entryList({QStringLiteral("*.svg")}, QDir::Files))
        names << svg.chopped(4);
    return names;
}

/** Share of pixels that are not fully transparent: a blank or clipped render shows up here. */
double coverage(const QImage &image)
{
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return double(opaque) / (image.width() * image.height());
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actionIconsHaveBothRenderings_data();
    void actionIconsHaveBothRenderings();
    void actionIconsUseTheFreedesktopNames();
    void themeFallbackYieldsTheBuiltInIcon();
    void applicationIconHasEveryHicolorSize();
};

void TestIcons::actionIconsHaveBothRenderings_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = actionIconNames();
    QVERIFY(names.size() >= 30);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::actionIconsHaveBothRenderings()
{
    QFETCH(QString, name);
    const QImage normal(QStringLiteral(":/icons/actions/%1.png").arg(name));
    const QImage doubled(QStringLiteral(":/icons/actions/%1@2x.png").arg(name));
    QVERIFY2(!normal.isNull(), "missing 24 px PNG: run resources/icons/render-icons.sh");
    QVERIFY2(!doubled.isNull(), "missing @2x PNG: run resources/icons/render-icons.sh");
    QCOMPARE(normal.size(), QSize(24, 24));
    QCOMPARE(doubled.size(), QSize(48, 48));
    QVERIFY(normal.hasAlphaChannel());
    const double cover = coverage(doubled);
    QVERIFY2(cover > 0.02 && cover < 0.7, qPrintable(QStringLiteral("coverage %1").arg(cover)));
    // Qt picks the @2x file by itself where the application's device pixel ratio is 2 (QIcon::addFile looks
    // for "@Nx" at the running ratio only, so an offscreen test at ratio 1 cannot observe it): existing at the
    // right size is what we can guarantee here.
}

void TestIcons::actionIconsUseTheFreedesktopNames()
{
    // The names are the freedesktop icon naming spec's, so a desktop theme replaces them one for one.
    const QStringList names = actionIconNames();
    for (const char *required : {"document-new", "document-open", "document-save", "document-save-as", "edit-undo",
                                 "edit-redo", "edit-copy", "edit-delete", "edit-find", "list-add", "list-remove",
                                 "go-up", "go-down", "media-playback-start", "process-stop", "dialog-error",
                                 "dialog-warning", "dialog-information", "preferences-system", "help-about",
                                 "application-exit", "view-refresh"})
        QVERIFY2(names.contains(QLatin1String(required)), required);
}

void TestIcons::themeFallbackYieldsTheBuiltInIcon()
{
    QIcon::setThemeName(QStringLiteral("no-such-theme-here"));
    const QIcon icon = QIcon::fromTheme(QStringLiteral("document-open"),
                                        QIcon(QStringLiteral(":/icons/actions/document-open.png")));
    QVERIFY(!icon.isNull());
    const QImage rendered = icon.pixmap(24, 24).toImage();
    QCOMPARE(rendered.size(), QSize(24, 24));
    QVERIFY(coverage(rendered) > 0.02);
}

void TestIcons::applicationIconHasEveryHicolorSize()
{
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        // The rounded square fills most of the canvas at every size.
        QVERIFY2(coverage(image) > 0.6, qPrintable(path));
    }
}

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"
