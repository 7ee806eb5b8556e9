// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"
#include "core/editing/DatasetDocument.h"
#include "core/editing/commands/SetExampleValueCommand.h"
#include "core/editing/commands/SetSplitsCommand.h"
#include "desktop/MainWindow.h"
#include "desktop/SplitDialog.h"
#include "desktop/WorkbenchAssembly.h"
#include "desktop/settings/InferencePricesPage.h"
#include "eval/evaluation/InferencePricing.h"
#include "desktop/eval/BlindReviewWidget.h"
#include "desktop/eval/EvaluationSummaryWidget.h"
#include "desktop/eval/EvaluationView.h"
#include "desktop/eval/ProfileClientResolver.h"
#include "eval/evaluation/EvaluationFilterModel.h"
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/EvaluationTableModel.h"
#include "eval/evaluation/ResultStore.h"
#include "eval/evaluation/TestSetLoader.h"
#include "support/Screenshots.h"
#include "support/TestPaths.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Fts;

namespace {

/**
 * The bundled ICD-10 test split answered by two scripted models: "base" forgets a code or picks a neighbouring
 * one now and then, "tuned" is right except on every seventh example. Answers come from the expected ones.
 */
class IcdChatServer
{
public:
    explicit IcdChatServer(const QList<Eval::EvalExample> &examples)
    {
        for (const Eval::EvalExample &example : examples)
            m_expected.insert(example.lastUserText(), {example.position, example.expected});
        m_server.route(QStringLiteral("/v1/chat/completions"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request) {
                           ++requests;
                           const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                           const QString model = body.value(QLatin1String("model")).toString();
                           const QString last = body.value(QLatin1String("messages")).toArray().last().toObject()
                                                    .value(QLatin1String("content")).toString();
                           return QHttpServerResponse(reply(model, answer(model, last)));
                       });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)); }
    quint16 port = 0;
    int requests = 0;

private:
    QString answer(const QString &model, const QString &prompt) const
    {
        const auto [index, expected] = m_expected.value(prompt);
        QStringList lines = expected.split(QLatin1Char('\n'));
        if (model == QLatin1String("tuned")) {
            if (index % 7 == 3)
                return lines.first().replace(QLatin1Char('.'), QStringLiteral(".0"));
            std::reverse(lines.begin(), lines.end());
            return lines.join(QLatin1Char('\n'));
        }
        if (index % 3 == 0 && lines.size() > 1)
            lines.removeLast();
        else if (index % 4 == 1)
            lines.first().replace(QRegularExpression(QStringLiteral("\\d(?=:)")), QStringLiteral("9"));
        return lines.join(QLatin1Char('\n'));
    }
    static QJsonObject reply(const QString &model, const QString &content)
    {
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-gui")},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("model"), model},
            {QStringLiteral("choices"), QJsonArray{QJsonObject{
                 {QStringLiteral("index"), 0}, {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                 {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                         {QStringLiteral("content"), content}}}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 48},
                                                  {QStringLiteral("completion_tokens"), 17},
                                                  {QStringLiteral("total_tokens"), 65}}}};
    }

    QHash<QString, std::pair<int, QString>> m_expected;
    QHttpServer m_server;
};

} // namespace

class TestEvaluationView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runShowsFlipsFirstWithSummaryAndReview();
    void answersAreBrowsedFromTheKeyboard();
    void blindReviewIsDoneFromTheKeyboard();
    void filtersSearchAndDetail();
    void failuresGoBackToTheDatasetAndExportsAreWritten();
    void pastRunsReopenWithoutRequests();
    void inferencePricesChangeTheSummaryCost();
    void testSplitOfTheOpenDatasetIsEvaluatedAsEdited();

private:
    QTemporaryDir m_dir;
    QString m_testSet;
    QList<Eval::EvalExample> m_examples;
    std::unique_ptr<IcdChatServer> m_server;
    std::unique_ptr<QObject> m_owner;
    ProfileClientResolver *m_resolver = nullptr;
    std::unique_ptr<EvaluationView> m_view;
};

void TestEvaluationView::initTestCase()
{
    // The view opens the per-user result store first; keep the tests out of the real one.
    QStandardPaths::setTestModeEnabled(true);
    m_testSet = Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-test.jsonl"));
    Eval::TestSetLoader loader;
    QVERIFY(loader.loadFile(m_testSet));
    m_examples = loader.examples();
    QVERIFY(m_examples.size() >= 20);
    m_server = std::make_unique<IcdChatServer>(m_examples);
    m_owner = std::make_unique<QObject>();
    Api::ProviderOptions options;
    options.baseUrl = m_server->baseUrl();
    auto *client = new Api::ApiClient(Api::Provider::create(QStringLiteral("compatible"), options), m_owner.get());
    m_resolver = new ProfileClientResolver(nullptr, nullptr, m_owner.get());
    m_resolver->addClient(QStringLiteral("local server"), client);

    m_view = std::make_unique<EvaluationView>(m_resolver);
    QVERIFY(m_view->setResultStorePath(m_dir.filePath(QStringLiteral("results.sqlite"))));
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEvaluationView::runShowsFlipsFirstWithSummaryAndReview()
{
    m_view->setTestSetPath(m_testSet);
    m_view->setModels(QStringLiteral("local server"), QStringLiteral("base"), QStringLiteral("local server"), QStringLiteral("tuned"));
    m_view->setScorerSpec(QStringLiteral("lines"));
    m_view->setConcurrency(4);
    QSignalSpy finished(m_view.get(), &EvaluationView::evaluationFinished);
    m_view->startEvaluation();
    QVERIFY(finished.wait(30000));

    const Eval::EvaluationSummary summary = m_view->runner()->summary();
    QCOMPARE(summary.examples, int(m_examples.size()));
    QVERIFY(summary.regressions > 0);
    QVERIFY(summary.wins > summary.regressions);
    QCOMPARE(summary.scorer, QStringLiteral("lines"));

    // Flips first: every regression row, then every win row, then the rest.
    QAbstractItemModel *rows = m_view->table()->model();
    QCOMPARE(rows->rowCount(), int(m_examples.size()));
    for (int row = 0; row < summary.regressions; ++row)
        QCOMPARE(rows->index(row, 0).data(Eval::EvaluationTableModel::FlipRankRole).toInt(), 0);
    for (int row = summary.regressions; row < summary.regressions + summary.wins; ++row)
        QCOMPARE(rows->index(row, 0).data(Eval::EvaluationTableModel::FlipRankRole).toInt(), 1);
    QVERIFY(rows->index(summary.regressions + summary.wins, 0).data(Eval::EvaluationTableModel::FlipRankRole).toInt() > 1);
    QVERIFY(rows->index(0, Eval::EvaluationTableModel::AnswerBColumn).data(Eval::EvaluationTableModel::DiffHtmlRole)
                .toString().contains(QStringLiteral("<span")));
    QCOMPARE(rows->index(0, Eval::EvaluationTableModel::ResultColumn).data().toString(), QStringLiteral("Regression"));

    m_view->table()->selectRow(0);
    QTRY_VERIFY(m_view->detailPane()->toPlainText().contains(QStringLiteral("Expected")));
    m_view->tabs()->setCurrentIndex(0);
    Fts::Test::Screenshots::save(*m_view, QStringLiteral("eval-side-by-side.png"));

    EvaluationSummaryWidget *summaryWidget = m_view->summaryWidget();
    QVERIFY(summaryWidget->verdictText().contains(QString::number(summary.wins)));
    QCOMPARE(summaryWidget->usageTable()->rowCount(), 2);
    m_view->tabs()->setCurrentWidget(summaryWidget);
    QTest::qWait(50);
    const QImage chart = summaryWidget->chartView()->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < chart.height(); y += 3)
        for (int x = 0; x < chart.width(); x += 3)
            colours.insert(chart.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the chart rendered nothing");
    Fts::Test::Screenshots::save(*m_view, QStringLiteral("eval-summary.png"));

    BlindReviewWidget *review = m_view->blindReview();
    const int pairs = review->session().count();
    QVERIFY(pairs >= summary.wins + summary.regressions);
    m_view->tabs()->setCurrentWidget(review);
    Fts::Test::Screenshots::save(*m_view, QStringLiteral("eval-blind-review.png"));
    QVERIFY(!review->session().isRevealed());
    for (int n = 0; n < pairs; ++n) {
        const Eval::ExampleOutcome &outcome = m_view->runner()->outcomes().at(review->session().itemAt(n));
        // The reviewer prefers whichever answer is right: the win rate must come out as the flips say.
        const bool bRight = outcome.b.passed.value_or(false), aRight = outcome.a.passed.value_or(false);
        if (bRight == aRight)
            review->rateTie();
        else if (bRight == review->session().bIsLeft(n))
            review->rateLeft();
        else
            review->rateRight();
    }
    QVERIFY(review->session().isRevealed());
    QCOMPARE(review->session().winRate().winsB, summary.wins);
    QCOMPARE(review->session().winRate().winsA, summary.regressions);
    QVERIFY(review->resultText().contains(QStringLiteral("tuned")));
}

void TestEvaluationView::answersAreBrowsedFromTheKeyboard()
{
    m_view->tabs()->setCurrentIndex(0);
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTableView *table = m_view->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(QModelIndex());
    const Eval::EvaluationSummary summary = m_view->runner()->summary();
    const int flips = summary.wins + summary.regressions;
    QVERIFY(flips >= 2);

    // F walks the flips (sorted to the top) and wraps around to the first one.
    for (int flip = 0; flip < flips; ++flip) {
        QTest::keyClick(table, Qt::Key_F);
        QCOMPARE(table->currentIndex().row(), flip);
    }
    QTest::keyClick(table, Qt::Key_F);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_F, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().row(), flips - 1);
    // J/K and Down/Up move one row; the selection and the detail pane follow.
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), flips);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), flips + 1);
    QTest::keyClick(table, Qt::Key_K);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), flips - 1);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    const Eval::ExampleOutcome &shown = m_view->runner()->outcomes().at(m_view->filterModel()->mapToSource(table->currentIndex()).row());
    QTRY_VERIFY(m_view->detailPane()->toPlainText().contains(shown.example.lastUserText()));
    // Space hides and shows the detail pane; the keys are in the table's tooltip and the hint under it.
    QVERIFY(m_view->detailPane()->isVisible());
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(m_view->detailPane()->isHidden());
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(m_view->detailPane()->isVisible());
    QVERIFY(table->toolTip().contains(QStringLiteral("Ctrl+Enter")));
    QVERIFY(m_view->keyboardHint()->isVisible());
    QVERIFY(EvaluationView::keyboardHelp().contains(QStringLiteral("F")));
    QCOMPARE(m_view->keyboardHint()->toolTip(), EvaluationView::keyboardHelp()); // the hint offers the whole list

    // Home and End, with Ctrl or not, select the first and the last example (the table alone would move the
    // focus only, away from the highlighted row).
    QTest::keyClick(table, Qt::Key_End);
    QCOMPARE(table->currentIndex().row(), table->model()->rowCount() - 1);
    QCOMPARE(table->selectionModel()->selectedRows(), QModelIndexList{table->model()->index(table->model()->rowCount() - 1, 0)});
    // Ctrl+Enter sends the selected failure of B (the first regression) to the dataset, as one undo step.
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->selectionModel()->selectedRows(), QModelIndexList{table->model()->index(0, 0)});
    QCOMPARE(table->currentIndex().data(Eval::EvaluationTableModel::FlipRankRole).toInt(), 0);
    Core::DatasetDocument document;
    m_view->setDatasetDocument(&document);
    QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(document.exampleCount(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    const Eval::ExampleOutcome &regression = m_view->runner()->outcomes().at(m_view->filterModel()->mapToSource(table->currentIndex()).row());
    Eval::TestSetLoader added;
    added.loadBytes(document.exampleLine(0));
    QCOMPARE(added.examples().first().key, regression.example.key);
    m_view->setDatasetDocument(nullptr);
    // Letters typed into the search field stay text.
    QLineEdit *search = m_view->findChild<QLineEdit *>(QString(), Qt::FindChildrenRecursively);
    for (QLineEdit *edit : m_view->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(QStringLiteral("Search")))
            search = edit;
    }
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("fj k"));
    const QString typed = search->text();
    const int matching = m_view->filterModel()->rowCount();
    // Cleared before comparing, so that a failure here leaves the later tests an unfiltered table.
    search->clear();
    QCOMPARE(typed, QStringLiteral("fj k"));
    // The letters searched (no example has "fj k") rather than moving through the table.
    QCOMPARE(matching, 0);
    QCOMPARE(m_view->filterModel()->rowCount(), int(m_examples.size()));
}

void TestEvaluationView::blindReviewIsDoneFromTheKeyboard()
{
    BlindReviewWidget *review = m_view->blindReview();
    review->setOutcomes(m_view->runner()->outcomes(), m_view->runner()->modelA().label(), m_view->runner()->modelB().label(), 7);
    m_view->tabs()->setCurrentWidget(review);
    QTRY_VERIFY(review->isAncestorOf(QApplication::focusWidget()) || review->hasFocus());
    const Eval::BlindReviewSession &session = review->session();
    const int pairs = session.count();
    QVERIFY(pairs >= 3);
    QVERIFY(!session.isRevealed());

    // The key a reviewer who prefers the right answer presses, alternating the two spellings of each key.
    int presses = 0;
    auto keyFor = [&](int n) {
        const Eval::ExampleOutcome &outcome = m_view->runner()->outcomes().at(session.itemAt(n));
        const bool aRight = outcome.a.passed.value_or(false), bRight = outcome.b.passed.value_or(false);
        const bool alternate = presses++ % 2;
        if (aRight == bRight)
            return alternate ? Qt::Key_T : Qt::Key_0;
        const bool leftBetter = bRight == session.bIsLeft(n);
        return leftBetter ? (alternate ? Qt::Key_A : Qt::Key_1) : (alternate ? Qt::Key_B : Qt::Key_2);
    };

    // K at the first pair stays; J skips it unrated; the others are rated in order.
    QTest::keyClick(review, Qt::Key_K);
    QCOMPARE(review->currentItem(), 0);
    QTest::keyClick(review, Qt::Key_J);
    QCOMPARE(review->currentItem(), 1);
    QTest::keyClick(review, Qt::Key_Up);
    QCOMPARE(review->currentItem(), 0);
    QTest::keyClick(review, Qt::Key_Down);
    for (int n = 1; n < pairs; ++n) {
        QCOMPARE(review->currentItem(), n);
        QTest::keyClick(review, keyFor(n));
    }
    // Rating the last pair goes back to the one skipped; N finds it too.
    QCOMPARE(session.ratedCount(), pairs - 1);
    QCOMPARE(review->currentItem(), 0);
    QTest::keyClick(review, Qt::Key_J);
    QTest::keyClick(review, Qt::Key_N);
    QCOMPARE(review->currentItem(), 0);
    QVERIFY(!session.isRevealed());
    QTest::keyClick(review, keyFor(0));

    QVERIFY(session.isComplete());
    QVERIFY(session.isRevealed());
    const Eval::EvaluationSummary summary = m_view->runner()->summary();
    int ties = 0;
    for (int n = 0; n < pairs; ++n) {
        const Eval::ExampleOutcome &outcome = m_view->runner()->outcomes().at(session.itemAt(n));
        const bool aRight = outcome.a.passed.value_or(false), bRight = outcome.b.passed.value_or(false);
        const auto expected = aRight == bRight ? Eval::BlindReviewSession::Preference::Tie
                              : bRight         ? Eval::BlindReviewSession::Preference::B
                                               : Eval::BlindReviewSession::Preference::A;
        QCOMPARE(*session.preferenceAt(n), expected);
        ties += aRight == bRight ? 1 : 0;
    }
    QCOMPARE(session.winRate().winsB, summary.wins);
    QCOMPARE(session.winRate().winsA, summary.regressions);
    QCOMPARE(session.winRate().ties, ties);
    QVERIFY(review->resultText().contains(QStringLiteral("tuned")));
    const QString percent = QLocale().toString(100.0 * summary.wins / (summary.wins + summary.regressions), 'f', 1);
    QVERIFY2(review->resultText().contains(percent + QLatin1Char('%')), qPrintable(review->resultText()));

    // Going back shows the rating given, in the reviewer's terms; a key on a rated pair changes it.
    QTest::keyClick(review, Qt::Key_K);
    QCOMPARE(review->currentItem(), pairs - 1);
    auto *progress = review->findChildren<QLabel *>().constFirst();
    QVERIFY2(progress->text().contains(QStringLiteral("your rating")), qPrintable(progress->text()));
    QVERIFY(review->findChild<QLabel *>(QStringLiteral("blindReviewKeys"))->text().contains(QStringLiteral("N next unrated")));
    QVERIFY(BlindReviewWidget::keyboardHelp().contains(QStringLiteral("0 or T")));
    QCOMPARE(review->findChild<QLabel *>(QStringLiteral("blindReviewKeys"))->toolTip(), BlindReviewWidget::keyboardHelp());

    // Space on a focused button presses that button; it is a tie only elsewhere.
    auto *left = review->findChild<QPushButton *>(QStringLiteral("blindReviewLeft"));
    left->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(left));
    const int item = review->currentItem();
    QTest::keyClick(left, Qt::Key_Space);
    QCOMPARE(*session.preferenceAt(item), session.bIsLeft(item) ? Eval::BlindReviewSession::Preference::B
                                                                 : Eval::BlindReviewSession::Preference::A);
}

void TestEvaluationView::filtersSearchAndDetail()
{
    Eval::EvaluationFilterModel *filter = m_view->filterModel();
    const Eval::EvaluationSummary summary = m_view->runner()->summary();
    filter->setShow(Eval::EvaluationFilterModel::Show::Flips);
    QCOMPARE(filter->rowCount(), summary.wins + summary.regressions);
    filter->setShow(Eval::EvaluationFilterModel::Show::Failures);
    int failures = 0;
    for (const Eval::ExampleOutcome &outcome : m_view->runner()->outcomes())
        failures += (!*outcome.a.passed || !*outcome.b.passed) ? 1 : 0;
    QCOMPARE(filter->rowCount(), failures);
    filter->setShow(Eval::EvaluationFilterModel::Show::All);
    filter->setSearchText(QStringLiteral("HYPERTENSION"));
    QVERIFY(filter->rowCount() >= 1);
    QVERIFY(filter->rowCount() < int(m_examples.size()));
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(filter->index(row, 0).data(Eval::EvaluationTableModel::SearchTextRole).toString()
                    .contains(QStringLiteral("hypertension"), Qt::CaseInsensitive));
    m_view->table()->selectRow(0);
    const Eval::ExampleOutcome &first = m_view->runner()->outcomes().at(filter->mapToSource(filter->index(0, 0)).row());
    QTRY_VERIFY(m_view->detailPane()->toPlainText().contains(first.example.lastUserText()));
    QVERIFY(m_view->detailPane()->toPlainText().contains(QStringLiteral("65 tokens")) == false);
    QVERIFY(m_view->detailPane()->toPlainText().contains(QStringLiteral("48 tokens in, 17 out")));
    filter->setSearchText(QString());
}

void TestEvaluationView::failuresGoBackToTheDatasetAndExportsAreWritten()
{
    m_view->table()->clearSelection();
    QSignalSpy sent(m_view.get(), &EvaluationView::failuresForDataset);
    m_view->sendFailuresToDataset();
    QCOMPARE(sent.size(), 1);
    const QList<QByteArray> lines = sent.first().first().value<QList<QByteArray>>();
    int bFailures = 0;
    for (const Eval::ExampleOutcome &outcome : m_view->runner()->outcomes())
        bFailures += *outcome.b.passed ? 0 : 1;
    QCOMPARE(int(lines.size()), bFailures);
    const QJsonArray messages = QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.last().toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    Eval::TestSetLoader reparsed;
    reparsed.loadBytes(lines.first());
    QCOMPARE(reparsed.examples().size(), 1);
    bool found = false;
    for (const Eval::EvalExample &example : std::as_const(m_examples))
        found = found || example.key == reparsed.examples().first().key;
    QVERIFY2(found, "the line sent back is not the original example with its expected answer");
    QVERIFY(sent.first().at(1).toString().contains(QString::number(bFailures)));

    // With the open dataset attached, the same failures land in it as one undo step.
    Core::DatasetDocument document;
    document.setData(lines.first() + "\n");
    QCOMPARE(document.exampleCount(), 1);
    m_view->setDatasetDocument(&document);
    m_view->sendFailuresToDataset();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(document.exampleCount(), 1 + bFailures);
    QCOMPARE(document.exampleLine(1), lines.first());
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.exampleCount(), 1);
    m_view->setDatasetDocument(nullptr);

    QString error;
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    QVERIFY2(m_view->exportResults(html, EvaluationView::ExportFormat::Html, &error), qPrintable(error));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray report = htmlFile.readAll();
    QVERIFY(report.contains("<svg"));
    QVERIFY(report.contains("McNemar"));
    // Self-contained: nothing is fetched when the report is opened (the SVG namespace URI is only a name).
    QVERIFY(!report.contains("src=") && !report.contains("<link") && !report.contains("<script") && !report.contains("url("));
    const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(m_view->exportResults(csv, EvaluationView::ExportFormat::Csv, &error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll().count("\r\n"), m_examples.size() + 1);
    QVERIFY(m_view->exportResults(m_dir.filePath(QStringLiteral("results.jsonl")), EvaluationView::ExportFormat::Jsonl, &error));
    QVERIFY(!m_view->exportResults(QStringLiteral("/proc/nope/results.csv"), EvaluationView::ExportFormat::Csv, &error));
    QVERIFY(error.contains(QStringLiteral("/proc/nope")));
}

void TestEvaluationView::pastRunsReopenWithoutRequests()
{
    const Eval::EvaluationSummary before = m_view->runner()->summary();
    const auto *pastRuns = m_view->tabs()->widget(3);
    QVERIFY(pastRuns);
    Eval::ResultStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("results.sqlite"))));
    const QList<Eval::EvaluationRunInfo> runs = store.runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().answeredCount, 2 * int(m_examples.size()));
    m_view->openStoredRun(runs.first().id);
    const Eval::EvaluationSummary after = m_view->runner()->summary();
    QCOMPARE(after.examples, before.examples);
    QCOMPARE(after.wins, before.wins);
    QCOMPARE(after.regressions, before.regressions);
    QVERIFY(!m_view->runner()->isRunning());
    for (const Eval::ExampleOutcome &outcome : m_view->runner()->outcomes())
        QVERIFY(outcome.a.fromStore && outcome.b.fromStore);
    QCOMPARE(m_view->table()->model()->rowCount(), int(m_examples.size()));
}

void TestEvaluationView::inferencePricesChangeTheSummaryCost()
{
    // The page writes the application's settings (a test location in test mode), where the view reads them.
    Eval::InferencePricing::storeOverrides({});
    m_view->reloadPrices();
    EvaluationSummaryWidget *summaryWidget = m_view->summaryWidget();
    constexpr int costColumn = 6;
    QCOMPARE(summaryWidget->usageTable()->item(1, costColumn)->text(), QStringLiteral("unknown"));
    QVERIFY(!m_view->runner()->summary().b.costUsd);

    InferencePricesPage page;
    connect(&page, &InferencePricesPage::pricesChanged, m_view.get(), &EvaluationView::reloadPrices);
    page.editPrice(QStringLiteral("tuned"));
    const int row = page.table()->currentRow();
    QCOMPARE(page.table()->item(row, InferencePricesPage::ModelColumn)->text(), QStringLiteral("tuned"));
    page.table()->item(row, InferencePricesPage::InputColumn)->setText(QStringLiteral("2"));
    page.table()->item(row, InferencePricesPage::OutputColumn)->setText(QStringLiteral("4.5"));
    QVERIFY(page.errorLabel()->isHidden());

    const Eval::ModelSummary b = m_view->runner()->summary().b;
    QVERIFY(b.costUsd.has_value());
    const double expected = (b.promptTokens * 2.0 + b.completionTokens * 4.5) / 1e6;
    QVERIFY(std::abs(*b.costUsd - expected) < 1e-12);
    QCOMPARE(summaryWidget->usageTable()->item(1, costColumn)->text(), QStringLiteral("$%1").arg(QLocale().toString(expected, 'f', 4)));
    QCOMPARE(summaryWidget->usageTable()->item(0, costColumn)->text(), QStringLiteral("unknown"));
    // The detail pane's per-call cost uses it too.
    m_view->tabs()->setCurrentIndex(0);
    m_view->table()->selectRow(1);
    m_view->table()->selectRow(0);
    QTRY_VERIFY(m_view->detailPane()->toPlainText().contains(QStringLiteral("$0.000")));

    Eval::InferencePricing::storeOverrides({});
    m_view->reloadPrices();
    QCOMPARE(summaryWidget->usageTable()->item(1, costColumn)->text(), QStringLiteral("unknown"));
}

void TestEvaluationView::testSplitOfTheOpenDatasetIsEvaluatedAsEdited()
{
    // A dataset of 10 training examples followed by the 26 test ones, opened in the main window like a user would.
    QFile train(Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl")));
    QFile test(m_testSet);
    QVERIFY(train.open(QIODevice::ReadOnly) && test.open(QIODevice::ReadOnly));
    QByteArray bytes;
    for (int i = 0; i < 10; ++i)
        bytes += train.readLine();
    bytes += test.readAll();
    const QString datasetPath = m_dir.filePath(QStringLiteral("coding.jsonl"));
    QFile dataset(datasetPath);
    QVERIFY(dataset.open(QIODevice::WriteOnly) && dataset.write(bytes) == bytes.size());
    dataset.close();

    MainWindow window;
    auto *assembly = new WorkbenchAssembly(&window);
    QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
    window.openDataset(datasetPath);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    Core::DatasetDocument *document = window.document();
    const int testCount = int(m_examples.size());
    QCOMPARE(document->exampleCount(), 10 + testCount);

    // Without a test split the choice says so and offers Dataset > Assign Splits, which the assembly opens.
    EvaluationView *assembled = assembly->evaluationView();
    assembled->setTestSource(EvaluationView::TestSource::DatasetTestSplit);
    QVERIFY(assembled->testSourceInfo()->text().contains(QStringLiteral("no test split")));
    QVERIFY(assembled->testSourceChoice()->currentText().contains(QStringLiteral("none yet")));
    QVERIFY(!assembled->assignSplitsButton()->isHidden());
    // The dialog runs its own event loop and is gone once answered: a timer polling from that loop accepts it.
    bool splitDialogShown = false;
    QTimer answerSplitDialog;
    answerSplitDialog.setInterval(10);
    connect(&answerSplitDialog, &QTimer::timeout, &window, [&splitDialogShown, &answerSplitDialog] {
        if (auto *dialog = qobject_cast<SplitDialog *>(QApplication::activeModalWidget())) {
            splitDialogShown = true;
            answerSplitDialog.stop();
            dialog->accept();
        }
    });
    answerSplitDialog.start();
    assembled->assignSplitsButton()->click();
    answerSplitDialog.stop();
    QVERIFY2(splitDialogShown, "Assign Splits did not open the split dialog");
    const int assigned = int(Eval::TestSetLoader::rowsInSplit(*document, Core::DatasetSplit::Test).size());
    QVERIFY(assigned > 0);
    QVERIFY(assembled->testSourceInfo()->text().contains(QString::number(assigned)));
    QVERIFY(assembled->assignSplitsButton()->isHidden());
    document->undoStack()->undo();
    QVERIFY(assembled->testSourceInfo()->text().contains(QStringLiteral("no test split")));

    // The held-out examples become the test split, and one of them is edited without saving.
    QList<Core::SetSplitsCommand::Assignment> splits;
    for (int row = 0; row < document->exampleCount(); ++row)
        splits.append({row, row < 10 ? Core::DatasetSplit::Train : Core::DatasetSplit::Test});
    document->undoStack()->push(new Core::SetSplitsCommand(document, splits));
    const int editedRow = 12;
    const int lastMessage = int(document->example(editedRow).value(QLatin1String("messages")).toArray().size()) - 1;
    document->undoStack()->push(new Core::SetExampleValueCommand(
        document, editedRow, QStringLiteral("/messages/%1/content").arg(lastMessage), QStringLiteral("Z99.89: edited, not saved")));
    QVERIFY(document->isModified());

    EvaluationView view(m_resolver);
    QVERIFY(view.setResultStorePath(m_dir.filePath(QStringLiteral("dataset-results.sqlite"))));
    view.setDatasetDocument(document);
    QList<int> selected;
    view.setSelectedRowsProvider([&selected] { return selected; });
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // With a test split and no file chosen, the split is what is offered.
    QCOMPARE(view.testSource(), EvaluationView::TestSource::DatasetTestSplit);
    QVERIFY(view.testSourceInfo()->isVisible());
    QVERIFY2(view.testSourceInfo()->text().contains(QStringLiteral("%1 example").arg(testCount)),
             qPrintable(view.testSourceInfo()->text()));
    QVERIFY(view.testSourceInfo()->text().contains(QStringLiteral("test split of coding.jsonl")));
    QVERIFY(view.testSourceInfo()->text().contains(QStringLiteral("Unsaved edits")));
    QVERIFY(view.testSourceChoice()->currentText().contains(QString::number(testCount)));

    view.setModels(QStringLiteral("local server"), QStringLiteral("base"), QStringLiteral("local server"), QStringLiteral("tuned"));
    view.setScorerSpec(QStringLiteral("lines"));
    const int requestsBefore = m_server->requests;
    QSignalSpy finished(&view, &EvaluationView::evaluationFinished);
    view.startEvaluation();
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_server->requests - requestsBefore, 2 * testCount);
    const Eval::EvaluationSummary summary = view.runner()->summary();
    QCOMPARE(summary.total, testCount);
    QCOMPARE(summary.examples, testCount);
    QCOMPARE(view.table()->model()->rowCount(), testCount);
    bool sawEdit = false;
    for (const Eval::ExampleOutcome &outcome : view.runner()->outcomes()) {
        QVERIFY(outcome.example.lineNumber > 10);
        if (outcome.example.lineNumber == editedRow + 1) {
            sawEdit = true;
            // The answer in memory, not the one on disk, is the expected one: neither model can match it.
            QCOMPARE(outcome.example.expected, QStringLiteral("Z99.89: edited, not saved"));
            QVERIFY(!*outcome.a.passed && !*outcome.b.passed);
        }
    }
    QVERIFY(sawEdit);
    // The untouched examples score exactly as when the same lines came from the file.
    const QString editedPrompt = m_examples.at(editedRow - 10).lastUserText();
    int fileFlips = 0;
    for (const Eval::ExampleOutcome &outcome : m_view->runner()->outcomes()) {
        if (outcome.example.lastUserText() != editedPrompt)
            fileFlips += *outcome.a.passed != *outcome.b.passed ? 1 : 0;
    }
    QCOMPARE(summary.wins + summary.regressions, fileFlips);

    // B's failures are in this dataset already: sending them back must not copy test examples into training.
    const int before = document->exampleCount();
    view.sendFailuresToDataset();
    QCOMPARE(document->exampleCount(), before);
    QVERIFY(view.statusLabel()->text().contains(QStringLiteral("already")));

    // Selected examples: three rows, all answered before, so nothing is asked again.
    view.setTestSource(EvaluationView::TestSource::SelectedExamples);
    QVERIFY(view.testSourceInfo()->text().contains(QStringLiteral("No example is selected")));
    selected = {11, 13, 14};
    view.setTestSource(EvaluationView::TestSource::SelectedExamples);
    QVERIFY(view.testSourceInfo()->text().contains(QStringLiteral("3 example")));
    const int requestsBeforeSelection = m_server->requests;
    view.startEvaluation();
    QVERIFY(finished.wait(30000));
    QCOMPARE(view.runner()->summary().total, 3);
    QCOMPARE(m_server->requests, requestsBeforeSelection);
    for (const Eval::ExampleOutcome &outcome : view.runner()->outcomes())
        QVERIFY(outcome.a.fromStore && outcome.b.fromStore);

    // Whole dataset counts every example; a file chosen afterwards switches the source back.
    view.setTestSource(EvaluationView::TestSource::WholeDataset);
    QVERIFY(view.testSourceInfo()->text().contains(QString::number(10 + testCount)));
    view.setTestSetPath(m_testSet);
    QCOMPARE(view.testSource(), EvaluationView::TestSource::File);
    QVERIFY(view.testSourceInfo()->isHidden());
}

QTEST_MAIN(TestEvaluationView)
#include "TestEvaluationView.moc"
