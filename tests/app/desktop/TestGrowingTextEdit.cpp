// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/GrowingTextEdit.h"

#include <QTest>

class TestGrowingTextEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growsWhenTheWidthWrapsMoreLines();
    void growsWithNewLinesAndStopsAtTheMaximum();
};

void TestGrowingTextEdit::growsWhenTheWidthWrapsMoreLines()
{
    Fts::GrowingTextEdit editor;
    editor.setPlainText(QStringLiteral("I12.9: Hypertensive chronic kidney disease with stage 1 through stage 4 chronic "
                                       "kidney disease, or unspecified chronic kidney disease\nN18.4: Chronic kidney "
                                       "disease, stage 4 (severe)"));
    editor.resize(1200, editor.height());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int wide = editor.height();
    editor.resize(300, wide);
    QTRY_VERIFY(editor.height() > wide);
    // Every wrapped line fits: nothing is hidden below the visible area.
    QVERIFY(editor.height() >= 4 * editor.fontMetrics().lineSpacing());
    editor.resize(1200, editor.height());
    QTRY_COMPARE(editor.height(), wide);
}

void TestGrowingTextEdit::growsWithNewLinesAndStopsAtTheMaximum()
{
    Fts::GrowingTextEdit editor;
    editor.resize(600, 50);
    const int empty = editor.height();
    editor.setPlainText(QStringLiteral("one\ntwo\nthree\nfour"));
    QVERIFY(editor.height() > empty);
    editor.setPlainText(QString(QStringLiteral("line\n")).repeated(500));
    QCOMPARE(editor.height(), Fts::GrowingTextEdit::maximumGrowth());
}

QTEST_MAIN(TestGrowingTextEdit)
#include "TestGrowingTextEdit.moc"
