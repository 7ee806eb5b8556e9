// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/JsonlDocument.h"
#include "core/validation/DatasetValidator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Fts::Core;

class TestDatasetLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsAndValidatesInTheBackground();
    void eventLoopKeepsRunningWhileLoading();
    void cancelStopsTheLoad();
    void unreadableFileFailsWithAMessage();
    void restartingCancelsThePreviousLoad();
    void destroyingWhileRunningIsSafe();

private:
    QTemporaryDir m_dir;
    QString m_bigFile;
};

void TestDatasetLoader::initTestCase()
{
    // About 40 MB: long enough that loading spans many event-loop iterations, short enough for CI.
    m_bigFile = m_dir.filePath(QStringLiteral("big.jsonl"));
    QFile file(m_bigFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray filler(1500, 'x');
    for (int i = 0; i < 25000; ++i) {
        QByteArray line = R"({"messages":[{"role":"system","content":"You code."},{"role":"user","content":")" + filler
                        + QByteArray::number(i) + R"("},{"role":"assistant","content":"I10"}]})";
        if (i == 777)
            line = R"({"messages":[{"role":"user","content":"q"},{"role":"asistant","content":"a"}]})";
        file.write(line + '\n');
    }
}

void TestDatasetLoader::loadsAndValidatesInTheBackground()
{
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    QSignalSpy progress(&loader, &DatasetLoader::progressChanged);
    QSignalSpy stages(&loader, &DatasetLoader::stageChanged);
    loader.start(m_bigFile);
    QVERIFY(loader.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().first().toInt(), 100);
    QCOMPARE(stages.count(), 2);
    QCOMPARE(stages.at(1).first().value<DatasetLoader::Stage>(), DatasetLoader::Stage::Validating);

    QObject owner;
    JsonlDocument *document = loader.takeDocument(&owner);
    QVERIFY(document);
    QCOMPARE(document->parent(), &owner);
    QCOMPARE(document->thread(), QThread::currentThread());
    QVERIFY(!loader.takeDocument());
    QCOMPARE(document->lineCount(), 25000);
    const ValidationReport report = loader.report();
    QCOMPARE(report.examples, 25000);
    QCOMPARE(report.validExamples, 24999);
    QCOMPARE(report.errorCounts.value(QStringLiteral("unrecognized_role")), 1);
    QCOMPARE(report.issuesForLine(778).size(), 2); // the role error and the missing system message
    // Same result as validating on this thread.
    QCOMPARE(DatasetValidator().validate(*document).issues, report.issues);
    // The document is usable (and editable) from this thread.
    QVERIFY(document->replaceLine(0, "{}"));
}

void TestDatasetLoader::eventLoopKeepsRunningWhileLoading()
{
    DatasetLoader loader;
    int ticksWhileRunning = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (loader.isRunning())
            ++ticksWhileRunning;
    });
    timer.start(1);
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(m_bigFile);
    QVERIFY(finished.wait(60000));
    // A load on this thread would have let no timer fire before finishing.
    QVERIFY2(ticksWhileRunning >= 3, qPrintable(QString::number(ticksWhileRunning)));
}

void TestDatasetLoader::cancelStopsTheLoad()
{
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    connect(&loader, &DatasetLoader::progressChanged, &loader, &DatasetLoader::cancel);
    loader.start(m_bigFile);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(loader.wasCancelled());
    QVERIFY(loader.errorMessage().isEmpty());
    QVERIFY(!loader.takeDocument());
}

void TestDatasetLoader::unreadableFileFailsWithAMessage()
{
    DatasetLoader loader;
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(QStringLiteral("/nonexistent/train.jsonl"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!loader.wasCancelled());
    QVERIFY(loader.errorMessage().contains(QStringLiteral("/nonexistent/train.jsonl")));
}

void TestDatasetLoader::restartingCancelsThePreviousLoad()
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.jsonl"));
    QFile file(small);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})" "\n");
    file.close();
    DatasetLoader loader;
    loader.setRuleSet(DatasetValidator::RuleSet::Cookbook);
    QSignalSpy finished(&loader, &DatasetLoader::finished);
    loader.start(m_bigFile);
    loader.start(small);
    QVERIFY(finished.wait(60000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(loader.filePath(), small);
    QCOMPARE(loader.report().examples, 1);
    QCOMPARE(loader.report().ruleSet, QStringLiteral("cookbook"));
}

void TestDatasetLoader::destroyingWhileRunningIsSafe()
{
    QElapsedTimer timer;
    timer.start();
    {
        DatasetLoader loader;
        loader.start(m_bigFile);
        QTest::qWait(5);
    }
    // The destructor cancels: it must not wait for the whole load.
    QVERIFY(timer.elapsed() < 30000);
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "TestDatasetLoader.moc"
