// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/RecoveryStore.h"
#include "core/editing/commands/SetExampleValueCommand.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Fts::Core;

/** Autosave copies: written, listed after a "crash" (a new store on the same folder), restored, discarded. */
class TestRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unsavedWorkSurvivesARestart();
    void untitledAndNamedDatasetsDoNotCollide();
    void incompleteCopiesAreIgnored();
};

void TestRecovery::unsavedWorkSurvivesARestart()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("notes.jsonl"));
    DatasetDocument document;
    document.setData("{\"messages\": [{\"role\": \"user\", \"content\": \"A\"}]}\n");
    QVERIFY(document.save(original));
    document.undoStack()->push(
        new SetExampleValueCommand(&document, 0, QStringLiteral("/messages/0/content"), QStringLiteral("edited")));
    {
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QString error;
        QVERIFY2(store.write(document, original, &error), qPrintable(error));
    } // the process "dies" here without discarding

    RecoveryStore afterRestart(dir.filePath(QStringLiteral("recovery")));
    const QList<RecoveryStore::Entry> entries = afterRestart.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().originalPath, original);
    QVERIFY(entries.constFirst().savedAt.isValid());
    QCOMPARE(RecoveryStore::read(entries.constFirst()), document.toBytes());
    afterRestart.discard(original);
    QVERIFY(afterRestart.entries().isEmpty());
}

void TestRecovery::untitledAndNamedDatasetsDoNotCollide()
{
    QTemporaryDir dir;
    RecoveryStore store(dir.path());
    DatasetDocument first;
    first.setData("{\"a\":1}\n");
    DatasetDocument second;
    second.setData("{\"b\":2}\n");
    QVERIFY(store.write(first, QString()));
    QVERIFY(store.write(second, dir.filePath(QStringLiteral("b.jsonl"))));
    QCOMPARE(store.entries().size(), 2);
    store.discard(QString());
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(RecoveryStore::read(store.entries().constFirst()), QByteArray("{\"b\":2}\n"));
}

void TestRecovery::incompleteCopiesAreIgnored()
{
    QTemporaryDir dir;
    QFile orphan(QDir(dir.path()).filePath(QStringLiteral("0123456789abcdef.jsonl")));
    QVERIFY(orphan.open(QIODevice::WriteOnly));
    orphan.write("{}\n");
    orphan.close();
    QVERIFY(RecoveryStore(dir.path()).entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "TestRecovery.moc"
