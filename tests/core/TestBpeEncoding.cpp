// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer/BpeEncoding.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent>

using namespace Fts::Core;

namespace {

/** The golden rows of one file in tests/data/tokenizer (plain JSONL or Qt's qCompress format). */
QList<QJsonObject> readGolden(const QString &fileName)
{
    QFile file(Fts::Test::TestPaths::dataFile(QStringLiteral("tokenizer/") + fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open golden file %s", qPrintable(file.fileName()));
    QByteArray data = file.readAll();
    if (fileName.endsWith(QLatin1String(".qz")))
        data = qUncompress(data);
    QList<QJsonObject> rows;
    // Only '\n' separates rows: texts contain U+2028 and U+0085 unescaped.
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad golden row in %s: %s", qPrintable(fileName), qPrintable(error.errorString()));
        rows.append(document.object());
    }
    return rows;
}

QString idsText(const std::vector<BpeEncoding::Rank> &ids)
{
    QStringList parts;
    for (auto id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(' '));
}

QString idsText(const QJsonArray &ids)
{
    QStringList parts;
    for (const QJsonValue &id : ids)
        parts.append(QString::number(id.toInteger()));
    return parts.join(QLatin1Char(' '));
}

/** FNV-1a 64 over each id's four little-endian bytes, as the golden generator computes it. */
QString idsHash(const std::vector<BpeEncoding::Rank> &ids)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (auto id : ids) {
        for (int shift = 0; shift < 32; shift += 8) {
            hash ^= (id >> shift) & 0xffu;
            hash *= 0x100000001b3ULL;
        }
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

/** The text the generator builds for the 128 code points from @p start. */
QString codePointText(char32_t start)
{
    QString text;
    for (char32_t codePoint = start; codePoint < start + 128 && codePoint <= 0x10FFFF; ++codePoint) {
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
            continue;
        // Not QString::fromUcs4(): it takes U+FEFF for a byte order mark and drops it.
        QString c;
        if (QChar::requiresSurrogates(codePoint))
            c = QString(QChar(QChar::highSurrogate(codePoint))) + QChar(QChar::lowSurrogate(codePoint));
        else
            c = QString(QChar(char16_t(codePoint)));
        text += QLatin1Char('a') + c + QLatin1String("b ") + c + QLatin1Char('C') + c + QLatin1String(" 1") + c
              + QLatin1Char('\n') + c + c + QLatin1Char(' ');
    }
    return text;
}

const QList<EncodingId> &encodings()
{
    static const QList<EncodingId> ids = BpeEncoding::all();
    return ids;
}

} // namespace

class TestBpeEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsBothVocabularies();
    void namesRoundTrip();
    void knownIds();
    void trickyCorpusMatchesTiktoken_data();
    void trickyCorpusMatchesTiktoken();
    void generatedCorpusMatchesTiktoken();
    void everyCodePointMatchesTiktoken();
    void decodeRestoresTheBytes();
    void invalidUtf8IsReplacedNotDropped();
    void qStringAndUtf8AgreeIncludingLoneSurrogates();
    void hugeInputsStayLinearAndLossless();
    void concurrentUseGivesIdenticalResults();
    void badRankFileNamesTheLine();
};

void TestBpeEncoding::loadsBothVocabularies()
{
    const BpeEncoding &o200k = BpeEncoding::get(EncodingId::O200kBase);
    QVERIFY2(o200k.isValid(), qPrintable(o200k.errorString()));
    QCOMPARE(o200k.vocabularySize(), std::size_t(200019));
    const BpeEncoding &cl100k = BpeEncoding::get(EncodingId::Cl100kBase);
    QVERIFY2(cl100k.isValid(), qPrintable(cl100k.errorString()));
    QCOMPARE(cl100k.vocabularySize(), std::size_t(100277));
    // One shared instance per encoding.
    QCOMPARE(&BpeEncoding::get(EncodingId::O200kBase), &o200k);
}

void TestBpeEncoding::namesRoundTrip()
{
    for (EncodingId id : encodings())
        QCOMPARE(BpeEncoding::fromName(BpeEncoding::nameOf(id)), std::optional<EncodingId>(id));
    QCOMPARE(BpeEncoding::fromName(u"O200K_BASE"), std::optional<EncodingId>(EncodingId::O200kBase));
    QVERIFY(!BpeEncoding::fromName(u"p50k_base"));
    QVERIFY(!BpeEncoding::fromName(u""));
}

void TestBpeEncoding::knownIds()
{
    // Values from the tiktoken README and OpenAI's tokenizer page.
    QCOMPARE(BpeEncoding::get(EncodingId::Cl100kBase).encode(std::string_view("hello world")),
             (std::vector<BpeEncoding::Rank>{15339, 1917}));
    QCOMPARE(BpeEncoding::get(EncodingId::O200kBase).encode(std::string_view("hello world")),
             (std::vector<BpeEncoding::Rank>{24912, 2375}));
    QCOMPARE(BpeEncoding::get(EncodingId::O200kBase).countTokens(std::string_view("")), std::size_t(0));
}

void TestBpeEncoding::trickyCorpusMatchesTiktoken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QJsonArray>("expected");
    const QList<QJsonObject> rows = readGolden(QStringLiteral("tricky.jsonl"));
    QVERIFY(rows.size() >= 50);
    for (const QJsonObject &row : rows) {
        for (EncodingId id : encodings()) {
            const QString name = row.value(QLatin1String("name")).toString() + QLatin1String(" / ")
                               + BpeEncoding::nameOf(id);
            QTest::newRow(qPrintable(name)) << row.value(QLatin1String("text")).toString() << int(id)
                                            << row.value(BpeEncoding::nameOf(id)).toArray();
        }
    }
}

void TestBpeEncoding::trickyCorpusMatchesTiktoken()
{
    QFETCH(QString, text);
    QFETCH(int, encoding);
    QFETCH(QJsonArray, expected);
    const BpeEncoding &bpe = BpeEncoding::get(EncodingId(encoding));
    const std::vector<BpeEncoding::Rank> ids = bpe.encode(text);
    QCOMPARE(idsText(ids), idsText(expected));
    QCOMPARE(bpe.countTokens(text), std::size_t(expected.size()));
}

void TestBpeEncoding::generatedCorpusMatchesTiktoken()
{
    const QList<QJsonObject> rows = readGolden(QStringLiteral("generated.jsonl.qz"));
    QCOMPARE(rows.size(), 3000);
    int compared = 0;
    for (const QJsonObject &row : rows) {
        const QString text = row.value(QLatin1String("text")).toString();
        const QByteArray utf8 = text.toUtf8();
        const std::string_view view(utf8.constData(), std::size_t(utf8.size()));
        for (EncodingId id : encodings()) {
            const BpeEncoding &bpe = BpeEncoding::get(id);
            const QJsonObject expected = row.value(bpe.name()).toObject();
            const std::vector<BpeEncoding::Rank> ids = bpe.encode(view);
            const auto expectedCount = std::size_t(expected.value(QLatin1String("count")).toInteger());
            const QString context = row.value(QLatin1String("name")).toString() + QLatin1String(" / ") + bpe.name()
                                  + QLatin1String(": ") + text.left(200);
            QVERIFY2(ids.size() == expectedCount, qPrintable(context));
            QVERIFY2(idsHash(ids) == expected.value(QLatin1String("fnv1a64")).toString(), qPrintable(context));
            QVERIFY2(bpe.countTokens(view) == expectedCount, qPrintable(context));
            ++compared;
        }
    }
    QCOMPARE(compared, 6000);
}

void TestBpeEncoding::everyCodePointMatchesTiktoken()
{
    const QList<QJsonObject> rows = readGolden(QStringLiteral("codepoints.jsonl.qz"));
    QCOMPARE(rows.size(), 0x110000 / 128 - 16); // the 16 blocks of surrogates have no text
    QStringList mismatches;
    for (const QJsonObject &row : rows) {
        const QString name = row.value(QLatin1String("name")).toString();
        bool ok = false;
        const auto start = char32_t(name.mid(2).toUInt(&ok, 16));
        QVERIFY(ok);
        const QString text = codePointText(start);
        for (EncodingId id : encodings()) {
            const BpeEncoding &bpe = BpeEncoding::get(id);
            const QJsonObject expected = row.value(bpe.name()).toObject();
            const std::vector<BpeEncoding::Rank> ids = bpe.encode(text);
            if (ids.size() != std::size_t(expected.value(QLatin1String("count")).toInteger())
                || idsHash(ids) != expected.value(QLatin1String("fnv1a64")).toString())
                mismatches.append(name + QLatin1Char('/') + bpe.name());
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 40).join(QLatin1String(", "))));
}

void TestBpeEncoding::decodeRestoresTheBytes()
{
    for (EncodingId id : encodings()) {
        const BpeEncoding &bpe = BpeEncoding::get(id);
        for (const QJsonObject &row : readGolden(QStringLiteral("tricky.jsonl"))) {
            const QByteArray utf8 = row.value(QLatin1String("text")).toString().toUtf8();
            QCOMPARE(bpe.decodeBytes(bpe.encode(std::string_view(utf8.constData(), std::size_t(utf8.size())))),
                     utf8);
        }
        QCOMPARE(bpe.decodeBytes({bpe.specialTokens().first().second}), QByteArray("<|endoftext|>"));
    }
}

void TestBpeEncoding::invalidUtf8IsReplacedNotDropped()
{
    const BpeEncoding &bpe = BpeEncoding::get(EncodingId::O200kBase);
    const std::string_view broken("ok \xff\xfe then \xc3 end");
    const std::vector<BpeEncoding::Rank> ids = bpe.encode(broken);
    QCOMPARE(bpe.decodeBytes(ids), QByteArray("ok \xef\xbf\xbd\xef\xbf\xbd then \xef\xbf\xbd end"));
    QCOMPARE(bpe.countTokens(broken), ids.size());
}

void TestBpeEncoding::qStringAndUtf8AgreeIncludingLoneSurrogates()
{
    const BpeEncoding &bpe = BpeEncoding::get(EncodingId::O200kBase);
    // tiktoken's Python binding turns an unpaired surrogate into U+FFFD (QString::toUtf8() would write '?').
    const QString withSurrogate = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
    QCOMPARE(bpe.encode(withSurrogate), bpe.encode(std::string_view("a\xef\xbf\xbd" "b")));
    QCOMPARE(bpe.countTokens(withSurrogate), std::size_t(3));
    const QString trailingHigh = QStringLiteral("x") + QChar(0xDBFF);
    QCOMPARE(bpe.encode(trailingHigh), bpe.encode(std::string_view("x\xef\xbf\xbd")));
    const QString pair = QString::fromUtf8("\xf0\x9f\x99\x82"); // a valid pair stays itself
    QCOMPARE(bpe.decodeBytes(bpe.encode(pair)), QByteArray("\xf0\x9f\x99\x82"));
}

void TestBpeEncoding::hugeInputsStayLinearAndLossless()
{
    // One piece of 200 kB goes through the heap merge; the naive quadratic loop would take minutes.
    for (EncodingId id : encodings()) {
        const BpeEncoding &bpe = BpeEncoding::get(id);
        const QList<QByteArray> texts{QByteArray(200000, 'a'), QByteArray(200000, ' '), QByteArray(200000, '7'),
                                      QByteArray("xx" + QByteArray("=-").repeated(100000)),
                                      QByteArray("\xe5\xad\x97").repeated(60000)};
        for (const QByteArray &text : texts) {
            const std::string_view view(text.constData(), std::size_t(text.size()));
            const std::vector<BpeEncoding::Rank> ids = bpe.encode(view);
            QVERIFY(!ids.empty());
            QCOMPARE(bpe.decodeBytes(ids), text);
            QCOMPARE(bpe.countTokens(view), ids.size());
        }
    }
}

void TestBpeEncoding::concurrentUseGivesIdenticalResults()
{
    const QList<QJsonObject> rows = readGolden(QStringLiteral("tricky.jsonl"));
    QStringList texts;
    for (int round = 0; round < 20; ++round) {
        for (const QJsonObject &row : rows)
            texts.append(row.value(QLatin1String("text")).toString());
    }
    for (EncodingId id : encodings()) {
        const BpeEncoding &bpe = BpeEncoding::get(id);
        const QList<int> parallel = QtConcurrent::blockingMapped(texts, [&bpe](const QString &text) {
            return int(bpe.countTokens(text));
        });
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(parallel.at(i), rows.at(i % rows.size()).value(bpe.name()).toArray().size());
    }
}

void TestBpeEncoding::badRankFileNamesTheLine()
{
    BpeRankTable table;
    QString error;
    QVERIFY(!table.load(QByteArray("IQ== 0\nIg== 1\nnot-base64 2\n"), &error));
    QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
    QVERIFY(!table.load(QByteArray("IQ== 0\nIg== 5\n"), &error));
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
    QVERIFY(!table.load(QByteArray("IQ== 0\nIQ== 1\n"), &error));
    QVERIFY2(error.contains(QLatin1String("duplicate")), qPrintable(error));
    const BpeEncoding broken(EncodingId::O200kBase, QByteArray("IQ== 0\n"), QString());
    QVERIFY(!broken.isValid());
    QVERIFY(broken.encode(std::string_view("text")).empty());
}

QTEST_GUILESS_MAIN(TestBpeEncoding)
#include "TestBpeEncoding.moc"
