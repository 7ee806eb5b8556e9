// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Fts::Core {

/**
 * The merge ranks of one byte-pair encoding: token bytes to rank and back.
 *
 * Lookups run millions of times per second while counting, so the table is a flat open-addressing hash over
 * one contiguous byte arena (no per-token allocation, no QByteArray hashing). Immutable after load(), hence
 * safe to share between threads.
 */
class BpeRankTable
{
public:
    using Rank = std::uint32_t;
    static constexpr Rank NoRank = 0xFFFFFFFFu;

    /**
     * Parses tiktoken's rank-file format (`<base64 of the token bytes> <rank>` per line, ranks 0…n-1 in
     * order). Returns false and sets @p error naming the bad line when the data is not such a file.
     */
    bool load(const QByteArray &rankFile, QString *error = nullptr);

    Rank rank(const std::uint8_t *bytes, std::size_t length) const
    {
        if (length == 1)
            return m_byteRanks[bytes[0]];
        return lookup(bytes, length);
    }
    Rank rank(std::string_view bytes) const
    {
        return rank(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    /** The bytes of token @p rank; empty for ranks outside the table. */
    std::string_view tokenBytes(Rank rank) const;
    std::size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }

    static std::uint64_t hashBytes(const std::uint8_t *bytes, std::size_t length);

private:
    Rank lookup(const std::uint8_t *bytes, std::size_t length) const;

    std::string m_arena;                  ///< every token's bytes, in rank order
    std::vector<std::uint32_t> m_offsets; ///< token r is m_arena[m_offsets[r], m_offsets[r + 1])
    std::vector<std::uint64_t> m_slots;   ///< (hash tag << 32) | (rank + 1); 0 marks an empty slot
    std::uint64_t m_mask = 0;
    Rank m_byteRanks[256] = {};
};

} // namespace Fts::Core
