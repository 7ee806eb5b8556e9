// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer/PreTokenizer.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <QtGlobal>

namespace Fts::Core {

namespace {

/**
 * The match data, JIT stack and match context of the current thread. One set serves every pattern: the
 * pieces need only the overall match, so the match data has a single pair whatever the pattern.
 */
class ThreadMatchState
{
public:
    ThreadMatchState()
        : matchData(pcre2_match_data_create(1, nullptr))
        , jitStack(pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, nullptr))
        , context(pcre2_match_context_create(nullptr))
    {
        pcre2_jit_stack_assign(context, nullptr, jitStack);
    }
    ~ThreadMatchState()
    {
        pcre2_match_context_free(context);
        pcre2_jit_stack_free(jitStack);
        pcre2_match_data_free(matchData);
    }
    ThreadMatchState(const ThreadMatchState &) = delete;
    ThreadMatchState &operator=(const ThreadMatchState &) = delete;

    pcre2_match_data *matchData;
    pcre2_jit_stack *jitStack;
    pcre2_match_context *context;
};

ThreadMatchState &threadMatchState()
{
    thread_local ThreadMatchState state;
    return state;
}

} // namespace

PreTokenizer::PreTokenizer(const QString &pattern)
{
    const QByteArray utf8Pattern = pattern.toUtf8();
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8Pattern.constData()),
                                     PCRE2_SIZE(utf8Pattern.size()), PCRE2_UTF | PCRE2_UCP | PCRE2_DOLLAR_ENDONLY,
                                     &errorCode, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR buffer[256];
        pcre2_get_error_message(errorCode, buffer, sizeof buffer);
        m_error = QStringLiteral("%1 at offset %2")
                      .arg(QString::fromUtf8(reinterpret_cast<const char *>(buffer)))
                      .arg(qulonglong(errorOffset));
        return;
    }
    m_jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    m_code = code;
}

PreTokenizer::~PreTokenizer()
{
    pcre2_code_free(static_cast<pcre2_code *>(m_code));
}

void PreTokenizer::split(std::string_view utf8, std::vector<Piece> &pieces) const
{
    if (!m_code || utf8.empty())
        return;
    auto *code = static_cast<pcre2_code *>(m_code);
    ThreadMatchState &state = threadMatchState();
    const auto *subject = reinterpret_cast<PCRE2_SPTR>(utf8.data());
    const PCRE2_SIZE length = utf8.size();
    const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(state.matchData);
    PCRE2_SIZE offset = 0;
    while (offset < length) {
        int result = m_jit ? pcre2_jit_match(code, subject, length, offset, PCRE2_NO_UTF_CHECK, state.matchData,
                                             state.context)
                           : pcre2_match(code, subject, length, offset, PCRE2_NO_UTF_CHECK, state.matchData,
                                         state.context);
        if (result == PCRE2_ERROR_JIT_STACKLIMIT) {
            // The interpreter keeps its backtracking state on the heap and copes with what overflowed the JIT stack.
            result = pcre2_match(code, subject, length, offset, PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, state.matchData,
                                 state.context);
        }
        if (result == PCRE2_ERROR_NOMATCH)
            break; // tiktoken's find_iter leaves unmatched text out the same way
        const bool matched = result >= 0;
        const PCRE2_SIZE begin = matched ? ovector[0] : offset;
        PCRE2_SIZE end = matched ? ovector[1] : offset;
        if (end == begin) {
            // The tiktoken patterns never match empty text, and a resource limit is no reason to lose text:
            // take one character as its own piece rather than loop forever or drop it.
            // The tiktoken patterns never match empty text; step over one character rather than loop forever.
            end = begin + 1;
            while (end < length && (subject[end] & 0xC0) == 0x80)
                ++end;
            if (!matched)
                pieces.push_back(Piece{std::uint32_t(begin), std::uint32_t(end - begin)});
            offset = end;
            continue;
        }
        pieces.push_back(Piece{std::uint32_t(begin), std::uint32_t(end - begin)});
        offset = end;
    }
}

} // namespace Fts::Core
