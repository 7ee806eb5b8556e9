// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/SplitAssigner.h"
#include "core/editing/commands/SetSplitsCommand.h"
#include "core/stats/ModelCatalog.h"
#include "core/stats/TrainingDataCheck.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Fts::Core;

/** The check before an upload: extracts of a split with their source lines, validation and token counts. */
class TestTrainingDataCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitExtractKeepsBytesAndSourceLines();
    void findingsNameTheDatasetLine();
    void statisticsFollowModelAndEpochsWithoutRecounting();
    void cancelledCheckKeepsNoResult();
};

namespace {

QByteArray example(int n)
{
    return "{\"messages\":[{\"role\":\"system\",\"content\":\"Code the note.\"},{\"role\":\"user\",\"content\":\"note "
        + QByteArray::number(n) + "\"},{\"role\":\"assistant\",\"content\":\"N18.3" + QByteArray::number(n % 3) + "\"}]}";
}

QByteArray dataset(int count, int brokenAt = -1)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes += (i == brokenAt ? QByteArray("{\"messages\":[{\"role\":\"asistant\",\"content\":\"x\"}]}") : example(i)) + '\n';
    return bytes;
}

bool waitForResult(TrainingDataCheck &check)
{
    QSignalSpy finished(&check, &TrainingDataCheck::finished);
    return finished.wait(20000) && finished.first().first().toBool();
}

} // namespace

void TestTrainingDataCheck::splitExtractKeepsBytesAndSourceLines()
{
    DatasetDocument document;
    document.setData("{\"a\": 1}\r\n\r\n{\"b\":2}\r\n{\"c\":3}\r\n{\"d\":4}");
    document.undoStack()->push(new SetSplitsCommand(&document, {{1, DatasetSplit::Validation}, {3, DatasetSplit::Test}}));
    QList<int> lines;
    QCOMPARE(SplitAssigner::splitBytes(document, DatasetSplit::Train, &lines), QByteArray("{\"a\": 1}\r\n{\"c\":3}\r\n"));
    QCOMPARE(lines, (QList<int>{1, 4})); // the blank line 2 is not an example but keeps its number
    QCOMPARE(SplitAssigner::splitBytes(document, DatasetSplit::Validation, &lines), QByteArray("{\"b\":2}\r\n"));
    QCOMPARE(lines, QList<int>{3});
    QCOMPARE(SplitAssigner::splitBytes(document, std::nullopt, &lines).count("\r\n"), 4);
    QCOMPARE(lines, (QList<int>{1, 3, 4, 5}));
    QCOMPARE(SplitAssigner::splitCount(document, DatasetSplit::Train), 2);
    QCOMPARE(SplitAssigner::splitCount(document, DatasetSplit::Test), 1);
    QCOMPARE(SplitAssigner::splitCount(document, std::nullopt), 4);
}

void TestTrainingDataCheck::findingsNameTheDatasetLine()
{
    DatasetDocument document;
    document.setData(dataset(30, 7));
    // Every other example goes to validation: example 7 (line 8) is the train extract's line 4.
    QList<SetSplitsCommand::Assignment> assignments;
    for (int row = 0; row < 30; ++row)
        assignments.append({row, row % 2 ? DatasetSplit::Train : DatasetSplit::Validation});
    document.undoStack()->push(new SetSplitsCommand(&document, assignments));
    QList<int> lines;
    const QByteArray train = SplitAssigner::splitBytes(document, DatasetSplit::Train, &lines);
    TrainingDataCheck check;
    check.start(train, lines, EncodingId::O200kBase);
    QVERIFY(waitForResult(check));
    QVERIFY(check.report().hasErrors());
    QList<int> errorLines;
    for (const ValidationIssue &issue : check.report().issues) {
        if (issue.isError())
            errorLines.append(issue.line);
    }
    QVERIFY(!errorLines.isEmpty());
    for (int line : errorLines)
        QCOMPARE(line, 8);
    const DatasetStatistics stats = check.statisticsFor(DatasetStatistics::optionsForModel(ModelCatalog::defaultModel()));
    QCOMPARE(stats.examples, 15);
}

void TestTrainingDataCheck::statisticsFollowModelAndEpochsWithoutRecounting()
{
    const QByteArray bytes = dataset(40);
    TrainingDataCheck check;
    QSignalSpy progress(&check, &TrainingDataCheck::progressChanged);
    check.start(bytes, {}, EncodingId::O200kBase);
    QVERIFY(waitForResult(check));
    QVERIFY(!check.report().hasErrors());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
    DatasetStatistics::Options options = DatasetStatistics::optionsForModel(QStringLiteral("gpt-4o-mini-2024-07-18"));
    options.pricePerMillionTokens = 3.0;
    const DatasetStatistics automatic = check.statisticsFor(options);
    QCOMPARE(automatic.examples, 40);
    QCOMPARE(automatic.defaultEpochs, DatasetStatistics::defaultEpochsFor(40));
    QCOMPARE(automatic.epochs, 3);
    QVERIFY(automatic.billingTokens > 40 * 10);
    QCOMPARE(automatic.chargedTokens, automatic.billingTokens * 3);
    QVERIFY(automatic.estimatedCostUsd.has_value());
    QCOMPARE(*automatic.estimatedCostUsd, automatic.chargedTokens * 3.0 / 1e6);
    options.epochs = 5;
    const DatasetStatistics five = check.statisticsFor(options);
    QCOMPARE(five.chargedTokens, automatic.billingTokens * 5);
    QCOMPARE(check.encoding(), EncodingId::O200kBase);
}

void TestTrainingDataCheck::cancelledCheckKeepsNoResult()
{
    QByteArray bytes;
    for (int i = 0; i < 40; ++i)
        bytes += dataset(500);
    TrainingDataCheck check;
    QSignalSpy finished(&check, &TrainingDataCheck::finished);
    check.start(bytes, {}, EncodingId::O200kBase);
    check.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!check.hasResult());
}

QTEST_GUILESS_MAIN(TestTrainingDataCheck)
#include "TestTrainingDataCheck.moc"
