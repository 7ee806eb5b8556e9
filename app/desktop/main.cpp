// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MainWindow.h"
#include "core/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
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
    if (translator.load(QLocale(), QStringLiteral("finetune-studio"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Prepare, validate, train, watch and compare fine-tuned language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "JSONL dataset to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    Fts::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDataset(parser.positionalArguments().constFirst());
    return app.exec();
}
