// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MainWindow.h"
#include "desktop/WorkbenchAssembly.h"
#include "desktop/SingleInstance.h"
#include "desktop/editor/EditorTestScript.h"
#include "core/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Finetune Studio"));
    QApplication::setOrganizationName(QStringLiteral("Finetune Studio"));
    QApplication::setApplicationVersion(Fts::Core::BuildInfo::version());
    QApplication::setDesktopFileName(Fts::Core::BuildInfo::applicationId());

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // Without a translation for the locale, the English file still turns "%n example(s)" into proper plurals.
    if (translator.load(QLocale(), QStringLiteral("finetune-studio"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/finetune-studio_en.qm")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Prepare, validate, train, watch and compare fine-tuned language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "JSONL dataset to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // One window per user: a later launch (a double-clicked .jsonl) hands its file to the running window.
    Fts::SingleInstance instance;
    if (!instance.start(parser.positionalArguments()))
        return 0;

    // The installed theme icon when there is one, else the PNG sizes built in (no SVG plugin needed).
    QIcon appIcon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        appIcon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/" FTS_APP_ID ".png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(FTS_APP_ID), appIcon));

    Fts::MainWindow window;
    new Fts::WorkbenchAssembly(&window);
    window.show();
    // Tests only: FTS_TEST_SCRIPT drives this process (see EditorTestScript); unset, nothing happens.
    Fts::EditorTestScript::startFromEnvironment(&window);
    // Work left unsaved by a session that did not end normally comes first; else the file asked for.
    if (!window.offerRecovery() && !parser.positionalArguments().isEmpty())
        window.openDataset(parser.positionalArguments().constFirst());
    QObject::connect(&instance, &Fts::SingleInstance::filesReceived, &window,
                     [&window](const QStringList &paths) { window.openDataset(paths.constFirst()); });
    QObject::connect(&instance, &Fts::SingleInstance::activationRequested, &window, [&window] {
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    });
    return app.exec();
}
