// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/ExampleListModel.h"
#include "core/editing/bulk/BulkPlanner.h"
#include "core/editing/bulk/BulkPreviewModel.h"
#include "core/editing/bulk/BulkSnapshot.h"
#include "core/editing/bulk/BulkTextReplacer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Fts::Core;

// Tests load no translation: plurals read "example(s)".

/**
 * Bulk operations: each is planned on a snapshot, applied as one undo step, and undone back to the very
 * same bytes; lines the operation does not touch keep their bytes.
 */
class TestBulkOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void plainReplaceChangesOnlyMatchingLines();
    void replaceIsOneUndoStepAndUndoRestoresBytes();
    void regexCapturesInReplacement();
    void caseSensitivityAndWholeWord();
    void rolesRestrictWhereToReplace();
    void replaceReachesPartsPreferenceAndEscapedText();
    void replaceKeepsTheFileSeparatorStyle();
    void replaceKeepsKeyOrderAndNumberSpelling();
    void invalidRegexGivesAClearMessage();
    void invalidLinesAreSkippedCountedAndUntouched();
    void selectedRowsOnly();
    void setSystemPromptInsertsAndReplaces();
    void systemPromptOnlyReplacingExisting();
    void deleteMatchingFollowsTheListFilter();
    void moveMatchingToSplitAndUndo();
    void duplicatesIgnoreKeyOrderAndSpacing();
    void duplicatesByMessagesOnly();
    void previewModelPassesTheTester();
    void previewExcerptMarksTheMatch();
    void plannerRunsInTheBackgroundAndKeepsOnlyTheLatest();
    void planOfAnOlderRevisionIsNotApplied();
    void manyMatchesKeepExactCountsAndAPreviewCap();

private:
    BulkPlan planNow(const BulkOperation &operation, const QList<quint8> &statuses = {}) const;
    /** Applies @p plan as one step; checks undo gives back @p before and redo the applied bytes. */
    void applyAndCheckUndo(const BulkPlan &plan);

    DatasetDocument m_document;
    QByteArray m_original;
};

namespace {

const QByteArray Sample = QByteArrayLiteral(
    R"({"messages":[{"role":"system","content":"You code diagnoses."},{"role":"user","content":"CKD stage 3, foo"},{"role":"assistant","content":"N18.30: foo bar"}]})" "\n"
    R"({"messages": [{"role": "user", "content": "nothing to see"}, {"role": "assistant", "content": "N18.4: CKD stage 4"}]})" "\n"
    "\n"
    R"({"messages":[{"role":"user","content":"Foo food"},{"role":"assistant","content":"E11.9: foo"}]})" "\r\n"
    R"({broken line with foo)" "\n"
    R"({"messages":[{"content":"foo","role":"user"},{"content":"N18.30: foo bar","role":"assistant"}]})" "\n");

BulkOperation findReplace(const QString &find, const QString &replacement)
{
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::FindReplace;
    operation.find = find;
    operation.replacement = replacement;
    return operation;
}

} // namespace

void TestBulkOperations::init()
{
    m_document.setData(Sample);
    m_original = m_document.toBytes();
    QCOMPARE(m_original, Sample);
}

BulkPlan TestBulkOperations::planNow(const BulkOperation &operation, const QList<quint8> &statuses) const
{
    const auto snapshot = BulkSnapshot::capture(m_document, statuses);
    return BulkPlanner::plan(*snapshot, operation);
}

void TestBulkOperations::applyAndCheckUndo(const BulkPlan &plan)
{
    const QByteArray before = m_document.toBytes();
    QList<DatasetSplit> splitsBefore;
    for (int row = 0; row < m_document.exampleCount(); ++row)
        splitsBefore.append(m_document.split(row));
    const int steps = m_document.undoStack()->index();
    QUndoCommand *command = plan.createCommand(&m_document);
    QVERIFY(command);
    m_document.undoStack()->push(command);
    QCOMPARE(m_document.undoStack()->index(), steps + 1);
    QCOMPARE(m_document.undoStack()->undoText(), plan.undoText());
    const QByteArray applied = m_document.toBytes();
    QList<DatasetSplit> splitsApplied;
    for (int row = 0; row < m_document.exampleCount(); ++row)
        splitsApplied.append(m_document.split(row));
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), before);
    for (int row = 0; row < m_document.exampleCount(); ++row)
        QCOMPARE(m_document.split(row), splitsBefore.at(row));
    m_document.undoStack()->redo();
    QCOMPARE(m_document.toBytes(), applied);
    for (int row = 0; row < m_document.exampleCount(); ++row)
        QCOMPARE(m_document.split(row), splitsApplied.at(row));
}

void TestBulkOperations::plainReplaceChangesOnlyMatchingLines()
{
    const BulkPlan plan = planNow(findReplace(QStringLiteral("foo"), QStringLiteral("baz")));
    QVERIFY(plan.errorMessage.isEmpty());
    // Case-insensitive by default: "Foo food" counts twice, "foo" in the broken line is not touched.
    QCOMPARE(plan.changeCount, 7);
    QCOMPARE(plan.exampleCount, 3);
    QCOMPARE(plan.summary(), QStringLiteral("7 change(s) in 3 example(s)"));
    QCOMPARE(plan.skippedInvalidCount, 1);
    QCOMPARE(plan.skippedInvalidLines, QList<int>{5});
    QCOMPARE(plan.lineChanges.size(), 3);
    QCOMPARE(plan.previewItems.size(), 6);
    QCOMPARE(plan.previewItems.at(0).field, QStringLiteral("message 2 · user"));
    QCOMPARE(plan.previewItems.at(0).lineNumber, 1);
    QCOMPARE(plan.previewItems.at(0).pointer, QStringLiteral("/messages/1/content"));

    applyAndCheckUndo(plan);
    const QList<QByteArray> lines = m_document.toBytes().split('\n');
    const QList<QByteArray> original = m_original.split('\n');
    QCOMPARE(lines.size(), original.size());
    QVERIFY(lines.at(0).contains("CKD stage 3, baz"));
    QVERIFY(lines.at(0).contains("N18.30: baz bar"));
    QCOMPARE(lines.at(1), original.at(1)); // no match: byte-identical, spaces and all
    QCOMPARE(lines.at(2), original.at(2)); // the blank line
    QCOMPARE(lines.at(3), QByteArray(R"({"messages":[{"role":"user","content":"baz bazd"},{"role":"assistant","content":"E11.9: baz"}]})" "\r"));
    QCOMPARE(lines.at(4), original.at(4)); // not JSON: never damaged
}

void TestBulkOperations::replaceIsOneUndoStepAndUndoRestoresBytes()
{
    const BulkPlan plan = planNow(findReplace(QStringLiteral("N18.30"), QStringLiteral("N18.31")));
    QCOMPARE(plan.exampleCount, 2);
    QCOMPARE(plan.undoText(), QStringLiteral("Replace “N18.30” in 2 example(s)"));
    m_document.undoStack()->push(plan.createCommand(&m_document));
    QCOMPARE(m_document.undoStack()->count(), 1);
    QVERIFY(m_document.isModified());
    QCOMPARE(m_document.toBytes().count("N18.31"), 2);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.toBytes(), m_original);
    QVERIFY(!m_document.isModified());
}

void TestBulkOperations::regexCapturesInReplacement()
{
    BulkOperation operation = findReplace(QStringLiteral("N18\\.(\\d)(\\d)?:"), QStringLiteral("N18.$1\\2 [$&]:"));
    operation.regularExpression = true;
    BulkPlan plan = planNow(operation);
    QVERIFY2(plan.errorMessage.isEmpty(), qPrintable(plan.errorMessage));
    QCOMPARE(plan.changeCount, 3);
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.example(0).value(QStringLiteral("messages")).toArray().at(2).toObject()
                 .value(QStringLiteral("content")).toString(),
             QStringLiteral("N18.30 [N18.30:]: foo bar"));
    QCOMPARE(m_document.example(1).value(QStringLiteral("messages")).toArray().at(1).toObject()
                 .value(QStringLiteral("content")).toString(),
             QStringLiteral("N18.4 [N18.4:]: CKD stage 4"));

    // Named groups, literal dollar and backslash, \n for a new line.
    BulkTextReplacer named(QStringLiteral("(?<code>E\\d+)\\.(\\d)"), QStringLiteral("${code}-${2} $$5 \\\\ \\n"), true,
                           true, false);
    QVERIFY(named.isValid());
    QString out;
    QList<TextSpan> found, replaced;
    QCOMPARE(named.replace(QStringLiteral("x E11.9 y"), &out, &found, &replaced), 1);
    QCOMPARE(out, QStringLiteral("x E11-9 $5 \\ \n y"));
    QCOMPARE(found, (QList<TextSpan>{{2, 5}}));
    QCOMPARE(replaced, (QList<TextSpan>{{2, 12}}));
    // In plain mode the replacement is taken as typed.
    BulkTextReplacer plain(QStringLiteral("a.b"), QStringLiteral("$1\\1"), false, true, false);
    QCOMPARE(plain.replace(QStringLiteral("a.b axb"), &out), 1);
    QCOMPARE(out, QStringLiteral("$1\\1 axb"));
}

void TestBulkOperations::caseSensitivityAndWholeWord()
{
    BulkOperation operation = findReplace(QStringLiteral("Foo"), QStringLiteral("X"));
    operation.caseSensitive = true;
    QCOMPARE(planNow(operation).changeCount, 1); // only "Foo" of "Foo food"
    operation.caseSensitive = false;
    operation.wholeWord = true;
    const BulkPlan plan = planNow(operation);
    // Every "foo" but the one inside "food".
    QCOMPARE(plan.changeCount, 6);
    applyAndCheckUndo(plan);
    QVERIFY(m_document.exampleLine(2).contains("X food"));
    // Whole words know Unicode letters: "é" is part of the word.
    BulkTextReplacer word(QStringLiteral("caf"), QStringLiteral("x"), false, false, true);
    QString out;
    QCOMPARE(word.replace(QStringLiteral("café caf"), &out), 1);
    QCOMPARE(out, QStringLiteral("café x"));
}

void TestBulkOperations::rolesRestrictWhereToReplace()
{
    BulkOperation operation = findReplace(QStringLiteral("foo"), QStringLiteral("qux"));
    operation.roles = BulkOperation::AssistantRole;
    const BulkPlan plan = planNow(operation);
    QCOMPARE(plan.changeCount, 3);
    for (const BulkPreviewItem &item : plan.previewItems)
        QVERIFY2(item.field.endsWith(QStringLiteral("assistant")), qPrintable(item.field));
    applyAndCheckUndo(plan);
    QVERIFY(m_document.exampleLine(0).contains("CKD stage 3, foo"));
    QVERIFY(m_document.exampleLine(0).contains("N18.30: qux bar"));

    operation.roles = BulkOperation::SystemRole;
    operation.find = QStringLiteral("diagnoses");
    QCOMPARE(planNow(operation).changeCount, 1);
    operation.roles = BulkOperation::UserRole | BulkOperation::ToolRole;
    QCOMPARE(planNow(operation).changeCount, 0);
    QVERIFY(planNow(operation).isEmpty());
    QCOMPARE(planNow(operation).createCommand(&m_document), nullptr);
}

void TestBulkOperations::replaceReachesPartsPreferenceAndEscapedText()
{
    m_document.setData(QByteArrayLiteral(
        R"({"messages":[{"role":"user","content":[{"type":"text","text":"caf\u00e9 au lait"},{"type":"image_url","image_url":{"url":"https://x/café.png"}}]}]})" "\n"
        R"({"input":{"messages":[{"role":"user","content":"Best café?"}]},"preferred_output":[{"role":"assistant","content":"The café on the corner"}],"non_preferred_output":[{"role":"assistant","content":"No café"}]})" "\n"));
    const BulkPlan plan = planNow(findReplace(QStringLiteral("café"), QStringLiteral("bistro")));
    QCOMPARE(plan.changeCount, 4);
    QCOMPARE(plan.previewItems.at(0).field, QStringLiteral("message 1 · user · part 1"));
    QCOMPARE(plan.previewItems.at(0).pointer, QStringLiteral("/messages/0/content/0/text"));
    QCOMPARE(plan.previewItems.at(2).field, QStringLiteral("preferred 1 · assistant"));
    QCOMPARE(plan.previewItems.at(3).field, QStringLiteral("non-preferred 1 · assistant"));
    applyAndCheckUndo(plan);
    QVERIFY(m_document.exampleLine(0).contains("bistro au lait"));
    QVERIFY(m_document.exampleLine(0).contains("café.png")); // image URLs are not text
}

void TestBulkOperations::replaceKeepsTheFileSeparatorStyle()
{
    m_document.setData(QByteArrayLiteral(R"({"messages": [{"role": "user", "content": "hi"}]})" "\n"
                                         R"({"messages": [{"role": "user", "content": "hello"}]})" "\n"));
    const BulkPlan plan = planNow(findReplace(QStringLiteral("hi"), QStringLiteral("hey")));
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.exampleLine(0), QByteArray(R"({"messages": [{"role": "user", "content": "hey"}]})"));
    QCOMPARE(m_document.exampleLine(0), m_document.serializeExample(m_document.example(0)));
}

void TestBulkOperations::replaceKeepsKeyOrderAndNumberSpelling()
{
    // Only the replaced text changes: keys in an unusual order, unknown keys and numbers as written stay.
    const QByteArray line = R"({"id": 7.0, "messages": [{"content": "Gout.", "role": "user", "x": 1e2}, )"
                            R"({"weight": 1.0, "role": "assistant", "content": "M10.9"}]})";
    m_document.setData(line + '\n');
    applyAndCheckUndo(planNow(findReplace(QStringLiteral("Gout"), QStringLiteral("Gout, unspecified"))));
    QByteArray expected = line;
    expected.replace("Gout.", "Gout, unspecified.");
    QCOMPARE(m_document.exampleLine(0), expected);
}

void TestBulkOperations::invalidRegexGivesAClearMessage()
{
    BulkOperation operation = findReplace(QStringLiteral("N18.(\\d"), QStringLiteral("x"));
    operation.regularExpression = true;
    const BulkPlan plan = planNow(operation);
    QVERIFY(plan.errorMessage.startsWith(QStringLiteral("The regular expression is not valid at character 8")));
    QCOMPARE(plan.summary(), plan.errorMessage);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.createCommand(&m_document), nullptr);
    operation.wholeWord = true;
    QVERIFY(planNow(operation).errorMessage.contains(QStringLiteral("character 8")));
    // An empty search is no error, just nothing to do.
    QVERIFY(planNow(findReplace(QString(), QStringLiteral("x"))).isEmpty());
}

void TestBulkOperations::invalidLinesAreSkippedCountedAndUntouched()
{
    BulkOperation prompt;
    prompt.kind = BulkOperation::Kind::SetSystemPrompt;
    prompt.systemPrompt = QStringLiteral("Be brief.");
    const BulkPlan plan = planNow(prompt);
    QCOMPARE(plan.skippedInvalidCount, 1);
    QCOMPARE(plan.skippedInvalidLines, QList<int>{5});
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.exampleLine(3), QByteArray("{broken line with foo"));
}

void TestBulkOperations::selectedRowsOnly()
{
    BulkOperation operation = findReplace(QStringLiteral("foo"), QStringLiteral("baz"));
    operation.restrictToRows = true;
    operation.rows = {4, 2, 99};
    const BulkPlan plan = planNow(operation);
    QCOMPARE(plan.consideredCount, 2);
    QCOMPARE(plan.exampleCount, 2);
    QCOMPARE(plan.lineChanges.at(0).row, 2);
    QCOMPARE(plan.lineChanges.at(1).row, 4);
    applyAndCheckUndo(plan);
    QVERIFY(m_document.exampleLine(0).contains("foo"));
}

void TestBulkOperations::setSystemPromptInsertsAndReplaces()
{
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::SetSystemPrompt;
    operation.systemPrompt = QStringLiteral("You are a coder.\nAnswer with codes.");
    const BulkPlan plan = planNow(operation);
    QCOMPARE(plan.exampleCount, 4);
    QCOMPARE(plan.previewItems.at(0).field, QStringLiteral("message 1 · system"));
    QCOMPARE(plan.previewItems.at(0).before, QStringLiteral("You code diagnoses."));
    QCOMPARE(plan.previewItems.at(0).after, QStringLiteral("You are a coder.↵Answer with codes."));
    QCOMPARE(plan.previewItems.at(1).field, QStringLiteral("message 1 · system (new)"));
    QCOMPARE(plan.undoText(), QStringLiteral("Set system prompt in 4 example(s)"));
    applyAndCheckUndo(plan);
    for (int row : {0, 1, 2, 4}) {
        const QJsonArray messages = m_document.example(row).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(), operation.systemPrompt);
    }
    QCOMPARE(m_document.example(0).value(QStringLiteral("messages")).toArray().size(), 3);
    QCOMPARE(m_document.example(1).value(QStringLiteral("messages")).toArray().size(), 3);
    // Setting it again changes nothing.
    QVERIFY(planNow(operation).isEmpty());
}

void TestBulkOperations::systemPromptOnlyReplacingExisting()
{
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::SetSystemPrompt;
    operation.systemPrompt = QStringLiteral("New prompt");
    operation.onlyReplaceExisting = true;
    const BulkPlan plan = planNow(operation);
    QCOMPARE(plan.exampleCount, 1);
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.exampleLine(1), m_original.split('\n').at(1));
    operation.systemPrompt.clear();
    QVERIFY(!planNow(operation).errorMessage.isEmpty());
}

void TestBulkOperations::deleteMatchingFollowsTheListFilter()
{
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::DeleteMatching;
    operation.matchText = QStringLiteral("n18.30");
    BulkPlan plan = planNow(operation);
    QCOMPARE(plan.removedRows, (QList<int>{0, 4}));
    QCOMPARE(plan.summary(), QStringLiteral("2 example(s) will be deleted"));
    QCOMPARE(plan.previewItems.at(0).before, QStringLiteral("CKD stage 3, foo"));
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.exampleCount(), 3);

    // Split and validation status narrow it down, like the list's filter bar.
    m_document.undoStack()->undo();
    m_document.setSplit(4, DatasetSplit::Test);
    operation.matchSplit = int(DatasetSplit::Test);
    QCOMPARE(planNow(operation).removedRows, QList<int>{4});
    operation.matchText.clear();
    operation.matchSplit = -1;
    operation.matchStatus = ExampleFilterModel::StatusFilter::Errors;
    const auto error = quint8(ExampleListModel::Status::Error);
    const auto valid = quint8(ExampleListModel::Status::Valid);
    plan = planNow(operation, {valid, valid, valid, error, valid});
    QCOMPARE(plan.removedRows, QList<int>{3});
    QCOMPARE(plan.previewItems.at(0).before, QStringLiteral("{broken line with foo"));
    applyAndCheckUndo(plan);
}

void TestBulkOperations::moveMatchingToSplitAndUndo()
{
    m_document.setSplit(1, DatasetSplit::Validation);
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::MoveToSplit;
    operation.matchText = QStringLiteral("CKD");
    operation.targetSplit = DatasetSplit::Validation;
    const BulkPlan plan = planNow(operation);
    // Row 1 is there already.
    QCOMPARE(plan.exampleCount, 1);
    QCOMPARE(plan.splitAssignments.size(), 1);
    QCOMPARE(plan.previewItems.at(0).before, QStringLiteral("Unassigned · CKD stage 3, foo"));
    QCOMPARE(plan.previewItems.at(0).after, QStringLiteral("Validation · CKD stage 3, foo"));
    QCOMPARE(plan.undoText(), QStringLiteral("Move 1 example(s) to Validation"));
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.split(0), DatasetSplit::Validation);
    QCOMPARE(m_document.toBytes(), m_original);
}

void TestBulkOperations::duplicatesIgnoreKeyOrderAndSpacing()
{
    m_document.setData(QByteArrayLiteral(
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]})" "\n"
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"c"}]})" "\n"
        R"({ "messages" : [ {"content": "a", "role": "user"}, {"content": "\u0062", "role": "assistant"} ] })" "\n"
        "{not json}\n"
        "{not json}\n"
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"c"}],"tools":[]})" "\n"
        R"({"messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"}]})" "\n"));
    m_original = m_document.toBytes();
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::RemoveDuplicates;
    const BulkPlan plan = planNow(operation);
    QCOMPARE(plan.removedRows, (QList<int>{2, 6}));
    QCOMPARE(plan.previewItems.at(0).lineNumber, 3);
    QCOMPARE(plan.previewItems.at(0).field, QStringLiteral("duplicate of line 1"));
    QCOMPARE(plan.previewItems.at(1).field, QStringLiteral("duplicate of line 1"));
    QCOMPARE(plan.skippedInvalidLines, (QList<int>{4, 5}));
    QCOMPARE(plan.undoText(), QStringLiteral("Remove 2 duplicate(s)"));
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.exampleCount(), 5);
    const QList<QByteArray> lines = m_document.toBytes().split('\n');
    QCOMPARE(lines.at(2), QByteArray("{not json}"));
    QCOMPARE(lines.at(3), QByteArray("{not json}"));
}

void TestBulkOperations::duplicatesByMessagesOnly()
{
    m_document.setData(QByteArrayLiteral(
        R"({"messages":[{"role":"user","content":"a"}],"tools":[{"type":"function"}]})" "\n"
        R"({"messages":[{"role":"user","content":"a"}]})" "\n"));
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::RemoveDuplicates;
    QVERIFY(planNow(operation).isEmpty());
    operation.compareMessagesOnly = true;
    QCOMPARE(planNow(operation).removedRows, QList<int>{1});
}

void TestBulkOperations::previewModelPassesTheTester()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(planNow(findReplace(QStringLiteral("foo"), QStringLiteral("<b>"))));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(BulkPreviewModel::BeforeColumn, Qt::Horizontal).toString(), QStringLiteral("Before"));
    const QModelIndex line = model.index(0, BulkPreviewModel::LineColumn);
    QCOMPARE(line.data().toInt(), 1);
    QCOMPARE(line.data(BulkPreviewModel::ExampleRowRole).toInt(), 0);
    QCOMPARE(model.index(1, BulkPreviewModel::FieldColumn).data(BulkPreviewModel::PointerRole).toString(),
             QStringLiteral("/messages/2/content"));
    QCOMPARE(model.index(1, BulkPreviewModel::AfterColumn).data().toString(), QStringLiteral("N18.30: <b> bar"));
    // The replacement is escaped, and marked.
    QCOMPARE(model.index(1, BulkPreviewModel::AfterColumn).data(BulkPreviewModel::HtmlRole).toString(),
             QStringLiteral("N18.30: <span style=\"background-color:rgba(67,160,71,0.32)\">&lt;b&gt;</span> bar"));
    QCOMPARE(model.index(1, BulkPreviewModel::BeforeColumn).data(BulkPreviewModel::MarksRole).toList(),
             QVariantList{QPoint(8, 3)});
    BulkOperation duplicates;
    duplicates.kind = BulkOperation::Kind::RemoveDuplicates;
    model.setPlan(planNow(duplicates));
    QCOMPARE(model.rowCount(), 0);
    BulkOperation deletion;
    deletion.kind = BulkOperation::Kind::DeleteMatching;
    deletion.matchText = QStringLiteral("stage");
    model.setPlan(planNow(deletion));
    QCOMPARE(model.index(0, BulkPreviewModel::AfterColumn).data().toString(), QStringLiteral("(deleted)"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBulkOperations::previewExcerptMarksTheMatch()
{
    QString longText;
    for (int i = 0; i < 50; ++i)
        longText += QStringLiteral("filler words here\n");
    longText += QStringLiteral("the needle is here");
    QJsonObject example{{QStringLiteral("messages"),
                         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                {QStringLiteral("content"), longText}}}}};
    m_document.setData(ExampleJson::serialize(example, false) + '\n');
    const BulkPlan plan = planNow(findReplace(QStringLiteral("needle"), QStringLiteral("pin")));
    const BulkPreviewItem &item = plan.previewItems.at(0);
    QVERIFY(item.before.startsWith(QChar(0x2026)));
    QVERIFY(!item.before.contains(u'\n'));
    QVERIFY(item.before.contains(QChar(0x21B5)));
    QCOMPARE(item.beforeMarks.size(), 1);
    QCOMPARE(item.before.mid(item.beforeMarks.at(0).start, item.beforeMarks.at(0).length), QStringLiteral("needle"));
    QCOMPARE(item.after.mid(item.afterMarks.at(0).start, item.afterMarks.at(0).length), QStringLiteral("pin"));
    QVERIFY(item.before.size() < 260);
}

void TestBulkOperations::plannerRunsInTheBackgroundAndKeepsOnlyTheLatest()
{
    BulkPlanner planner;
    QSignalSpy finished(&planner, &BulkPlanner::finished);
    QSignalSpy progress(&planner, &BulkPlanner::progressChanged);
    const auto snapshot = BulkSnapshot::capture(m_document);
    planner.start(snapshot, findReplace(QStringLiteral("foo"), QStringLiteral("x")));
    planner.start(snapshot, findReplace(QStringLiteral("N18"), QStringLiteral("x")));
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    const auto plan = finished.at(0).at(0).value<BulkPlan>();
    QCOMPARE(plan.operation.find, QStringLiteral("N18"));
    QCOMPARE(plan.changeCount, 3);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 100);

    // A cancelled run reports nothing, and the synchronous plan says it was cancelled.
    planner.start(snapshot, findReplace(QStringLiteral("foo"), QStringLiteral("x")));
    planner.cancel();
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    std::atomic_bool cancelled{true};
    QVERIFY(BulkPlanner::plan(*snapshot, findReplace(QStringLiteral("foo"), QStringLiteral("x")), &cancelled).cancelled);
}

void TestBulkOperations::planOfAnOlderRevisionIsNotApplied()
{
    const BulkPlan plan = planNow(findReplace(QStringLiteral("foo"), QStringLiteral("x")));
    m_document.setSplit(0, DatasetSplit::Test);
    QCOMPARE(plan.createCommand(&m_document), nullptr);
}

void TestBulkOperations::manyMatchesKeepExactCountsAndAPreviewCap()
{
    QByteArray data;
    const int count = BulkPlan::MaxPreviewItems / 4 + 300;
    for (int i = 0; i < count; ++i)
        data += R"({"messages":[{"role":"system","content":"ab"},{"role":"user","content":"ab ab"},)"
                R"({"role":"assistant","content":"ab )" + QByteArray::number(i) + R"("},{"role":"user","content":"ab"}]})" "\n";
    m_document.setData(data);
    const BulkPlan plan = planNow(findReplace(QStringLiteral("ab"), QStringLiteral("cd")));
    QCOMPARE(plan.exampleCount, count);
    QCOMPARE(plan.changeCount, count * 5);
    QCOMPARE(plan.previewItems.size(), BulkPlan::MaxPreviewItems);
    // In row order, every row with its excerpt, even past the workers' excerpt budget.
    for (int i = 0; i < plan.previewItems.size(); ++i) {
        QCOMPARE(plan.previewItems.at(i).row, i / 4);
        QVERIFY(!plan.previewItems.at(i).after.isEmpty());
    }
    applyAndCheckUndo(plan);
    QCOMPARE(m_document.toBytes().count("ab"), 0);
}

QTEST_GUILESS_MAIN(TestBulkOperations)
#include "TestBulkOperations.moc"
