// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/SplitAssigner.h"
#include "core/editing/SplitSidecar.h"
#include "core/editing/commands/InsertExamplesCommand.h"
#include "core/editing/commands/SetSplitsCommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Fts::Core;

/** Split assignment, the sidecar file and the per-split export. */
class TestSplits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assignmentIsReproducibleAndProportional();
    void sidecarRoundTripsWithoutTouchingTheDataset();
    void sidecarFollowsExamplesMovedByAnotherProgram();
    void exportWritesOneFilePerSplitWithOriginalBytes();
};

static QByteArray numbered(int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes += "{\"n\":" + QByteArray::number(i) + "}\n";
    return bytes;
}

void TestSplits::assignmentIsReproducibleAndProportional()
{
    const QList<DatasetSplit> first = SplitAssigner::assign(1000, 42, 80, 10, 10);
    QCOMPARE(SplitAssigner::assign(1000, 42, 80, 10, 10), first);
    QVERIFY(SplitAssigner::assign(1000, 43, 80, 10, 10) != first);
    QCOMPARE(first.count(DatasetSplit::Validation), 100);
    QCOMPARE(first.count(DatasetSplit::Test), 100);
    QCOMPARE(first.count(DatasetSplit::Train), 800);
    // Not just the first hundred rows: the shuffle spreads the validation examples out.
    QVERIFY(first.mid(0, 100).count(DatasetSplit::Validation) < 50);
    const QList<DatasetSplit> small = SplitAssigner::assign(7, 1, 0.6, 0.2, 0.2);
    QCOMPARE(small.size(), 7);
    QCOMPARE(small.count(DatasetSplit::Train) + small.count(DatasetSplit::Validation) + small.count(DatasetSplit::Test), 7);
    QCOMPARE(SplitAssigner::assign(5, 1, 0, 0, 0), QList<DatasetSplit>(5, DatasetSplit::Train));
}

void TestSplits::sidecarRoundTripsWithoutTouchingTheDataset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.jsonl"));
    DatasetDocument document;
    document.setData(numbered(10));
    QVERIFY(document.save(path));
    const QByteArray saved = document.toBytes();
    QList<SetSplitsCommand::Assignment> assignments;
    const QList<DatasetSplit> splits = SplitAssigner::assign(10, 7, 60, 20, 20);
    for (int row = 0; row < 10; ++row)
        assignments.append({row, splits.at(row)});
    document.undoStack()->push(new SetSplitsCommand(&document, assignments));
    QVERIFY(SplitSidecar::save(document, path));
    QVERIFY(QFile::exists(SplitSidecar::pathFor(path)));
    int unmatched = -1;
    QCOMPARE(SplitSidecar::load(document, path, &unmatched), splits);
    QCOMPARE(unmatched, 0);
    QFile data(path);
    QVERIFY(data.open(QIODevice::ReadOnly));
    QCOMPARE(data.readAll(), saved);

    // No split at all: no sidecar left behind.
    document.undoStack()->undo();
    QVERIFY(SplitSidecar::save(document, path));
    QVERIFY(!QFile::exists(SplitSidecar::pathFor(path)));
}

void TestSplits::sidecarFollowsExamplesMovedByAnotherProgram()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.jsonl"));
    DatasetDocument document;
    document.setData(numbered(4));
    document.undoStack()->push(new SetSplitsCommand(&document, {{0, DatasetSplit::Test}, {3, DatasetSplit::Validation}}));
    QVERIFY(document.save(path));
    QVERIFY(SplitSidecar::save(document, path));

    DatasetDocument changed;
    changed.setData("{\"new\":1}\n" + numbered(3)); // example 3 is gone, a new one came first
    int unmatched = -1;
    const QList<DatasetSplit> splits = SplitSidecar::load(changed, path, &unmatched);
    QCOMPARE(splits, (QList<DatasetSplit>{DatasetSplit::Unassigned, DatasetSplit::Test, DatasetSplit::Unassigned,
                                          DatasetSplit::Unassigned}));
    QCOMPARE(unmatched, 1);

    QFile damaged(SplitSidecar::pathFor(path));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"splits\": [\"test\"]}");
    damaged.close();
    QString error;
    QCOMPARE(SplitSidecar::load(changed, path, nullptr, &error), QList<DatasetSplit>(4, DatasetSplit::Unassigned));
    QVERIFY(error.contains(QStringLiteral("damaged")));
}

void TestSplits::exportWritesOneFilePerSplitWithOriginalBytes()
{
    QTemporaryDir dir;
    DatasetDocument document;
    document.setData("{\"a\": 1}\r\n{\"b\":2}\r\n{\"c\":3}");
    document.undoStack()->push(new SetSplitsCommand(&document, {{1, DatasetSplit::Test}}));
    QString error;
    const QStringList files = SplitAssigner::exportSplits(document, dir.filePath(QStringLiteral("icd")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files, (QStringList{dir.filePath(QStringLiteral("icd-train.jsonl")), dir.filePath(QStringLiteral("icd-test.jsonl"))}));
    QFile train(files.at(0));
    QVERIFY(train.open(QIODevice::ReadOnly));
    QCOMPARE(train.readAll(), QByteArray("{\"a\": 1}\r\n{\"c\":3}\r\n"));
    QFile test(files.at(1));
    QVERIFY(test.open(QIODevice::ReadOnly));
    QCOMPARE(test.readAll(), QByteArray("{\"b\":2}\r\n"));
}

QTEST_GUILESS_MAIN(TestSplits)
#include "TestSplits.moc"
