// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input the fuzzers ever crashed on (tests/fuzz/regressions/<target>/) and their seed corpora
// through the fuzz entry point compiled into this test, so that a fixed crash stays fixed without clang.
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#include "../fuzz/FuzzDatasetLine.cpp"

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datasetLineInputs_data();
    void datasetLineInputs();
};

void TestFuzzRegressions::datasetLineInputs_data()
{
    QTest::addColumn<QString>("path");
    int count = 0;
    for (const char *folder : {"tests/fuzz/regressions/FuzzDatasetLine", "tests/fuzz/corpus/FuzzDatasetLine"}) {
        const QDir dir(Fts::Test::TestPaths::sourceFile(QLatin1String(folder)));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            if (name.endsWith(QLatin1String(".md")))
                continue;
            QTest::newRow(qPrintable(QLatin1String(folder).mid(11) + QLatin1Char('/') + name)) << dir.filePath(name);
            ++count;
        }
    }
    QVERIFY2(count >= 10, "the seed corpus and regression inputs are missing");
}

void TestFuzzRegressions::datasetLineInputs()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    // A violated property aborts the process: ctest then reports this test as failed.
    QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
