// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as keyboard and screen-reader users meet it, and as it looks in a dark palette and at 2x.
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/InlineErrorLabel.h"
#include "desktop/WorkbenchAssembly.h"
#include "desktop/editor/ExampleEditor.h"
#include "desktop/editor/MessageCard.h"
#include "support/Screenshots.h"
#include "support/TestPaths.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Fts;

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAName();
    void tabReachesTheListAndEveryMessageField();
    void darkPaletteKeepsTextReadable();
    void toolbarIconsAreSharpAtTwiceTheScale();

private:
    static QString nameFor(QWidget *widget);
    static double contrast(const QColor &a, const QColor &b);
    static QList<QWidget *> visibleControls(QWidget *root);
    void openSample();

    std::unique_ptr<MainWindow> m_window;
    QTranslator m_plurals;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_plurals.load(QStringLiteral(FTS_BINARY_DIR "/app/finetune-studio_en.qm")),
             "build the application first: its English plural forms are missing");
    QCoreApplication::installTranslator(&m_plurals);
}

void TestAccessibility::init()
{
    m_window = std::make_unique<MainWindow>();
    new WorkbenchAssembly(m_window.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestAccessibility::openSample()
{
    QSignalSpy loaded(m_window.get(), &MainWindow::datasetLoaded);
    m_window->openDataset(Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl")));
    QVERIFY(loaded.wait(20000));
    m_window->datasetPage()->selectExample(3);
    QTRY_VERIFY(!m_window->datasetPage()->editor()->cards().isEmpty());
}

QString TestAccessibility::nameFor(QWidget *widget)
{
    // What a screen reader announces: the accessible name, else the visible text, else the label it belongs to.
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().remove(QLatin1Char('&')).trimmed().isEmpty())
        return button->text();
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == widget || (qobject_cast<QAbstractSpinBox *>(label->buddy()) && label->buddy()->isAncestorOf(widget)))
            return label->text();
    }
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && edit->parentWidget()) {
        // A combo box's or spin box's line edit is named by its owner.
        if (qobject_cast<QComboBox *>(edit->parentWidget()) || qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            return nameFor(edit->parentWidget());
    }
    return QString();
}

QList<QWidget *> TestAccessibility::visibleControls(QWidget *root)
{
    QList<QWidget *> controls;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTableView *>(widget))
            controls.append(widget);
    }
    return controls;
}

void TestAccessibility::everyControlHasAName()
{
    openSample();
    QStringList nameless;
    const QList<QWidget *> controls = visibleControls(m_window.get());
    QVERIFY2(controls.size() >= 20, "the window shows almost no controls: the check would prove nothing");
    for (QWidget *widget : controls) {
        if (nameFor(widget).isEmpty())
            nameless << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("controls without a name: ") + nameless.join(QStringLiteral(", "))));
}

void TestAccessibility::tabReachesTheListAndEveryMessageField()
{
    openSample();
    DatasetPage *page = m_window->datasetPage();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    page->focusSearch();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page->searchField()));
    QList<QWidget *> reached;
    for (int i = 0; i < 80 && !reached.contains(QApplication::focusWidget()); ++i) {
        reached.append(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    // The chain comes back to where it started instead of getting stuck.
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(page->searchField()));
    QVERIFY(reached.contains(page->exampleView()));
    const QList<MessageCard *> cards = page->editor()->cards();
    QCOMPARE(cards.size(), 3);
    for (MessageCard *card : cards)
        QVERIFY2(reached.contains(card->contentEditor()), qPrintable(card->contentEditor()->accessibleName()));
    // Reading order: the list before the editor, and the messages top to bottom.
    const auto position = [&reached](QWidget *widget) { return reached.indexOf(widget); };
    QVERIFY(position(page->exampleView()) < position(cards.at(0)->contentEditor()));
    QVERIFY(position(cards.at(0)->contentEditor()) < position(cards.at(1)->contentEditor()));
    QVERIFY(position(cards.at(1)->contentEditor()) < position(cards.at(2)->contentEditor()));
}

double TestAccessibility::contrast(const QColor &a, const QColor &b)
{
    // WCAG 2 contrast ratio of two colours.
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void TestAccessibility::darkPaletteKeepsTextReadable()
{
    // A dark desktop theme as Fusion draws it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    // The window is built after the palette change, as when the app starts in a dark session.
    init();
    openSample();
    QTest::qWait(200);

    const QList<MessageCard *> cards = m_window->datasetPage()->editor()->cards();
    QCOMPARE(cards.size(), 3);
    for (MessageCard *card : cards) {
        QPlainTextEdit *content = card->contentEditor();
        const QPalette palette = content->palette();
        const double textOnField = contrast(palette.color(QPalette::Text), palette.color(QPalette::Base));
        const double textOnCard = contrast(card->palette().color(QPalette::WindowText), card->palette().color(QPalette::Window));
        QVERIFY2(textOnField >= 4.5, qPrintable(QStringLiteral("%1: text on the field %2:1").arg(content->accessibleName()).arg(textOnField)));
        QVERIFY2(textOnCard >= 4.5, qPrintable(QStringLiteral("%1: text on the card %2:1").arg(content->accessibleName()).arg(textOnCard)));
        // The role tint stays dark: a light card in a dark window would glare.
        QVERIFY(card->palette().color(QPalette::Window).lightnessF() < 0.35);
    }
    // Input errors are shown in a red that stays readable on the dark window, and again after a switch to light.
    InlineErrorLabel error(m_window.get());
    error.showError(QStringLiteral("not a price"));
    QVERIFY(contrast(error.palette().color(QPalette::WindowText), error.palette().color(QPalette::Window)) >= 4.5);
    error.setPalette(QApplication::style()->standardPalette());
    QVERIFY(contrast(error.palette().color(QPalette::WindowText), error.palette().color(QPalette::Window)) >= 4.5);
    QCOMPARE(error.palette().color(QPalette::WindowText), QColor(0xb0, 0x00, 0x20));

    // Charts follow the palette too (QtCharts draws a white theme of its own by default).
    const QList<QChartView *> charts = m_window->findChildren<QChartView *>();
    QVERIFY(!charts.isEmpty());
    for (QChartView *view : charts) {
        QVERIFY2(view->chart()->backgroundBrush().color().lightnessF() < 0.35, qPrintable(view->objectName()));
        for (QAbstractAxis *axis : view->chart()->axes())
            QVERIFY(contrast(axis->labelsColor(), view->chart()->backgroundBrush().color()) >= 4.5);
    }
    Fts::Test::Screenshots::save(*m_window, QStringLiteral("main-window-dark.png"));
}

void TestAccessibility::toolbarIconsAreSharpAtTwiceTheScale()
{
    // At 2x every toolbar icon has a pixmap drawn for that scale (the @2x PNGs), not one stretched from 1x.
    const QList<QToolBar *> toolBars = m_window->findChildren<QToolBar *>();
    QVERIFY(!toolBars.isEmpty());
    int checked = 0;
    for (QToolBar *toolBar : toolBars) {
        for (QAction *action : toolBar->actions()) {
            if (action->icon().isNull())
                continue;
            const QSize logical = toolBar->iconSize();
            const QPixmap pixmap = action->icon().pixmap(logical, 2.0);
            QVERIFY2(pixmap.width() >= logical.width() * 2,
                     qPrintable(QStringLiteral("%1: %2 px wide at 2x").arg(action->text()).arg(pixmap.width())));
            const QList<QSize> sizes = action->icon().availableSizes();
            QVERIFY2(std::any_of(sizes.cbegin(), sizes.cend(), [&](const QSize &size) { return size.width() >= logical.width() * 2; }),
                     qPrintable(action->text() + QStringLiteral(": no image drawn for 2x")));
            ++checked;
        }
    }
    QVERIFY(checked >= 3);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
