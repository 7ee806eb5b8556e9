// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Fts::Core {

/**
 * Splits text into the pieces that byte-pair encoding then merges, with the regular expression of a tiktoken
 * encoding compiled by PCRE2 (UTF, UCP, JIT). Reentrant: each thread matches with its own match data.
 */
class PreTokenizer
{
public:
    struct Piece
    {
        std::uint32_t offset;
        std::uint32_t length;
    };

    explicit PreTokenizer(const QString &pattern);
    ~PreTokenizer();
    PreTokenizer(const PreTokenizer &) = delete;
    PreTokenizer &operator=(const PreTokenizer &) = delete;

    bool isValid() const { return m_code != nullptr; }
    QString errorString() const { return m_error; }
    bool isJitCompiled() const { return m_jit; }

    /**
     * Appends the pieces of @p utf8 to @p pieces, in order, exactly as tiktoken's find_iter would produce
     * them. @p utf8 must be valid UTF-8 (checked once by the caller, not per match) and shorter than 4 GiB.
     */
    void split(std::string_view utf8, std::vector<Piece> &pieces) const;

private:
    void *m_code = nullptr; // pcre2_code_8, kept opaque so that PCRE2 stays a private dependency
    bool m_jit = false;
    QString m_error;
};

} // namespace Fts::Core
