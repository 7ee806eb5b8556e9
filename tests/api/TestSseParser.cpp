// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/SseParser.h"

#include <QTest>

using namespace Fts::Api;

class TestSseParser : public QObject
{
    Q_OBJECT

private:
    static QList<SseEvent> feedInPieces(const QByteArray &stream, int pieceSize)
    {
        SseParser parser;
        QList<SseEvent> events;
        for (qsizetype i = 0; i < stream.size(); i += pieceSize)
            events += parser.feed(stream.mid(i, pieceSize));
        events += parser.finish();
        return events;
    }

private Q_SLOTS:
    void openAiStreamSplitAnywhere_data()
    {
        QTest::addColumn<int>("pieceSize");
        for (int size : {1, 2, 3, 7, 64, 100000})
            QTest::addRow("%d-byte pieces", size) << size;
    }

    void openAiStreamSplitAnywhere()
    {
        QFETCH(int, pieceSize);
        const QByteArray stream = "data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n"
                                  "data: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\n\n"
                                  ": keep-alive comment\n\n"
                                  "data: [DONE]\n\n";
        const QList<SseEvent> events = feedInPieces(stream, pieceSize);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).data, QByteArray("{\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}"));
        QVERIFY(!events.at(1).isDone());
        QVERIFY(events.at(2).isDone());
    }

    void lineEndingsCrLfAndCrAcrossPieces_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("LF") << QByteArray("data: a\n\ndata: b\n\n");
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n");
        QTest::newRow("CR") << QByteArray("data: a\r\rdata: b\r\r");
        QTest::newRow("mixed") << QByteArray("data: a\r\n\ndata: b\n\r\n");
    }

    void lineEndingsCrLfAndCrAcrossPieces()
    {
        QFETCH(QByteArray, stream);
        for (int piece = 1; piece <= stream.size(); ++piece) {
            const QList<SseEvent> events = feedInPieces(stream, piece);
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(0).data, QByteArray("a"));
            QCOMPARE(events.at(1).data, QByteArray("b"));
        }
    }

    void multiLineDataEventNameAndId()
    {
        SseParser parser;
        const QList<SseEvent> events = parser.feed("event: error\nid: 7\ndata: first\ndata:second\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray("error"));
        QCOMPARE(events.first().id, QByteArray("7"));
        QCOMPARE(events.first().data, QByteArray("first\nsecond"));
    }

    void blankLinesWithoutDataDispatchNothing()
    {
        SseParser parser;
        QVERIFY(parser.feed("\n\n\n: comment\n\nevent: ping\n\n").isEmpty());
    }

    void unterminatedLastEventIsFlushedByFinish()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: tail").isEmpty());
        const QList<SseEvent> events = parser.finish();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QByteArray("tail"));
        QVERIFY(parser.finish().isEmpty());
    }

    void overlongLineIsAnErrorNotUnboundedMemory()
    {
        SseParser parser;
        parser.setMaxLineBytes(1024);
        parser.feed("data: " + QByteArray(4096, 'x'));
        QVERIFY(parser.hasError());
        QVERIFY(parser.feed("\n\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "TestSseParser.moc"
