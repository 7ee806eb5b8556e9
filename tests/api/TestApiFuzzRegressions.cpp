// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input FuzzApiParsers ever failed on (tests/fuzz/regressions/FuzzApiParsers/) and its seed corpus
// through the fuzz entry point compiled into this test, so a fixed crash stays fixed without clang.
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#include "../fuzz/FuzzApiParsers.cpp"

class TestApiFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiParserInputs_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const char *folder : {"tests/fuzz/regressions/FuzzApiParsers", "tests/fuzz/corpus/FuzzApiParsers"}) {
            const QDir dir(Fts::Test::TestPaths::sourceFile(QLatin1String(folder)));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1String(folder).mid(11) + QLatin1Char('/') + name)) << dir.filePath(name);
                ++count;
            }
        }
        QVERIFY2(count >= 9, "the seed corpus of FuzzApiParsers is missing");
    }

    void apiParserInputs()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        // A violated property aborts the process: ctest then reports this test as failed.
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiFuzzRegressions)
#include "TestApiFuzzRegressions.moc"
