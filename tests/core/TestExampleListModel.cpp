// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleFilterModel.h"
#include "core/editing/ExampleListModel.h"
#include "core/editing/IssueListModel.h"
#include "core/editing/commands/InsertExamplesCommand.h"
#include "core/editing/commands/MoveExampleCommand.h"
#include "core/editing/commands/RemoveExamplesCommand.h"
#include "core/editing/commands/SetExampleValueCommand.h"
#include "core/editing/commands/SetSplitsCommand.h"
#include "core/stats/ChatTokenCounter.h"
#include "core/validation/DatasetValidator.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Fts::Core;

/** The list, filter and issue models, each under QAbstractItemModelTester while commands change the data. */
class TestExampleListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void showsIndexPreviewMessagesAndSplit();
    void followsEveryCommandUnderTheModelTester();
    void marksUnparsableLinesAsErrorsWithoutValidation();
    void takesStatusesFromAValidationReport();
    void filterSearchesCaseInsensitiveAndThroughEscapes();
    void filterByStatusAndSplit();
    void issueModelReplacesTheIssuesOfOneLine();
    void countsTokensInTheBackgroundAndRecountsEditedRows();
    void countsManyChunksWhileRowsMove();
    void batchRemovalKeepsTheRowsCountsUnderTheModelTester();
    void filtersByTokenLength();
    void dropMovesDraggedRowsAsOneUndoStep();
    void dropIgnoresRowsFromAnotherListOrAStaleDrag();

private:
    DatasetDocument m_document;
};

static QByteArray example(const char *user, const char *assistant)
{
    return QByteArray("{\"messages\": [{\"role\": \"system\", \"content\": \"You code.\"}, {\"role\": \"user\", \"content\": \"")
        + user + "\"}, {\"role\": \"assistant\", \"content\": \"" + assistant + "\"}]}";
}

void TestExampleListModel::init()
{
    m_document.setData(example("Acute bronchitis.", "J20.9: Acute bronchitis, unspecified") + '\n'
                       + example("Caf\\u00e9 worker with gout.", "M10.9: Gout, unspecified") + "\n\n"
                       + "{broken\n" + example("Line one\\nHypertension", "I10: Essential (primary) hypertension")
                       + '\n');
}

void TestExampleListModel::showsIndexPreviewMessagesAndSplit()
{
    ExampleListModel model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ExampleListModel::ColumnCount));
    QCOMPARE(model.index(0, ExampleListModel::IndexColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, ExampleListModel::PreviewColumn).data().toString(),
             QString::fromUtf8("Caf\xC3\xA9 worker with gout."));
    QCOMPARE(model.index(3, ExampleListModel::PreviewColumn).data().toString(), QStringLiteral("Line one Hypertension"));
    QCOMPARE(model.index(0, ExampleListModel::MessagesColumn).data().toInt(), 3);
    QCOMPARE(model.index(3, 0).data(ExampleListModel::LineNumberRole).toInt(), 5);
    QCOMPARE(model.index(0, ExampleListModel::SplitColumn).data().toString(), QString());
    m_document.undoStack()->push(new SetSplitsCommand(&m_document, {{0, DatasetSplit::Validation}}));
    QCOMPARE(model.index(0, ExampleListModel::SplitColumn).data().toString(), QStringLiteral("Validation"));
    QCOMPARE(model.headerData(ExampleListModel::PreviewColumn, Qt::Horizontal).toString(),
             QStringLiteral("First user message"));
}

void TestExampleListModel::followsEveryCommandUnderTheModelTester()
{
    ExampleListModel model(&m_document);
    ExampleFilterModel filter(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QUndoStack *stack = m_document.undoStack();

    stack->push(new InsertExamplesCommand(&m_document, 1, {example("New.", "Z00.00"), example("Newer.", "Z23")}));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(1, ExampleListModel::PreviewColumn).data().toString(), QStringLiteral("New."));
    QCOMPARE(filter.rowCount(), 6);
    stack->push(new MoveExampleCommand(&m_document, 0, 5));
    QCOMPARE(model.index(5, ExampleListModel::PreviewColumn).data().toString(), QStringLiteral("Acute bronchitis."));
    stack->push(new MoveExampleCommand(&m_document, 5, 1));
    QCOMPARE(model.index(1, ExampleListModel::PreviewColumn).data().toString(), QStringLiteral("Acute bronchitis."));
    stack->push(new RemoveExamplesCommand(&m_document, {0, 2, 3}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(filter.rowCount(), 3);
    stack->push(new SetExampleValueCommand(&m_document, 0, QStringLiteral("/messages/1/content"), QStringLiteral("Edited.")));
    QCOMPARE(model.index(0, ExampleListModel::PreviewColumn).data().toString(), QStringLiteral("Edited."));
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ExampleListModel::PreviewColumn).data().toString(), QStringLiteral("Acute bronchitis."));
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(model.rowCount(), 3);
    m_document.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestExampleListModel::marksUnparsableLinesAsErrorsWithoutValidation()
{
    ExampleListModel model(&m_document);
    QCOMPARE(model.status(2), ExampleListModel::Status::Error);
    QCOMPARE(model.status(0), ExampleListModel::Status::Unknown);
    QCOMPARE(model.index(2, ExampleListModel::PreviewColumn).data().toString(), QStringLiteral("{broken"));
    QVERIFY(!model.index(2, ExampleListModel::MessagesColumn).data().isValid());
}

void TestExampleListModel::takesStatusesFromAValidationReport()
{
    ExampleListModel model(&m_document);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const ValidationReport report = DatasetValidator().validate(m_document.lines());
    model.setValidationReport(report);
    QVERIFY(changed.count() > 0);
    // "Fewer than 10 examples" is about the file (line 0), not about an example.
    QCOMPARE(model.status(0), ExampleListModel::Status::Valid);
    QCOMPARE(model.status(2), ExampleListModel::Status::Error);
    model.setValidationStatuses({{1, ExampleListModel::Status::Warning}});
    QCOMPARE(model.status(0), ExampleListModel::Status::Valid);
    QCOMPARE(model.status(1), ExampleListModel::Status::Warning);
    model.setStatusIcons({QIcon(), QIcon(), QIcon(), QIcon()});
}

void TestExampleListModel::filterSearchesCaseInsensitiveAndThroughEscapes()
{
    ExampleListModel model(&m_document);
    ExampleFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(QStringLiteral("ACUTE"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QString::fromUtf8("caf\xC3\xA9"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 1);
    filter.setSearchText(QStringLiteral("one\nHyper"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("nothing like this"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 4);
    QVERIFY(ExampleFilterModel::containsIgnoringAsciiCase("xxAbCd", "abcd"));
    QVERIFY(ExampleFilterModel::containsIgnoringAsciiCase("aaab", "ab"));
    QVERIFY(!ExampleFilterModel::containsIgnoringAsciiCase("ab", "abc"));
    QVERIFY(!ExampleFilterModel::containsIgnoringAsciiCase("a-b-c", "abc"));

    // Letters hidden behind \u00XX escapes are found; other escapes alone cannot hide a plain term.
    DatasetDocument escaped;
    escaped.setData(example("\\u0047out, flare\\nup", "M10.9") + '\n' + example("Tab\\there", "R69") + '\n');
    ExampleListModel escapedModel(&escaped);
    ExampleFilterModel escapedFilter(&escapedModel);
    escapedFilter.setSearchText(QStringLiteral("GOUT"));
    QCOMPARE(escapedFilter.rowCount(), 1);
    escapedFilter.setSearchText(QStringLiteral("flare\nup"));
    QCOMPARE(escapedFilter.rowCount(), 1);
    escapedFilter.setSearchText(QStringLiteral("tab\there"));
    QCOMPARE(escapedFilter.rowCount(), 1);
    escapedFilter.setSearchText(QStringLiteral("flare up"));
    QCOMPARE(escapedFilter.rowCount(), 0);
}

void TestExampleListModel::filterByStatusAndSplit()
{
    ExampleListModel model(&m_document);
    ExampleFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setStatusFilter(ExampleFilterModel::StatusFilter::Errors);
    QCOMPARE(filter.rowCount(), 1);
    filter.setStatusFilter(ExampleFilterModel::StatusFilter::All);
    m_document.undoStack()->push(
        new SetSplitsCommand(&m_document, {{1, DatasetSplit::Test}, {3, DatasetSplit::Test}}));
    filter.setSplitFilter(int(DatasetSplit::Test));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSplitFilter(-1);
    QCOMPARE(filter.rowCount(), 4);
}

void TestExampleListModel::issueModelReplacesTheIssuesOfOneLine()
{
    IssueListModel issues;
    QAbstractItemModelTester tester(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
    issues.setReport(DatasetValidator().validate(m_document.lines()));
    const int before = issues.rowCount();
    QVERIFY(before >= 2);
    int brokenRow = -1;
    for (int row = 0; row < issues.rowCount(); ++row) {
        if (issues.index(row, 0).data(IssueListModel::LineRole).toInt() == 4)
            brokenRow = row;
    }
    QVERIFY(brokenRow >= 0);
    QCOMPARE(issues.index(brokenRow, IssueListModel::LineColumn).data().toInt(), 4);
    QVERIFY(issues.index(brokenRow, 0).data(IssueListModel::IsErrorRole).toBool());
    issues.replaceLineIssues(4, {});
    QCOMPARE(issues.rowCount(), before - 1);
    issues.replaceLineIssues(2, DatasetValidator().validateLine("{\"messages\": 3}", 2));
    QCOMPARE(issues.rowCount(), before);
    QCOMPARE(issues.index(0, 0).data(IssueListModel::LineRole).toInt() <= 2, true);
    issues.shiftLines(2, 10);
    bool shifted = false;
    for (int row = 0; row < issues.rowCount(); ++row)
        shifted = shifted || issues.index(row, 0).data(IssueListModel::LineRole).toInt() == 12;
    QVERIFY(shifted);
}

static int expectedTokens(QByteArrayView line)
{
    const ExampleTokens counted = ChatTokenCounter(EncodingId::O200kBase).count(line);
    return counted.isCounted() ? int(counted.totalTokens) : ExampleListModel::TokensUnknown;
}

void TestExampleListModel::countsTokensInTheBackgroundAndRecountsEditedRows()
{
    ExampleListModel model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.index(0, ExampleListModel::TokensColumn).data().isValid());
    QCOMPARE(model.tokens(0), ExampleListModel::TokensPending);
    QSignalSpy finished(&model, &ExampleListModel::tokenCountingFinished);
    model.setTokenEncoding(EncodingId::O200kBase);
    QVERIFY(model.isCountingTokens());
    QVERIFY(finished.wait(5000));
    QVERIFY(!model.isCountingTokens());
    QCOMPARE(model.countedExamples(), 4);
    for (int row : {0, 1, 3}) {
        QVERIFY(model.tokens(row) > 20);
        QCOMPARE(model.tokens(row), expectedTokens(m_document.exampleLineView(row)));
        QCOMPARE(model.index(row, ExampleListModel::TokensColumn).data(ExampleListModel::TokensRole).toInt(),
                 model.tokens(row));
        QCOMPARE(model.index(row, ExampleListModel::TokensColumn).data().toString(), QLocale().toString(model.tokens(row)));
    }
    QCOMPARE(model.tokens(2), ExampleListModel::TokensUnknown); // {broken
    QCOMPARE(model.index(2, ExampleListModel::TokensColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Cannot be counted: not a chat example"));

    // An edit is recounted at once, alone, and an inserted example too.
    const int before = model.tokens(0);
    m_document.undoStack()->push(new SetExampleValueCommand(
        &m_document, 0, QStringLiteral("/messages/1/content"), QStringLiteral("Acute bronchitis with fever and a cough.")));
    QCOMPARE(model.tokens(0), expectedTokens(m_document.exampleLineView(0)));
    QVERIFY(model.tokens(0) > before);
    m_document.undoStack()->push(new InsertExamplesCommand(&m_document, 1, {example("New.", "Z00.00")}));
    QCOMPARE(model.tokens(1), expectedTokens(m_document.exampleLineView(1)));
    QCOMPARE(model.countedExamples(), 5);
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    QCOMPARE(model.tokens(0), before);

    // Over the model's limit: marked red with the overflow in the tooltip.
    model.setTokenLimit(before - 1);
    QCOMPARE(model.index(0, ExampleListModel::TokensColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
    QVERIFY(model.index(0, ExampleListModel::TokensColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 over the limit")));
    model.setTokenLimit(0);
    QVERIFY(!model.index(0, ExampleListModel::TokensColumn).data(Qt::ForegroundRole).isValid());

    // Another tokenizer counts everything again.
    finished.clear();
    model.setTokenEncoding(EncodingId::Cl100kBase);
    QVERIFY(finished.wait(5000));
    QCOMPARE(model.tokens(0),
             int(ChatTokenCounter(EncodingId::Cl100kBase).count(m_document.exampleLineView(0)).totalTokens));
}

void TestExampleListModel::countsManyChunksWhileRowsMove()
{
    // More examples than one chunk holds; rows move while the first chunk is counted.
    QByteArray data;
    for (int i = 0; i < 9000; ++i) {
        QByteArray text = "Case " + QByteArray::number(i);
        for (int word = 0; word < i % 13; ++word)
            text += " more words";
        data += example(text.constData(), "R69") + '\n';
    }
    m_document.setData(data);
    ExampleListModel model(&m_document);
    QSignalSpy finished(&model, &ExampleListModel::tokenCountingFinished);
    model.setTokenEncoding(EncodingId::O200kBase);
    m_document.undoStack()->push(new MoveExampleCommand(&m_document, 0, 8999));
    m_document.undoStack()->push(new RemoveExamplesCommand(&m_document, {10, 11}));
    QVERIFY(finished.wait(20000));
    QCOMPARE(model.countedExamples(), 8998);
    for (int row : {0, 9, 10, 4095, 4096, 4097, 8000, 8997})
        QCOMPARE(model.tokens(row), expectedTokens(m_document.exampleLineView(row)));
}

void TestExampleListModel::batchRemovalKeepsTheRowsCountsUnderTheModelTester()
{
    // Many ranges are one reset; each surviving row keeps its token count (no recount of the whole file), and
    // undo brings the removed rows back to be counted again.
    QByteArray data;
    for (int i = 0; i < 300; ++i)
        data += example(QByteArray("Note ").append(QByteArray(i % 40 + 1, 'x')).constData(), "I10") + '\n';
    m_document.setData(data);
    ExampleListModel model(&m_document);
    ExampleFilterModel filter(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &ExampleListModel::tokenCountingFinished);
    model.setTokenEncoding(EncodingId::O200kBase);
    QVERIFY(finished.wait(5000));
    QList<int> tokens;
    for (int row = 0; row < 300; ++row)
        tokens.append(model.tokens(row));
    QList<int> rows;
    for (int row = 0; row < 300; row += 3)
        rows.append(row);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_document.undoStack()->push(new RemoveExamplesCommand(&m_document, rows));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(filter.rowCount(), 200);
    QCOMPARE(model.countedExamples(), 200);
    QVERIFY(!model.isCountingTokens());
    for (int row = 0; row < 200; ++row) {
        const int original = row / 2 * 3 + row % 2 + 1;
        QCOMPARE(model.tokens(row), tokens.at(original));
        QCOMPARE(model.index(row, ExampleListModel::IndexColumn).data().toInt(), row + 1);
        QVERIFY(model.index(row, ExampleListModel::PreviewColumn).data().toString().contains(
            QStringLiteral("Note ") + QString(original % 40 + 1, QLatin1Char('x'))));
    }
    m_document.undoStack()->undo();
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.tokens(1), tokens.at(1));
    QCOMPARE(model.tokens(0), ExampleListModel::TokensPending);
    QVERIFY(finished.wait(5000));
    for (int row = 0; row < 300; ++row)
        QCOMPARE(model.tokens(row), tokens.at(row));
}

void TestExampleListModel::filtersByTokenLength()
{
    ExampleListModel model(&m_document);
    ExampleFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setTokenRange(0, -1);
    QCOMPARE(filter.rowCount(), 0); // nothing counted yet
    QSignalSpy finished(&model, &ExampleListModel::tokenCountingFinished);
    model.setTokenEncoding(EncodingId::O200kBase);
    QVERIFY(finished.wait(5000));
    QCOMPARE(filter.rowCount(), 3); // counts arriving re-filter; the broken line has none
    QList<int> counts{model.tokens(0), model.tokens(1), model.tokens(3)};
    std::sort(counts.begin(), counts.end());
    filter.setTokenRange(counts.at(1), -1);
    QCOMPARE(filter.rowCount(), 2);
    filter.setTokenRange(-1, counts.at(0));
    QCOMPARE(filter.rowCount(), 1);
    filter.setTokenRange(counts.at(0) + 1, counts.at(2) - 1);
    QCOMPARE(filter.rowCount(), counts.at(1) > counts.at(0) && counts.at(1) < counts.at(2) ? 1 : 0);
    filter.setTokenRange(counts.at(2) + 1, -1);
    QCOMPARE(filter.rowCount(), 0);
    // Combined with a search.
    filter.setTokenRange(0, -1);
    filter.setSearchText(QStringLiteral("gout"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setTokenRange(-1, -1);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 4);
}

void TestExampleListModel::dropMovesDraggedRowsAsOneUndoStep()
{
    ExampleListModel model(&m_document);
    ExampleFilterModel filter(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray original = m_document.toBytes();
    const auto previews = [&model] {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts.append(model.index(row, ExampleListModel::PreviewColumn).data().toString().left(4));
        return texts;
    };
    QCOMPARE(previews(), (QStringList{QStringLiteral("Acut"), QStringLiteral("Caf\u00e9"), QStringLiteral("{bro"), QStringLiteral("Line")}));
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);

    // Through the filter, as the view does: rows 0 and 2 dragged below the last row.
    std::unique_ptr<QMimeData> data(filter.mimeData({filter.index(0, 0), filter.index(0, 3), filter.index(2, 1)}));
    QVERIFY(data);
    QVERIFY(data->text().startsWith(QString::fromUtf8(m_document.exampleLine(0))));
    QVERIFY(filter.canDropMimeData(data.get(), Qt::MoveAction, 4, 0, QModelIndex()));
    QVERIFY(filter.dropMimeData(data.get(), Qt::MoveAction, 4, 0, QModelIndex()));
    QCOMPARE(previews(), (QStringList{QStringLiteral("Caf\u00e9"), QStringLiteral("Line"), QStringLiteral("Acut"), QStringLiteral("{bro")}));
    QCOMPARE(m_document.undoStack()->count(), 1);
    QVERIFY(m_document.undoStack()->undoText().startsWith(QStringLiteral("Move 2 example"))); // "(s)" without a translation loaded
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), original);
    m_document.undoStack()->redo();
    QCOMPARE(previews(), (QStringList{QStringLiteral("Caf\u00e9"), QStringLiteral("Line"), QStringLiteral("Acut"), QStringLiteral("{bro")}));
    m_document.undoStack()->undo();

    // One row dropped onto another row goes before it: a single MoveExampleCommand.
    data.reset(filter.mimeData({filter.index(3, 0)}));
    QVERIFY(filter.dropMimeData(data.get(), Qt::MoveAction, -1, -1, filter.index(1, 2)));
    QCOMPARE(previews(), (QStringList{QStringLiteral("Acut"), QStringLiteral("Line"), QStringLiteral("Caf\u00e9"), QStringLiteral("{bro")}));
    QCOMPARE(m_document.undoStack()->undoText(), QStringLiteral("Move example 4 to position 2"));

    // Upwards and downwards at once, with a search hiding rows: the moved rows stay in their order.
    m_document.undoStack()->undo();
    QCOMPARE(model.moveExamples({3, 0}, 2), 1);
    QCOMPARE(previews(), (QStringList{QStringLiteral("Caf\u00e9"), QStringLiteral("Acut"), QStringLiteral("Line"), QStringLiteral("{bro")}));
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), original);
    QCOMPARE(model.moveExamples({1}, 1), -1); // not moving is no step
    QCOMPARE(model.moveExamples({1}, 2), -1);
    QCOMPARE(m_document.undoStack()->index(), 0);
}

void TestExampleListModel::dropIgnoresRowsFromAnotherListOrAStaleDrag()
{
    ExampleListModel model(&m_document);
    DatasetDocument other;
    other.setData(m_document.toBytes());
    ExampleListModel otherModel(&other);
    std::unique_ptr<QMimeData> foreign(otherModel.mimeData({otherModel.index(0, 0)}));
    QVERIFY(!model.canDropMimeData(foreign.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(foreign.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    std::unique_ptr<QMimeData> stale(model.mimeData({model.index(0, 0)}));
    m_document.undoStack()->push(new RemoveExamplesCommand(&m_document, {1}));
    QVERIFY(!model.dropMimeData(stale.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QVERIFY(!model.canDropMimeData(stale.get(), Qt::CopyAction, 3, 0, QModelIndex()));
    QCOMPARE(m_document.undoStack()->count(), 1);
    auto *text = new QMimeData;
    text->setText(QStringLiteral("{}"));
    QVERIFY(!model.dropMimeData(text, Qt::MoveAction, 0, 0, QModelIndex()));
    delete text;
}

QTEST_GUILESS_MAIN(TestExampleListModel)
#include "TestExampleListModel.moc"
