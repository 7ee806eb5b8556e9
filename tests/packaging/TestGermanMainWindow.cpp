// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the main window in English and again in German (the built .qm plus Qt's own qtbase_de) and
// checks that every visible string of the German window is translated: menus and their actions, tool
// bars, dock and tab titles, labels, buttons, placeholders and the status bar.
#include "desktop/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTranslator>

namespace {

struct VisibleString
{
    QString where;
    QString text;
};

QString plain(const QString &text)
{
    QString result = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    result.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    return result.simplified();
}

void collectMenu(QMenu *menu, const QString &path, QList<VisibleString> &out)
{
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        QAction *action = actions.at(i);
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QString where = path + QStringLiteral(" > ") + QString::number(i);
        out.append({where, action->text()});
        if (action->menu())
            collectMenu(action->menu(), where, out);
    }
}

/** The strings a user sees, in a stable order so the English and German windows line up. */
QList<VisibleString> visibleStrings(QMainWindow &window)
{
    QList<VisibleString> out;
    out.append({QStringLiteral("window title"), window.windowTitle()});
    const QList<QAction *> menus = window.menuBar()->actions();
    for (int i = 0; i < menus.size(); ++i) {
        out.append({QStringLiteral("menu %1").arg(i), menus.at(i)->text()});
        if (menus.at(i)->menu())
            collectMenu(menus.at(i)->menu(), QStringLiteral("menu %1").arg(i), out);
    }
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        if (!bar->isVisible())
            continue;
        const QList<QAction *> actions = bar->actions();
        for (int i = 0; i < actions.size(); ++i) {
            const QString where = QStringLiteral("toolbar %1 > %2").arg(bar->objectName()).arg(i);
            if (!actions.at(i)->isSeparator() && actions.at(i)->isVisible() && !actions.at(i)->text().isEmpty())
                out.append({where, actions.at(i)->toolTip().isEmpty() ? actions.at(i)->text() : actions.at(i)->toolTip()});
        }
    }
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            out.append({QStringLiteral("dock %1").arg(dock->objectName()), dock->windowTitle()});
    }
    for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            out.append({QStringLiteral("tab %1 > %2").arg(tabs->objectName()).arg(i), tabs->tabText(i)});
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            out.append({QStringLiteral("label %1").arg(label->objectName()), label->text()});
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty())
            out.append({QStringLiteral("button %1").arg(button->objectName()), button->text()});
    }
    for (QGroupBox *group : window.findChildren<QGroupBox *>()) {
        if (group->isVisible() && !group->title().isEmpty())
            out.append({QStringLiteral("group %1").arg(group->objectName()), group->title()});
    }
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (edit->isVisible() && !edit->placeholderText().isEmpty())
            out.append({QStringLiteral("placeholder %1").arg(edit->objectName()), edit->placeholderText()});
    }
    if (!window.statusBar()->currentMessage().isEmpty())
        out.append({QStringLiteral("status bar"), window.statusBar()->currentMessage()});
    return out;
}

/** Strings that read the same in German: names, codes, numbers, paths. */
bool sameInEveryLanguage(const QString &text)
{
    static const QStringList names = {
        QStringLiteral("Finetune Studio"), QStringLiteral("OK"), QStringLiteral("JSONL"), QStringLiteral("OpenAI"),
        QStringLiteral("Azure OpenAI"), QStringLiteral("Token"), QStringLiteral("Tokens"), QStringLiteral("Status"),
        QStringLiteral("Name"), QStringLiteral("Details"), QStringLiteral("Training"), QStringLiteral("Start"),
        QStringLiteral("System"), QStringLiteral("Playground"),
    };
    if (names.contains(text))
        return true;
    static const QRegularExpression noWords(QStringLiteral("^[^A-Za-zÄÖÜäöüß]*$|[/\\\\]|\\.jsonl\\b|^ft[:-]|^gpt-"));
    return noWords.match(text).hasMatch();
}

} // namespace

class TestGermanMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyVisibleStringIsGerman();
    void cleanupTestCase();

private:
    QList<VisibleString> m_english;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

void TestGermanMainWindow::initTestCase()
{
    Fts::MainWindow english;
    english.show();
    QVERIFY(QTest::qWaitForWindowExposed(&english));
    m_english = visibleStrings(english);
    QVERIFY2(m_english.size() >= 5, "the main window shows almost nothing: the check would prove nothing");

    QVERIFY2(m_appTranslator.load(QStringLiteral(FTS_QM_FILE)), FTS_QM_FILE " does not load");
    QVERIFY(QCoreApplication::installTranslator(&m_appTranslator));
    if (m_qtTranslator.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestGermanMainWindow::everyVisibleStringIsGerman()
{
    Fts::MainWindow german;
    german.show();
    QVERIFY(QTest::qWaitForWindowExposed(&german));
    const QList<VisibleString> translated = visibleStrings(german);
    QCOMPARE(translated.size(), m_english.size());

    QStringList untranslated;
    for (int i = 0; i < translated.size(); ++i) {
        QCOMPARE(translated.at(i).where, m_english.at(i).where);
        const QString english = plain(m_english.at(i).text);
        if (plain(translated.at(i).text) == english && !sameInEveryLanguage(english))
            untranslated << QStringLiteral("%1: \"%2\"").arg(translated.at(i).where, english);
    }
    german.grab().save(QStringLiteral(FTS_BINARY_DIR "/main-window-de.png"));
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 visible strings are still English (translate them in "
                                       "translations/finetune-studio_de.ts; a picture is in %3):\n  %4")
                            .arg(untranslated.size())
                            .arg(translated.size())
                            .arg(QStringLiteral(FTS_BINARY_DIR "/main-window-de.png"), untranslated.join(QStringLiteral("\n  ")))));
}

void TestGermanMainWindow::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestGermanMainWindow)
#include "TestGermanMainWindow.moc"
