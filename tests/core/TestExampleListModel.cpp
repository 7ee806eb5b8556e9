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
#include "core/validation/DatasetValidator.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(TestExampleListModel)
#include "TestExampleListModel.moc"
