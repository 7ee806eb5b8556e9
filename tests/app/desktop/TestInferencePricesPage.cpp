// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/InferencePricesPage.h"
#include "desktop/settings/PriceText.h"
#include "eval/evaluation/InferencePricing.h"

#include "support/Screenshots.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts;
using Eval::InferencePricing;
using Eval::TokenPrice;

class TestInferencePricesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsBuiltInPricesNextToFineTunedOnes();
    void editsAreStoredWithTheLocaleAndRejectedWhenWrong();
    void customModelsNeedBothPricesAndResetForgetsThem();

private:
    int rowOf(InferencePricesPage &page, const QString &model) const;
    void setCell(InferencePricesPage &page, int row, int column, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestInferencePricesPage::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("prices.ini")));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("prices.ini")), QSettings::IniFormat);
}

void TestInferencePricesPage::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_settings.reset();
}

int TestInferencePricesPage::rowOf(InferencePricesPage &page, const QString &model) const
{
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        if (page.table()->item(row, InferencePricesPage::ModelColumn)->text() == model)
            return row;
    }
    return -1;
}

void TestInferencePricesPage::setCell(InferencePricesPage &page, int row, int column, const QString &text)
{
    // Through the cell editor, as a person types it.
    QTableWidget *table = page.table();
    // A closed editor lingers hidden until its deferred deletion: only a visible one is the cell's.
    auto openEditor = [table]() -> QLineEdit * {
        for (QLineEdit *editor : table->viewport()->findChildren<QLineEdit *>()) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    };
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    QLineEdit *editor = openEditor();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return's edit from the event loop (so the editor can fix up its input first).
    QTRY_COMPARE(table->item(row, column)->text(), text);
    QTRY_VERIFY(!openEditor());
}

void TestInferencePricesPage::showsBuiltInPricesNextToFineTunedOnes()
{
    InferencePricesPage page(m_settings.get());
    page.resize(760, 520);
    const int defaults = int(InferencePricing::defaultPrices().size());
    QCOMPARE(page.table()->rowCount(), defaults);
    const int mini = rowOf(page, QStringLiteral("gpt-4o-mini"));
    QVERIFY(mini >= 0);
    QCOMPARE(rowOf(page, QStringLiteral("ft:gpt-4o-mini")), mini + 1);
    QCOMPARE(page.table()->item(mini, InferencePricesPage::DefaultInputColumn)->text(), QStringLiteral("0.15"));
    QCOMPARE(page.table()->item(mini, InferencePricesPage::DefaultOutputColumn)->text(), QStringLiteral("0.60"));
    QVERIFY(page.table()->item(mini, InferencePricesPage::InputColumn)->text().isEmpty());
    QVERIFY(!(page.table()->item(mini, InferencePricesPage::DefaultInputColumn)->flags() & Qt::ItemIsEditable));
    QVERIFY(page.table()->item(mini, InferencePricesPage::InputColumn)->flags() & Qt::ItemIsEditable);
}

void TestInferencePricesPage::editsAreStoredWithTheLocaleAndRejectedWhenWrong()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    InferencePricesPage page(m_settings.get());
    page.resize(760, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &InferencePricesPage::pricesChanged);
    const int mini = rowOf(page, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(page.table()->item(mini, InferencePricesPage::DefaultInputColumn)->text(), QStringLiteral("0,15"));

    // Not a number: named, nothing stored.
    setCell(page, mini, InferencePricesPage::InputColumn, QStringLiteral("cheap"));
    QVERIFY(page.errorLabel()->isVisible());
    QVERIFY(page.errorLabel()->text().contains(QStringLiteral("gpt-4o-mini")));
    QVERIFY(page.errorLabel()->text().contains(QStringLiteral("cheap")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(InferencePricing::storedOverrides(m_settings.get()).isEmpty());
    setCell(page, mini, InferencePricesPage::InputColumn, QStringLiteral("-1"));
    QCOMPARE(changed.count(), 0);

    // German decimal comma; the output price left empty keeps its built-in value.
    setCell(page, mini, InferencePricesPage::InputColumn, QStringLiteral("0,075"));
    QVERIFY(!page.errorLabel()->isVisible());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(InferencePricing::storedOverrides(m_settings.get()).value(QStringLiteral("gpt-4o-mini")), (TokenPrice{0.075, 0.60}));
    QCOMPARE(*InferencePricing::fromSettings(m_settings.get()).estimateUsd(QStringLiteral("gpt-4o-mini-2024-07-18"), 1'000'000, 0),
             0.075);
    Fts::Test::Screenshots::save(page, QStringLiteral("eval-inference-prices.png"));

    // Reopened, the page shows the stored price in the locale; "Use default price" forgets it.
    InferencePricesPage reopened(m_settings.get());
    const int row = rowOf(reopened, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(reopened.table()->item(row, InferencePricesPage::InputColumn)->text(), QStringLiteral("0,075"));
    QCOMPARE(reopened.table()->item(row, InferencePricesPage::OutputColumn)->text(), QStringLiteral("0,60"));
    QSignalSpy reopenedChanged(&reopened, &InferencePricesPage::pricesChanged);
    reopened.table()->setCurrentCell(row, InferencePricesPage::ModelColumn);
    auto *reset = reopened.findChild<QPushButton *>();
    for (QPushButton *button : reopened.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("default")))
            reset = button;
    }
    reset->click();
    QCOMPARE(reopenedChanged.count(), 1);
    QVERIFY(InferencePricing::storedOverrides(m_settings.get()).isEmpty());
    QCOMPARE(*InferencePricing::fromSettings(m_settings.get()).priceFor(QStringLiteral("gpt-4o-mini")), (TokenPrice{0.15, 0.60}));
}

void TestInferencePricesPage::customModelsNeedBothPricesAndResetForgetsThem()
{
    InferencePricesPage page(m_settings.get());
    page.resize(760, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *name = page.findChild<QLineEdit *>();
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("meta-llama/Llama-3.1-8B"));
    QTest::keyClick(name, Qt::Key_Return);
    const int row = rowOf(page, QStringLiteral("meta-llama/Llama-3.1-8B"));
    QCOMPARE(row, page.table()->rowCount() - 1);
    QCOMPARE(page.table()->item(row, InferencePricesPage::DefaultInputColumn)->text(), QStringLiteral("none"));
    QTRY_VERIFY(page.table()->viewport()->findChild<QLineEdit *>());
    QTest::keyClick(page.table()->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);

    setCell(page, row, InferencePricesPage::InputColumn, QStringLiteral("0"));
    QVERIFY(page.errorLabel()->isVisible());
    QVERIFY(page.errorLabel()->text().contains(QStringLiteral("both")));
    // The missing price is where the cursor goes, ready to be typed.
    QTRY_COMPARE(page.table()->currentColumn(), InferencePricesPage::OutputColumn);
    QCOMPARE(page.table()->currentRow(), row);
    QVERIFY(InferencePricing::storedOverrides(m_settings.get()).isEmpty());
    setCell(page, row, InferencePricesPage::OutputColumn, QStringLiteral("0"));
    QVERIFY(!page.errorLabel()->isVisible());
    QCOMPARE(InferencePricing::storedOverrides(m_settings.get()).value(QStringLiteral("meta-llama/Llama-3.1-8B")), (TokenPrice{0, 0}));
    QCOMPARE(*InferencePricing::fromSettings(m_settings.get()).estimateUsd(QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"), 5, 5), 0.0);

    // The stored model comes back as a row of its own.
    InferencePricesPage reopened(m_settings.get());
    QVERIFY(rowOf(reopened, QStringLiteral("meta-llama/Llama-3.1-8B")) >= 0);

    // A dated model name is priced by its prefix, as the evaluation prices it: one price alone is enough.
    const QString dated = QStringLiteral("gpt-4o-mini-2024-07-18");
    QTest::keyClicks(name, dated);
    QTest::keyClick(name, Qt::Key_Return);
    const int datedRow = rowOf(page, dated);
    QVERIFY(datedRow >= 0);
    const TokenPrice mini = *InferencePricing().priceFor(dated);
    QCOMPARE(page.table()->item(datedRow, InferencePricesPage::DefaultInputColumn)->text(), PriceText::format(mini.inputPerMillion));
    QTRY_VERIFY(page.table()->viewport()->findChild<QLineEdit *>());
    QTest::keyClick(page.table()->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);
    setCell(page, datedRow, InferencePricesPage::InputColumn, QStringLiteral("1"));
    QVERIFY(!page.errorLabel()->isVisible());
    QCOMPARE(InferencePricing::storedOverrides(m_settings.get()).value(dated), (TokenPrice{1, mini.outputPerMillion}));
}

QTEST_MAIN(TestInferencePricesPage)
#include "TestInferencePricesPage.moc"
