// SPDX-License-Identifier: GPL-3.0-or-later
// Every translations/*.ts must be current with the sources (what `update_translations` would write) and
// complete: no unfinished, empty or obsolete entries, the placeholders and menu accelerators of the source
// kept, and as many plural forms as the language has. The checker itself is tested on fixtures first,
// so a pass means something.
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using Fts::Test::TestPaths;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one entry, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/** Plural forms per language as Qt's lupdate writes them; unknown languages are not counted. */
int pluralFormCount(const QString &language)
{
    switch (QLocale(language).language()) {
    case QLocale::Japanese:
    case QLocale::Chinese:
    case QLocale::Korean:
    case QLocale::Vietnamese:
    case QLocale::Thai:
        return 1;
    case QLocale::Polish:
    case QLocale::Russian:
    case QLocale::Ukrainian:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Croatian:
    case QLocale::Serbian:
        return 3;
    case QLocale::Arabic:
        return 6;
    case QLocale::AnyLanguage:
    case QLocale::C:
        return 0;
    default:
        return 2;
    }
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1).remove(u'L'));
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(^|[^&])&[^& ]"));
    return accelerator.match(text).hasMatch();
}

/** One line per problem, "context | source: problem", in file order. */
QStringList problemsOf(const TsFile &ts)
{
    QStringList problems;
    const int forms = pluralFormCount(ts.language);
    for (const TsMessage &message : ts.messages) {
        const QString where = message.context + QStringLiteral(" | ") + message.source.left(70) + QStringLiteral(": ");
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete")) {
            problems << where + QStringLiteral("obsolete entry (run update_translations)");
            continue;
        }
        if (message.type == QLatin1String("unfinished")) {
            problems << where + QStringLiteral("unfinished");
            continue;
        }
        if (message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << where + QStringLiteral("empty translation");
            continue;
        }
        if (message.numerus && forms > 0 && message.translations.size() != forms)
            problems << where + QStringLiteral("%1 plural forms, %2 has %3").arg(message.translations.size()).arg(ts.language).arg(forms);
        const QSet<QString> wanted = placeholders(message.source);
        for (qsizetype form = 0; form < message.translations.size(); ++form) {
            const QString &translation = message.translations.at(form);
            QSet<QString> missing = wanted;
            missing.subtract(placeholders(translation));
            // The singular form may spell the number out ("ein Beispiel") and drop %n.
            if (message.numerus && form == 0 && message.translations.size() > 1)
                missing.remove(QStringLiteral("n"));
            if (!missing.isEmpty()) {
                QStringList names(missing.cbegin(), missing.cend());
                names.sort();
                problems << where + QStringLiteral("placeholder %%1 missing in \"%2\"").arg(names.join(QStringLiteral(", %")), translation);
            }
            if (hasAccelerator(message.source) && !hasAccelerator(translation))
                problems << where + QStringLiteral("menu accelerator (&) missing in \"%1\"").arg(translation);
        }
    }
    return problems;
}

QByteArray report(const QString &title, const QStringList &lines, int limit = 40)
{
    QString text = title + QStringLiteral(" (%1):\n").arg(lines.size());
    for (int i = 0; i < qMin(limit, lines.size()); ++i)
        text += QStringLiteral("  ") + lines.at(i) + u'\n';
    if (lines.size() > limit)
        text += QStringLiteral("  … and %1 more\n").arg(lines.size() - limit);
    return text.toUtf8();
}

QStringList translationFiles()
{
    QStringList files;
    const QDir dir(TestPaths::sourceFile(QStringLiteral("translations")));
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkerFindsEveryKindOfProblem();
    void checkerAcceptsACompleteFile();
    void tsFilesAreCurrentWithSources_data();
    void tsFilesAreCurrentWithSources();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void englishPluralsAreBuiltIn();
};

void TestTranslations::checkerFindsEveryKindOfProblem()
{
    const TsFile ts = readTs(QStringLiteral(FTS_PACKAGING_TEST_DATA "/incomplete_de.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("de_DE"));
    const QStringList problems = problemsOf(ts);
    const QStringList expected = {
        QStringLiteral("Fixture | Open dataset: unfinished"),
        QStringLiteral("Fixture | Save: empty translation"),
        QStringLiteral("Fixture | Removed long ago: obsolete entry (run update_translations)"),
        QStringLiteral("Fixture | Line %1: %2: placeholder %2 missing in \"Zeile %1\""),
        QStringLiteral("Fixture | &File: menu accelerator (&) missing in \"Datei\""),
        QStringLiteral("Fixture | %n example(s): 1 plural forms, de_DE has 2"),
        QStringLiteral("Fixture | %n error(s): placeholder %n missing in \"Fehler\""),
    };
    QCOMPARE(problems, expected);
}

void TestTranslations::checkerAcceptsACompleteFile()
{
    const TsFile ts = readTs(QStringLiteral(FTS_PACKAGING_TEST_DATA "/complete_de.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.messages.size(), 6);
    const QStringList problems = problemsOf(ts);
    QVERIFY2(problems.isEmpty(), report(QStringLiteral("unexpected"), problems));
}

void TestTranslations::tsFilesAreCurrentWithSources_data()
{
    QTest::addColumn<QString>("tsFile");
    const QStringList files = translationFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::tsFilesAreCurrentWithSources()
{
    QFETCH(QString, tsFile);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    // The same source list the build's update_translations target uses, from its generated lupdate project.
    QVERIFY2(QFileInfo::exists(QStringLiteral(FTS_LUPDATE_PROJECT)), "configure the build first");
    const QString projectJson = scratch.filePath(QStringLiteral("project.json"));
    QProcess generate;
    generate.start(QStringLiteral(FTS_CMAKE_COMMAND),
                   {QStringLiteral("-DIN_FILE=" FTS_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + projectJson,
                    QStringLiteral("-P"), QStringLiteral(FTS_GENERATE_LUPDATE_PROJECT)});
    QVERIFY(generate.waitForFinished(60000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError());

    const QString updated = scratch.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, updated));
    QFile::setPermissions(updated, QFile::ReadOwner | QFile::WriteOwner);
    // The options must match those of qt_add_translations and qt_add_lupdate in app/CMakeLists.txt; the
    // English file holds plural forms only.
    QStringList options = {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                           QStringLiteral("-no-obsolete")};
    if (tsFile.endsWith(QLatin1String("_en.ts")))
        options << QStringLiteral("-pluralonly");
    QProcess lupdate;
    lupdate.start(QStringLiteral(FTS_LUPDATE), options + QStringList{QStringLiteral("-project"), projectJson,
                                                                     QStringLiteral("-ts"), updated});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError());

    QFile before(tsFile);
    QFile after(updated);
    QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
    if (before.readAll() == after.readAll())
        return;

    QSet<QString> committedKeys;
    for (const TsMessage &message : readTs(tsFile).messages)
        committedKeys.insert(message.key());
    QSet<QString> currentKeys;
    QStringList added;
    for (const TsMessage &message : readTs(updated).messages) {
        currentKeys.insert(message.key());
        if (!committedKeys.contains(message.key()))
            added << message.context + QStringLiteral(" | ") + message.source.left(80);
    }
    QStringList removed;
    for (const TsMessage &message : readTs(tsFile).messages) {
        if (!currentKeys.contains(message.key()))
            removed << message.context + QStringLiteral(" | ") + message.source.left(80);
    }
    QFAIL(QByteArray(QFileInfo(tsFile).fileName().toUtf8()
                     + " is out of date with the sources: run `cmake --build <build dir> --target update_translations`"
                       " and translate the new entries (English plurals: packaging/fill-english-plurals.py).\n"
                     + report(QStringLiteral("new in the sources"), added)
                     + report(QStringLiteral("gone from the sources"), removed))
              .constData());
}

void TestTranslations::tsFilesAreComplete_data()
{
    tsFilesAreCurrentWithSources_data();
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, tsFile);
    const TsFile ts = readTs(tsFile);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.language.isEmpty(), "the <TS> element names no language");
    QVERIFY(!ts.messages.isEmpty());
    const QStringList problems = problemsOf(ts);
    QVERIFY2(problems.isEmpty(),
             report(QFileInfo(tsFile).fileName() + QStringLiteral(" has entries to finish in Qt Linguist "
                                                                   "(linguist-qt6 translations/…ts)"),
                    problems)
                 .constData());
}

void TestTranslations::englishPluralsAreBuiltIn()
{
    // The compiled English file turns every "%n thing(s)" into "1 thing" / "2 things".
    QTranslator english;
    QVERIFY2(english.load(QStringLiteral(FTS_QM_DIR "/finetune-studio_en.qm")), "finetune-studio_en.qm was not built");
    const TsFile ts = readTs(TestPaths::sourceFile(QStringLiteral("translations/finetune-studio_en.ts")));
    QVERIFY(ts.error.isEmpty());
    int checked = 0;
    for (const TsMessage &message : ts.messages) {
        if (!message.numerus || !message.source.contains(QLatin1String("(s)")))
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
        const QString one = english.translate(context.constData(), source.constData(), disambiguation, 1);
        const QString two = english.translate(context.constData(), source.constData(), disambiguation, 2);
        QVERIFY2(!one.isEmpty() && one != two, qPrintable(message.source));
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
