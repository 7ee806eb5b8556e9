// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer/BpeRankTable.h"

#include <QCoreApplication>

#include <bit>
#include <cstring>

namespace Fts::Core {

namespace {

class RankFileMessages
{
    Q_DECLARE_TR_FUNCTIONS(BpeRankTable)
public:
    static QString badLine(qsizetype line) { return tr("Tokenizer rank file, line %1: not '<base64> <rank>'.").arg(line); }
    static QString badRank(qsizetype line, qsizetype expected)
    {
        return tr("Tokenizer rank file, line %1: ranks must be consecutive, expected %2.").arg(line).arg(expected);
    }
    static QString duplicate(qsizetype line) { return tr("Tokenizer rank file, line %1: duplicate token.").arg(line); }
    static QString incomplete() { return tr("Tokenizer rank file: some single bytes have no rank."); }
};

inline std::uint64_t mix(std::uint64_t value)
{
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdULL;
    value ^= value >> 33;
    value *= 0xc4ceb9fe1a85ec53ULL;
    value ^= value >> 33;
    return value;
}

} // namespace

std::uint64_t BpeRankTable::hashBytes(const std::uint8_t *bytes, std::size_t length)
{
    std::uint64_t hash = 0x9E3779B97F4A7C15ULL * (length + 1);
    while (length >= 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes, 8);
        hash = std::rotl((hash ^ word) * 0x9E3779B97F4A7C15ULL, 29);
        bytes += 8;
        length -= 8;
    }
    if (length > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes, length);
        hash = (hash ^ word) * 0x9E3779B97F4A7C15ULL;
    }
    return mix(hash);
}

BpeRankTable::Rank BpeRankTable::lookup(const std::uint8_t *bytes, std::size_t length) const
{
    if (m_slots.empty())
        return NoRank;
    const std::uint64_t hash = hashBytes(bytes, length);
    const std::uint32_t tag = std::uint32_t(hash >> 32);
    for (std::uint64_t index = hash & m_mask;; index = (index + 1) & m_mask) {
        const std::uint64_t slot = m_slots[index];
        if (slot == 0)
            return NoRank;
        if (std::uint32_t(slot >> 32) != tag)
            continue;
        const Rank rank = std::uint32_t(slot) - 1;
        const std::uint32_t begin = m_offsets[rank];
        if (m_offsets[rank + 1] - begin == length && std::memcmp(m_arena.data() + begin, bytes, length) == 0)
            return rank;
    }
}

std::string_view BpeRankTable::tokenBytes(Rank rank) const
{
    if (rank >= size())
        return {};
    return std::string_view(m_arena.data() + m_offsets[rank], m_offsets[rank + 1] - m_offsets[rank]);
}

bool BpeRankTable::load(const QByteArray &rankFile, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_arena.clear();
    m_offsets.clear();
    m_arena.reserve(std::size_t(rankFile.size()) / 2);
    m_offsets.reserve(std::size_t(rankFile.count('\n')) + 2);
    m_offsets.push_back(0);

    qsizetype lineNumber = 0;
    qsizetype position = 0;
    while (position < rankFile.size()) {
        ++lineNumber;
        qsizetype end = rankFile.indexOf('\n', position);
        if (end < 0)
            end = rankFile.size();
        const QByteArrayView line(rankFile.constData() + position, end - position);
        position = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            return fail(RankFileMessages::badLine(lineNumber));
        bool numberOk = false;
        const qsizetype rank = line.sliced(space + 1).trimmed().toLongLong(&numberOk);
        if (!numberOk)
            return fail(RankFileMessages::badLine(lineNumber));
        const qsizetype expected = qsizetype(m_offsets.size()) - 1;
        if (rank != expected)
            return fail(RankFileMessages::badRank(lineNumber, expected));
        const auto decoded = QByteArray::fromBase64Encoding(line.first(space).toByteArray(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return fail(RankFileMessages::badLine(lineNumber));
        m_arena.append(decoded.decoded.constData(), std::size_t(decoded.decoded.size()));
        m_offsets.push_back(std::uint32_t(m_arena.size()));
    }

    const std::size_t count = size();
    std::size_t capacity = 1024;
    while (capacity < count * 2)
        capacity *= 2;
    m_slots.assign(capacity, 0);
    m_mask = capacity - 1;
    for (Rank rank = 0; rank < count; ++rank) {
        const auto *bytes = reinterpret_cast<const std::uint8_t *>(m_arena.data() + m_offsets[rank]);
        const std::size_t length = m_offsets[rank + 1] - m_offsets[rank];
        if (lookup(bytes, length) != NoRank)
            return fail(RankFileMessages::duplicate(qsizetype(rank) + 1));
        const std::uint64_t hash = hashBytes(bytes, length);
        std::uint64_t index = hash & m_mask;
        while (m_slots[index] != 0)
            index = (index + 1) & m_mask;
        m_slots[index] = (hash >> 32 << 32) | (std::uint64_t(rank) + 1);
    }
    for (int byte = 0; byte < 256; ++byte) {
        const auto value = std::uint8_t(byte);
        m_byteRanks[byte] = lookup(&value, 1);
        if (m_byteRanks[byte] == NoRank)
            return fail(RankFileMessages::incomplete());
    }
    return true;
}

} // namespace Fts::Core
