// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "cli/CliIo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Finetune Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Finetune Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FTS_VERSION));

    QTranslator translator;
    // Without a translation for the locale, the English file still turns "%n example(s)" into proper plurals.
    if (translator.load(QLocale(), QStringLiteral("finetune-studio"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/finetune-studio_en.qm")))
        QCoreApplication::installTranslator(&translator);

    Fts::Cli::CliIo io;
    Fts::Cli::CliApplication cli(io);
    int exitCode = 0;
    QObject::connect(&cli, &Fts::Cli::CliApplication::finished, &app, [&](int code) {
        exitCode = code;
        io.flush();
        QCoreApplication::exit(code);
    }, Qt::QueuedConnection); // a command may finish inside start(), before exec() runs
    cli.start(app.arguments().mid(1));
    app.exec();
    return exitCode;
}
