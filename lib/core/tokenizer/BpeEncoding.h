// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenizer/BpeRankTable.h"
#include "core/tokenizer/PreTokenizer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace Fts::Core {

/** The byte-pair encodings OpenAI's chat models use. */
enum class EncodingId {
    O200kBase,  ///< gpt-4o, gpt-4.1, o-series
    Cl100kBase, ///< gpt-4, gpt-3.5-turbo
};

/**
 * A tiktoken-compatible byte-pair encoding: the same token ids as OpenAI's tiktoken for every input.
 *
 * get() loads an encoding's ranks from the application's resources on first use, once per process, and
 * hands out one shared immutable instance; every method is const and safe to call from any thread.
 * Text that spells a special token (`<|endoftext|>`) is encoded as ordinary text, like tiktoken's
 * encode_ordinary(): datasets contain such strings as content, never as control tokens.
 */
class BpeEncoding
{
    Q_DECLARE_TR_FUNCTIONS(BpeEncoding)
public:
    using Rank = BpeRankTable::Rank;

    /** The shared instance of @p id, loaded on first use (thread-safe). */
    static const BpeEncoding &get(EncodingId id);
    /** "o200k_base" or "cl100k_base". */
    static QString nameOf(EncodingId id);
    /** Parses an encoding name as tiktoken spells it; nullopt for anything else. */
    static std::optional<EncodingId> fromName(QStringView name);
    static QList<EncodingId> all() { return {EncodingId::O200kBase, EncodingId::Cl100kBase}; }

    /** Builds an encoding from rank-file data and a pre-tokenizer pattern; for get() and for tests. */
    BpeEncoding(EncodingId id, const QByteArray &rankFile, const QString &pattern);
    ~BpeEncoding();
    BpeEncoding(const BpeEncoding &) = delete;
    BpeEncoding &operator=(const BpeEncoding &) = delete;

    EncodingId id() const { return m_id; }
    QString name() const { return nameOf(m_id); }
    /** False when the ranks or the pattern could not be loaded; errorString() says why. */
    bool isValid() const;
    QString errorString() const { return m_error; }
    /** Ordinary tokens plus special tokens (the ids a model can emit). */
    std::size_t vocabularySize() const;

    /**
     * Token ids of @p text. Text that is not valid UTF-8 is first decoded with U+FFFD replacing the
     * invalid sequences, as tiktoken's Python binding does for unpaired surrogates.
     */
    std::vector<Rank> encode(std::string_view text) const;
    std::vector<Rank> encode(const QString &text) const;
    /** The number of tokens encode() would return, without building the id list. */
    std::size_t countTokens(std::string_view text) const;
    std::size_t countTokens(const QString &text) const;
    /** Counts @p text that the caller guarantees to be valid UTF-8 (e.g. a string simdjson decoded). */
    std::size_t countTokensValidUtf8(std::string_view utf8) const;

    /** The bytes of @p tokens concatenated; special tokens decode to their names. */
    QByteArray decodeBytes(const std::vector<Rank> &tokens) const;
    /** The special tokens and their ids, e.g. "<|endoftext|>" → 199999. */
    QList<QPair<QString, Rank>> specialTokens() const { return m_specialTokens; }

private:
    template<typename Sink>
    void encodeValidUtf8(std::string_view utf8, Sink &&sink) const;
    std::size_t countPiece(const std::uint8_t *bytes, std::size_t length) const;

    EncodingId m_id;
    BpeRankTable m_ranks;
    std::unique_ptr<PreTokenizer> m_preTokenizer;
    QList<QPair<QString, Rank>> m_specialTokens;
    QString m_error;
};

} // namespace Fts::Core
