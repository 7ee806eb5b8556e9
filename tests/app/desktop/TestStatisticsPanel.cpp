// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/stats/TrainingPriceTable.h"
#include "desktop/stats/StatisticsPanel.h"
#include "desktop/stats/TokenHistogramView.h"
#include "desktop/stats/TrainingPricesPage.h"
#include "support/TestPaths.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Fts;

namespace {

QByteArray dataset()
{
    QByteArray data;
    for (int i = 0; i < 60; ++i) {
        data += R"({"messages":[{"role":"system","content":"You code diagnoses as ICD-10-CM."},)"
                R"({"role":"user","content":"Patient with )" + QByteArray("chest pain and dyspnoea, ").repeated(1 + i % 20)
              + R"("},{"role":"assistant","content":"I20.9 Angina pectoris, unspecified"}]})" "\n";
    }
    // Line 61: far over gpt-3.5-turbo-0613's 4,096 tokens; line 62: not an example.
    data += R"({"messages":[{"role":"user","content":")" + QByteArray("word ").repeated(6000)
          + R"("},{"role":"assistant","content":"ok"}]})" "\n";
    data += "this line is not JSON\n";
    return data;
}

} // namespace

class TestStatisticsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsInTheBackgroundAndShowsTheCost();
    void tooLongExamplesAreClickable();
    void editsAndModelChangesUpdateTheFigures();
    void pricesPageStoresOverrides();
    void screenshots();

private:
    QTemporaryDir m_directory;
    std::unique_ptr<QSettings> m_settings;
};

void TestStatisticsPanel::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_settings = std::make_unique<QSettings>(m_directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestStatisticsPanel::countsInTheBackgroundAndShowsTheCost()
{
    Core::DatasetDocument document;
    document.setData(dataset());
    StatisticsPanel panel(m_settings.get());
    QSignalSpy updated(&panel, &StatisticsPanel::statisticsUpdated);
    panel.setModel(QStringLiteral("gpt-4o-mini-2024-07-18"));
    panel.setDocument(&document);
    QVERIFY(updated.wait(30000));
    QVERIFY(panel.hasStatistics());
    const Core::DatasetStatistics &statistics = panel.statistics();
    QCOMPARE(statistics.examples, qint64(61));
    QCOMPARE(statistics.uncountedLines, qint64(1));
    QCOMPARE(statistics.defaultEpochs, 3);
    bool costShown = false;
    const QString expected = QStringLiteral("$") + QLocale().toString(*statistics.estimatedCostUsd, 'f', 2);
    for (QLabel *label : panel.findChildren<QLabel *>())
        costShown = costShown || label->text() == expected;
    QVERIFY2(costShown, qPrintable(expected));
    auto *histogram = panel.findChild<TokenHistogramView *>();
    QVERIFY(histogram);
    qint64 binned = 0;
    for (qint64 count : histogram->binCounts())
        binned += count;
    QCOMPARE(binned, qint64(61));
}

void TestStatisticsPanel::tooLongExamplesAreClickable()
{
    Core::DatasetDocument document;
    document.setData(dataset());
    StatisticsPanel panel(m_settings.get());
    panel.setModel(QStringLiteral("gpt-3.5-turbo-0613"));
    QSignalSpy updated(&panel, &StatisticsPanel::statisticsUpdated);
    panel.setDocument(&document);
    QVERIFY(updated.wait(30000));
    QCOMPARE(panel.statistics().tooLong.size(), 1);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 2); // the long example and the line that is not JSON
    QVERIFY(list->item(0)->text().contains(QLatin1String("61")));
    QSignalSpy activated(&panel, &StatisticsPanel::lineActivated);
    list->scrollToItem(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toInt(), 61);
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().first().toInt(), 62);
}

void TestStatisticsPanel::editsAndModelChangesUpdateTheFigures()
{
    Core::DatasetDocument document;
    document.setData(dataset());
    StatisticsPanel panel(m_settings.get());
    panel.setRefreshDelay(10);
    QSignalSpy updated(&panel, &StatisticsPanel::statisticsUpdated);
    panel.setDocument(&document);
    QVERIFY(updated.wait(30000));
    const qint64 before = panel.statistics().totalTokens;

    // An edit through the document recounts in the background.
    document.setExampleLine(0, R"({"messages":[{"role":"user","content":"short"},{"role":"assistant","content":"x"}]})");
    QVERIFY(updated.wait(30000));
    QVERIFY(panel.statistics().totalTokens < before);
    QCOMPARE(panel.statistics().missingSystem, qint64(2));

    // Epochs: recomputed at once, no recount.
    const int countBefore = int(updated.count());
    panel.findChild<QSpinBox *>()->setValue(5);
    QCOMPARE(updated.count(), countBefore + 1);
    QCOMPARE(panel.statistics().epochs, 5);
    QCOMPARE(panel.statistics().chargedTokens, panel.statistics().billingTokens * 5);

    // Another tokenizer: counted again with cl100k_base.
    panel.findChild<QComboBox *>()->setCurrentText(QStringLiteral("gpt-3.5-turbo-0125"));
    QTRY_COMPARE_WITH_TIMEOUT(panel.statistics().options.encoding, Core::EncodingId::Cl100kBase, 30000);
    QTRY_VERIFY(!panel.isCounting());
}

void TestStatisticsPanel::pricesPageStoresOverrides()
{
    TrainingPricesPage page(m_settings.get());
    auto *table = page.findChild<QTableWidget *>();
    QVERIFY(table);
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, TrainingPricesPage::ModelColumn)->text() == QLatin1String("gpt-4o-mini-2024-07-18"))
            row = i;
    }
    QVERIFY(row >= 0);
    QSignalSpy changed(&page, &TrainingPricesPage::pricesChanged);
    table->item(row, TrainingPricesPage::PriceColumn)->setText(QStringLiteral("-2"));
    QVERIFY(page.isModified());
    QVERIFY(!page.apply());
    QCOMPARE(changed.count(), 0);
    table->item(row, TrainingPricesPage::PriceColumn)->setText(QStringLiteral("2.5"));
    QVERIFY(page.apply());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!page.isModified());
    QCOMPARE(Core::TrainingPriceTable(m_settings.get()).pricePerMillionTokens(QStringLiteral("gpt-4o-mini-2024-07-18")),
             std::optional<double>(2.5));

    // The panel uses the new price after reloadPrices().
    Core::DatasetDocument document;
    document.setData(dataset());
    StatisticsPanel panel(m_settings.get());
    QSignalSpy updated(&panel, &StatisticsPanel::statisticsUpdated);
    panel.setDocument(&document);
    QVERIFY(updated.wait(30000));
    QCOMPARE(*panel.statistics().options.pricePerMillionTokens, 2.5);

    table->item(row, TrainingPricesPage::PriceColumn)->setText(QString());
    QVERIFY(page.apply());
    panel.reloadPrices();
    QCOMPARE(*panel.statistics().options.pricePerMillionTokens, 3.0);
}

void TestStatisticsPanel::screenshots()
{
    Core::DatasetDocument document;
    document.setData(dataset());
    StatisticsPanel panel(m_settings.get());
    panel.setModel(QStringLiteral("gpt-3.5-turbo-0613"));
    panel.resize(460, 980);
    QSignalSpy updated(&panel, &StatisticsPanel::statisticsUpdated);
    panel.setDocument(&document);
    QVERIFY(updated.wait(30000));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(100);
    const QImage image = panel.grab().toImage();
    QVERIFY(image.width() == 460);
    const QString directory = Fts::Test::TestPaths::sourceFile(QStringLiteral("docs/screenshots"));
    if (qEnvironmentVariableIsSet("FTS_UPDATE_SCREENSHOTS")) {
        QVERIFY(image.save(directory + QStringLiteral("/statistics-panel.png")));
        TrainingPricesPage page(m_settings.get());
        page.resize(720, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(directory + QStringLiteral("/training-prices-page.png")));
    }
}

QTEST_MAIN(TestStatisticsPanel)
#include "TestStatisticsPanel.moc"
