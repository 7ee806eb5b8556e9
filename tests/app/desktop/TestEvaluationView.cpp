// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"
#include "core/editing/DatasetDocument.h"
#include "desktop/eval/BlindReviewWidget.h"
#include "desktop/eval/EvaluationSummaryWidget.h"
#include "desktop/eval/EvaluationView.h"
#include "desktop/eval/ProfileClientResolver.h"
#include "eval/evaluation/EvaluationFilterModel.h"
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/EvaluationTableModel.h"
#include "eval/evaluation/ResultStore.h"
#include "eval/evaluation/TestSetLoader.h"
#include "support/TestPaths.h"

#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
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

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("FTS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QVERIFY(widget->grab().save(QDir(directory).filePath(name)));
}

} // namespace

class TestEvaluationView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runShowsFlipsFirstWithSummaryAndReview();
    void filtersSearchAndDetail();
    void failuresGoBackToTheDatasetAndExportsAreWritten();
    void pastRunsReopenWithoutRequests();

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
    saveScreenshot(m_view.get(), QStringLiteral("eval-side-by-side.png"));

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
    saveScreenshot(m_view.get(), QStringLiteral("eval-summary.png"));

    BlindReviewWidget *review = m_view->blindReview();
    const int pairs = review->session().count();
    QVERIFY(pairs >= summary.wins + summary.regressions);
    m_view->tabs()->setCurrentWidget(review);
    saveScreenshot(m_view.get(), QStringLiteral("eval-blind-review.png"));
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

QTEST_MAIN(TestEvaluationView)
#include "TestEvaluationView.moc"
