// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer/BpeEncoding.h"

#include <QFile>
#include <QtDebug>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <mutex>

namespace Fts::Core {

namespace {

using Rank = BpeRankTable::Rank;
constexpr Rank NoRank = BpeRankTable::NoRank;

/*
 * The pre-tokenizer patterns are tiktoken's (openai_public.py), with one deliberate rewrite: tiktoken runs them
 * on Rust's regex engine, where \s is Unicode White_Space and so includes U+0085 (NEXT LINE). PCRE2's \s,
 * even with UCP, leaves U+0085 out. Spelling the White_Space set out keeps both engines in agreement.
 * For cl100k_base we use the pattern form the npm `tiktoken` package uses (no possessive quantifiers); the
 * newer upstream form only avoids catastrophic backtracking in Rust and tokenizes identically.
 */
constexpr auto WhiteSpace = u"\\t\\n\\x{0B}\\f\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
                            u"\\x{202F}\\x{205F}\\x{3000}";

QString expandWhiteSpace(QString pattern)
{
    const QString whiteSpace = QString::fromUtf16(WhiteSpace);
    pattern.replace(QStringLiteral("[^\\s"), QStringLiteral("[^") + whiteSpace);
    pattern.replace(QStringLiteral("\\S"), QStringLiteral("[^") + whiteSpace + QLatin1Char(']'));
    pattern.replace(QStringLiteral("\\s"), QLatin1Char('[') + whiteSpace + QLatin1Char(']'));
    return pattern;
}

/*
 * PCRE2 10.42 knows Unicode 14; tiktoken's Rust regex knows Unicode 15.0. The letters, marks and digits that
 * Unicode 15.0 added are spelled out next to their property so that both engines classify them alike (the
 * Kaktovik numerals, for one, changed cl100k_base token ids). Other Unicode 15.0 additions are symbols or
 * format characters, which already fall into the same "other" class as unassigned code points.
 */
QString unicode15Additions(QStringView property)
{
    if (property == u"L" || property == u"Lo")
        return QStringLiteral("\\x{1123F}-\\x{11240}\\x{11F02}\\x{11F04}-\\x{11F10}\\x{11F12}-\\x{11F33}"
                              "\\x{13441}-\\x{13446}\\x{1E4D0}-\\x{1E4EA}\\x{31350}-\\x{323AF}")
             + (property == u"L" ? QStringLiteral("\\x{1DF25}-\\x{1DF2A}\\x{1E030}-\\x{1E06D}\\x{1E4EB}") : QString());
    if (property == u"Ll")
        return QStringLiteral("\\x{1DF25}-\\x{1DF2A}");
    if (property == u"Lm")
        return QStringLiteral("\\x{1E030}-\\x{1E06D}\\x{1E4EB}");
    if (property == u"M")
        return QStringLiteral("\\x{0CF3}\\x{0ECE}\\x{10EFD}-\\x{10EFF}\\x{11241}\\x{11F00}-\\x{11F01}\\x{11F03}"
                              "\\x{11F34}-\\x{11F3A}\\x{11F3E}-\\x{11F42}\\x{13440}\\x{13447}-\\x{13455}"
                              "\\x{1E08F}\\x{1E4EC}-\\x{1E4EF}");
    if (property == u"N")
        return QStringLiteral("\\x{11F50}-\\x{11F59}\\x{1D2C0}-\\x{1D2D3}\\x{1E4F0}-\\x{1E4F9}");
    return {};
}

/** Rewrites every \p{X} of @p pattern to include unicode15Additions(X), wrapping it in a class where needed. */
QString withUnicode15(const QString &pattern)
{
    QString result;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            if (pattern.at(i + 1) == QLatin1Char('p') && i + 2 < pattern.size() && pattern.at(i + 2) == QLatin1Char('{')) {
                const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
                const QString property = pattern.mid(i + 3, close - i - 3);
                const QString token = pattern.mid(i, close - i + 1);
                const QString extra = unicode15Additions(property);
                if (extra.isEmpty())
                    result += token;
                else if (inClass)
                    result += token + extra;
                else
                    result += QLatin1Char('[') + token + extra + QLatin1Char(']');
                i = close;
                continue;
            }
            result += c;
            result += pattern.at(++i);
            continue;
        }
        if (c == QLatin1Char('['))
            inClass = true;
        else if (c == QLatin1Char(']'))
            inClass = false;
        result += c;
    }
    return result;
}

QString patternFor(EncodingId id)
{
    switch (id) {
    case EncodingId::O200kBase:
        return withUnicode15(expandWhiteSpace(QStringLiteral(
            R"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
            R"(|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
            R"(|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+)")));
    case EncodingId::Cl100kBase:
        return withUnicode15(expandWhiteSpace(QStringLiteral(
            R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*)"
            R"(|\s*[\r\n]+|\s+(?!\S)|\s+)")));
    }
    return {};
}

QList<QPair<QString, Rank>> specialTokensFor(EncodingId id)
{
    switch (id) {
    case EncodingId::O200kBase:
        return {{QStringLiteral("<|endoftext|>"), 199999}, {QStringLiteral("<|endofprompt|>"), 200018}};
    case EncodingId::Cl100kBase:
        return {{QStringLiteral("<|endoftext|>"), 100257},
                {QStringLiteral("<|fim_prefix|>"), 100258},
                {QStringLiteral("<|fim_middle|>"), 100259},
                {QStringLiteral("<|fim_suffix|>"), 100260},
                {QStringLiteral("<|endofprompt|>"), 100276}};
    }
    return {};
}

/** Pieces up to this many bytes merge with tiktoken's own quadratic scan, which is fastest when short. */
constexpr std::size_t LinearMergeLimit = 96;

/**
 * tiktoken's byte_pair_merge: repeatedly merge the adjacent pair with the lowest rank, the leftmost on ties.
 * Calls @p emitToken with each resulting token's byte range; returns the number of tokens.
 */
template<typename Emit>
std::size_t mergeShortPiece(const BpeRankTable &ranks, const std::uint8_t *piece, std::size_t length, Emit &&emitToken)
{
    struct Part
    {
        std::uint32_t start;
        Rank rank;
    };
    std::array<Part, LinearMergeLimit + 1> parts;
    std::size_t count = length + 1;
    for (std::size_t i = 0; i + 1 < length; ++i)
        parts[i] = Part{std::uint32_t(i), ranks.rank(piece + i, 2)};
    parts[length - 1] = Part{std::uint32_t(length - 1), NoRank};
    parts[length] = Part{std::uint32_t(length), NoRank};

    for (;;) {
        Rank minRank = NoRank;
        std::size_t minIndex = 0;
        for (std::size_t i = 0; i + 1 < count; ++i) {
            if (parts[i].rank < minRank) {
                minRank = parts[i].rank;
                minIndex = i;
            }
        }
        if (minRank == NoRank)
            break;
        const std::size_t i = minIndex;
        std::copy(parts.begin() + i + 2, parts.begin() + count, parts.begin() + i + 1);
        --count;
        parts[i].rank = i + 2 < count ? ranks.rank(piece + parts[i].start, parts[i + 2].start - parts[i].start)
                                      : NoRank;
        if (i > 0)
            parts[i - 1].rank = ranks.rank(piece + parts[i - 1].start, parts[i + 1].start - parts[i - 1].start);
    }
    for (std::size_t i = 0; i + 1 < count; ++i)
        emitToken(parts[i].start, parts[i + 1].start);
    return count - 1;
}

/**
 * The same merge order as mergeShortPiece() in O(n log n) for long pieces (minified code, base64, long digit
 * or symbol runs): a doubly linked list of parts and a min-heap of candidate pairs keyed by (rank, start),
 * stale entries recognised by a per-part version counter.
 */
template<typename Emit>
std::size_t mergeLongPiece(const BpeRankTable &ranks, const std::uint8_t *piece, std::size_t length, Emit &&emitToken)
{
    struct Part
    {
        std::uint32_t start;
        std::uint32_t end;
        std::int32_t previous;
        std::int32_t next;
        std::uint32_t version;
    };
    struct Candidate
    {
        Rank rank;
        std::uint32_t start;
        std::uint32_t part;
        std::uint32_t version;
        bool operator>(const Candidate &other) const
        {
            return rank != other.rank ? rank > other.rank : start > other.start;
        }
    };
    std::vector<Part> parts(length);
    for (std::size_t i = 0; i < length; ++i)
        parts[i] = Part{std::uint32_t(i), std::uint32_t(i + 1), std::int32_t(i) - 1,
                        i + 1 < length ? std::int32_t(i + 1) : -1, 0};
    std::vector<Candidate> heap;
    heap.reserve(length);
    const auto greater = std::greater<Candidate>();
    auto offer = [&](std::int32_t index) {
        const Part &part = parts[std::size_t(index)];
        if (part.next < 0)
            return;
        const Rank rank = ranks.rank(piece + part.start, parts[std::size_t(part.next)].end - part.start);
        if (rank == NoRank)
            return;
        heap.push_back(Candidate{rank, part.start, std::uint32_t(index), part.version});
        std::push_heap(heap.begin(), heap.end(), greater);
    };
    for (std::size_t i = 0; i + 1 < length; ++i)
        offer(std::int32_t(i));

    std::size_t count = length;
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), greater);
        const Candidate candidate = heap.back();
        heap.pop_back();
        Part &left = parts[candidate.part];
        if (left.version != candidate.version)
            continue;
        Part &right = parts[std::size_t(left.next)];
        left.end = right.end;
        left.next = right.next;
        if (right.next >= 0)
            parts[std::size_t(right.next)].previous = std::int32_t(candidate.part);
        ++right.version;
        ++left.version;
        --count;
        offer(std::int32_t(candidate.part));
        if (left.previous >= 0) {
            ++parts[std::size_t(left.previous)].version;
            offer(left.previous);
        }
    }
    for (std::int32_t index = 0; index >= 0; index = parts[std::size_t(index)].next)
        emitToken(parts[std::size_t(index)].start, parts[std::size_t(index)].end);
    return count;
}

template<typename Emit>
std::size_t mergePiece(const BpeRankTable &ranks, const std::uint8_t *piece, std::size_t length, Emit &&emitToken)
{
    return length <= LinearMergeLimit ? mergeShortPiece(ranks, piece, length, emitToken)
                                      : mergeLongPiece(ranks, piece, length, emitToken);
}

/**
 * Token counts of the pieces that needed merging, per thread and encoding. Text repeats its words (a Zipf
 * law), so most long pieces (CJK runs, rare words, numbers) recur; the cache turns their merge loop into one
 * hash lookup. Bounded: it starts over when full.
 */
class PieceCountCache
{
public:
    static constexpr std::size_t Capacity = 1u << 16; // slots; at most half are used
    static constexpr std::size_t MaxArenaBytes = 4u << 20;

    PieceCountCache()
        : m_slots(Capacity)
    {
        m_arena.reserve(MaxArenaBytes);
    }

    /** The cached count of @p piece, or 0 when unknown (a piece always has at least one token). */
    std::uint32_t find(const std::uint8_t *piece, std::size_t length, std::uint64_t hash) const
    {
        for (std::size_t index = hash & (Capacity - 1);; index = (index + 1) & (Capacity - 1)) {
            const Slot &slot = m_slots[index];
            if (slot.count == 0)
                return 0;
            if (slot.hash == hash && slot.length == length
                && std::memcmp(m_arena.data() + slot.offset, piece, length) == 0)
                return slot.count;
        }
    }

    void insert(const std::uint8_t *piece, std::size_t length, std::uint64_t hash, std::uint32_t count)
    {
        if (m_used * 2 >= Capacity || m_arena.size() + length > MaxArenaBytes) {
            std::fill(m_slots.begin(), m_slots.end(), Slot{});
            m_arena.clear();
            m_used = 0;
        }
        std::size_t index = hash & (Capacity - 1);
        while (m_slots[index].count != 0)
            index = (index + 1) & (Capacity - 1);
        m_slots[index] = Slot{hash, std::uint32_t(m_arena.size()), std::uint32_t(length), count};
        m_arena.append(reinterpret_cast<const char *>(piece), length);
        ++m_used;
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::uint32_t count = 0;
    };
    std::vector<Slot> m_slots;
    std::string m_arena;
    std::size_t m_used = 0;
};

/** Long pieces only: short ones merge faster than a cache lookup. */
constexpr std::size_t MinCachedPieceLength = 8;

PieceCountCache &threadPieceCountCache(EncodingId id)
{
    thread_local PieceCountCache caches[2];
    return caches[id == EncodingId::Cl100kBase ? 1 : 0];
}

std::vector<PreTokenizer::Piece> &threadPieceBuffer()
{
    thread_local std::vector<PreTokenizer::Piece> pieces;
    return pieces;
}

bool isValidUtf8(std::string_view text)
{
    return simdjson::validate_utf8(text.data(), text.size());
}

QByteArray withInvalidUtf8Replaced(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
}

/**
 * UTF-8 of @p text with every unpaired surrogate as U+FFFD, as tiktoken's Python binding does. QString::toUtf8()
 * would write '?' instead, which is a different token.
 */
QByteArray utf8WithLoneSurrogatesReplaced(const QString &text)
{
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    for (; i < size; ++i) {
        if (data[i].isSurrogate())
            break;
    }
    if (i == size)
        return text.toUtf8();
    QString repaired = text;
    for (; i < size; ++i) {
        if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (data[i].isSurrogate())
            repaired[i] = QChar::ReplacementCharacter;
    }
    return repaired.toUtf8();
}

} // namespace

const BpeEncoding &BpeEncoding::get(EncodingId id)
{
    static std::once_flag loaded[2];
    static std::unique_ptr<BpeEncoding> encodings[2];
    const auto index = std::size_t(id == EncodingId::Cl100kBase ? 1 : 0);
    std::call_once(loaded[index], [id, index] {
        QFile rankFile(QStringLiteral(":/tokenizers/%1.tiktoken").arg(nameOf(id)));
        QByteArray data;
        if (rankFile.open(QIODevice::ReadOnly))
            data = rankFile.readAll();
        encodings[index] = std::make_unique<BpeEncoding>(id, data, patternFor(id));
        if (!encodings[index]->isValid())
            qCritical("Tokenizer %s unusable: %s", qPrintable(nameOf(id)),
                      qPrintable(encodings[index]->errorString()));
    });
    return *encodings[index];
}

QString BpeEncoding::nameOf(EncodingId id)
{
    return id == EncodingId::Cl100kBase ? QStringLiteral("cl100k_base") : QStringLiteral("o200k_base");
}

std::optional<EncodingId> BpeEncoding::fromName(QStringView name)
{
    for (EncodingId id : all()) {
        if (name.compare(nameOf(id), Qt::CaseInsensitive) == 0)
            return id;
    }
    return std::nullopt;
}

BpeEncoding::BpeEncoding(EncodingId id, const QByteArray &rankFile, const QString &pattern)
    : m_id(id)
    , m_preTokenizer(std::make_unique<PreTokenizer>(pattern.isEmpty() ? patternFor(id) : pattern))
    , m_specialTokens(specialTokensFor(id))
{
    if (rankFile.isEmpty()) {
        m_error = tr("The vocabulary of %1 is missing from this build.").arg(nameOf(id));
        return;
    }
    QString error;
    if (!m_ranks.load(rankFile, &error)) {
        m_error = error;
        return;
    }
    if (!m_preTokenizer->isValid())
        m_error = tr("The pre-tokenizer pattern of %1 does not compile: %2")
                      .arg(nameOf(id), m_preTokenizer->errorString());
}

BpeEncoding::~BpeEncoding() = default;

bool BpeEncoding::isValid() const
{
    return m_error.isEmpty();
}

std::size_t BpeEncoding::vocabularySize() const
{
    Rank highest = m_ranks.size() > 0 ? Rank(m_ranks.size() - 1) : 0;
    for (const auto &special : m_specialTokens)
        highest = std::max(highest, special.second);
    return std::size_t(highest) + 1;
}

template<typename Sink>
void BpeEncoding::encodeValidUtf8(std::string_view utf8, Sink &&sink) const
{
    if (!isValid())
        return;
    std::vector<PreTokenizer::Piece> &pieces = threadPieceBuffer();
    pieces.clear();
    m_preTokenizer->split(utf8, pieces);
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(utf8.data());
    for (const PreTokenizer::Piece &piece : pieces)
        sink(bytes + piece.offset, std::size_t(piece.length));
}

std::size_t BpeEncoding::countPiece(const std::uint8_t *bytes, std::size_t length) const
{
    if (m_ranks.rank(bytes, length) != NoRank)
        return 1;
    if (length < MinCachedPieceLength)
        return mergePiece(m_ranks, bytes, length, [](std::uint32_t, std::uint32_t) {});
    PieceCountCache &cache = threadPieceCountCache(m_id);
    const std::uint64_t hash = BpeRankTable::hashBytes(bytes, length);
    if (const std::uint32_t cached = cache.find(bytes, length, hash))
        return cached;
    const std::size_t count = mergePiece(m_ranks, bytes, length, [](std::uint32_t, std::uint32_t) {});
    cache.insert(bytes, length, hash, std::uint32_t(count));
    return count;
}

std::size_t BpeEncoding::countTokensValidUtf8(std::string_view utf8) const
{
    std::size_t count = 0;
    encodeValidUtf8(utf8, [&](const std::uint8_t *piece, std::size_t length) { count += countPiece(piece, length); });
    return count;
}

std::size_t BpeEncoding::countTokens(std::string_view text) const
{
    if (isValidUtf8(text))
        return countTokensValidUtf8(text);
    const QByteArray replaced = withInvalidUtf8Replaced(text);
    return countTokensValidUtf8(std::string_view(replaced.constData(), std::size_t(replaced.size())));
}

std::size_t BpeEncoding::countTokens(const QString &text) const
{
    const QByteArray utf8 = utf8WithLoneSurrogatesReplaced(text);
    return countTokensValidUtf8(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

std::vector<BpeEncoding::Rank> BpeEncoding::encode(std::string_view text) const
{
    QByteArray replaced;
    if (!isValidUtf8(text)) {
        replaced = withInvalidUtf8Replaced(text);
        text = std::string_view(replaced.constData(), std::size_t(replaced.size()));
    }
    std::vector<Rank> tokens;
    tokens.reserve(text.size() / 3 + 1);
    encodeValidUtf8(text, [&](const std::uint8_t *piece, std::size_t length) {
        const Rank whole = m_ranks.rank(piece, length);
        if (whole != NoRank) {
            tokens.push_back(whole);
            return;
        }
        mergePiece(m_ranks, piece, length, [&](std::uint32_t begin, std::uint32_t end) {
            tokens.push_back(m_ranks.rank(piece + begin, end - begin));
        });
    });
    return tokens;
}

std::vector<BpeEncoding::Rank> BpeEncoding::encode(const QString &text) const
{
    const QByteArray utf8 = utf8WithLoneSurrogatesReplaced(text);
    return encode(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

QByteArray BpeEncoding::decodeBytes(const std::vector<Rank> &tokens) const
{
    QByteArray bytes;
    for (Rank token : tokens) {
        const std::string_view tokenBytes = m_ranks.tokenBytes(token);
        if (!tokenBytes.empty()) {
            bytes.append(tokenBytes.data(), qsizetype(tokenBytes.size()));
            continue;
        }
        for (const auto &special : m_specialTokens) {
            if (special.second == token)
                bytes.append(special.first.toUtf8());
        }
    }
    return bytes;
}

} // namespace Fts::Core
