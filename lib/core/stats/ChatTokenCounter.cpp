// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/ChatTokenCounter.h"

#include <simdjson.h>

#include <cstring>
#include <utility>
#include <string>
#include <string_view>

namespace Fts::Core {

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

/** The per-thread parser and a padded copy of the line (simdjson reads up to 64 bytes past the end). */
struct ThreadParser
{
    od::parser parser;
    simdjson::dom::parser validator; // only for lines that are not objects: JSON or not?
    std::string buffer;
};

ThreadParser &threadParser()
{
    thread_local ThreadParser state;
    return state;
}

/**
 * Replaces every \uD800–\uDFFF escape that is not part of a surrogate pair by \uFFFD, in place (same length).
 * tiktoken's Python binding encodes such strings with U+FFFD in place of the lone surrogate; simdjson rejects
 * them, so they are rewritten before a second parse.
 */
bool replaceLoneSurrogateEscapes(std::string &json)
{
    auto hexValue = [&json](std::size_t at) -> int {
        if (at + 4 > json.size())
            return -1;
        int value = 0;
        for (std::size_t i = at; i < at + 4; ++i) {
            const char c = json[i];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= c - '0';
            else if (c >= 'a' && c <= 'f')
                value |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                value |= c - 'A' + 10;
            else
                return -1;
        }
        return value;
    };
    bool changed = false;
    for (std::size_t i = 0; i + 5 < json.size(); ++i) {
        if (json[i] != '\\')
            continue;
        if (json[i + 1] != 'u') {
            ++i; // skip the escaped character, e.g. the second backslash of "\\u"
            continue;
        }
        const int unit = hexValue(i + 2);
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 11 < json.size() && json[i + 6] == '\\' && json[i + 7] == 'u') {
            const int low = hexValue(i + 8);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                i += 11;
                continue;
            }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
            json.replace(i + 2, 4, "FFFD");
            changed = true;
        }
        i += 5;
    }
    return changed;
}

/** Accumulates one example while its JSON is walked once, front to back. */
class ExampleWalker
{
public:
    explicit ExampleWalker(const BpeEncoding &encoding)
        : m_encoding(encoding)
    {
    }

    error_code walkTopLevel(od::object example, ExampleTokens &tokens)
    {
        bool sawMessages = false;
        for (auto fieldResult : example) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                return error;
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return error;
            if (key == "messages" || key == "preferred_output") {
                od::array messages;
                if (field.value().get_array().get(messages) != simdjson::SUCCESS)
                    continue; // a wrong type is the validator's business; count what is countable
                if (auto error = walkMessages(messages, tokens))
                    return error;
                sawMessages = sawMessages || key == "messages";
            } else if (key == "input") {
                od::object input;
                if (field.value().get_object().get(input) != simdjson::SUCCESS)
                    continue;
                for (auto inputField : input) {
                    od::field inner;
                    if (auto error = std::move(inputField).get(inner))
                        return error;
                    std::string_view innerKey;
                    if (auto error = inner.unescaped_key().get(innerKey))
                        return error;
                    od::array messages;
                    if (innerKey != "messages" || inner.value().get_array().get(messages) != simdjson::SUCCESS)
                        continue;
                    if (auto error = walkMessages(messages, tokens))
                        return error;
                    sawMessages = true;
                }
            }
        }
        if (!sawMessages || tokens.messageCount == 0) {
            tokens.status = ExampleTokens::Status::NoMessages;
            return simdjson::SUCCESS;
        }
        tokens.totalTokens += ChatTokenCounter::ReplyPrimingTokens;
        return simdjson::SUCCESS;
    }

private:
    enum class Role { Other, System, User, Assistant };

    error_code walkMessages(od::array messages, ExampleTokens &tokens)
    {
        for (auto messageResult : messages) {
            od::object message;
            if (auto error = messageResult.get_object().get(message)) {
                if (error == simdjson::INCORRECT_TYPE)
                    continue; // not a message object: nothing to count
                return error;
            }
            if (auto error = walkMessage(message, tokens))
                return error;
        }
        return simdjson::SUCCESS;
    }

    error_code walkMessage(od::object message, ExampleTokens &tokens)
    {
        qint64 messageTokens = ChatTokenCounter::TokensPerMessage;
        qint64 outputTokens = 0; // what an assistant message produces
        Role role = Role::Other;
        bool trained = true;
        for (auto fieldResult : message) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                return error;
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return error;
            od::value value = field.value();
            od::json_type type;
            if (auto error = value.type().get(type))
                return error;
            if (key == "name")
                messageTokens += ChatTokenCounter::TokensPerName;
            switch (type) {
            case od::json_type::string: {
                std::string_view text;
                if (auto error = value.get_string().get(text))
                    return error;
                if (key == "role") {
                    role = text == "system" ? Role::System
                         : text == "user"   ? Role::User
                         : text == "assistant" ? Role::Assistant
                                               : Role::Other;
                }
                const auto count = qint64(m_encoding.countTokensValidUtf8(text));
                messageTokens += count;
                if (key == "content")
                    outputTokens += count;
                break;
            }
            case od::json_type::array:
                if (key == "content" || key == "tool_calls") {
                    qint64 count = 0;
                    if (auto error = key == "content" ? countContentParts(value, count) : countToolCalls(value, count))
                        return error;
                    messageTokens += count;
                    outputTokens += count;
                }
                break;
            case od::json_type::object:
                if (key == "function_call") {
                    qint64 count = 0;
                    od::object call;
                    if (auto error = value.get_object().get(call))
                        return error;
                    if (auto error = countFunction(call, count))
                        return error;
                    messageTokens += count;
                    outputTokens += count;
                }
                break;
            case od::json_type::number:
                if (key == "weight") {
                    double weight = 1;
                    if (value.get_double().get(weight) == simdjson::SUCCESS && weight == 0)
                        trained = false;
                }
                break;
            case od::json_type::boolean:
            case od::json_type::null:
                break;
            }
        }
        ++tokens.messageCount;
        tokens.totalTokens += messageTokens;
        if (role == Role::System)
            tokens.hasSystemMessage = true;
        else if (role == Role::User)
            tokens.hasUserMessage = true;
        else if (role == Role::Assistant) {
            tokens.assistantTokens += outputTokens;
            if (trained)
                tokens.trainedAssistantTokens += outputTokens;
        }
        return simdjson::SUCCESS;
    }

    /** Content parts: {"type": "text", "text": …} count their text; image parts count nothing. */
    error_code countContentParts(od::value value, qint64 &count)
    {
        od::array parts;
        if (auto error = value.get_array().get(parts))
            return error;
        for (auto partResult : parts) {
            od::object part;
            if (auto error = partResult.get_object().get(part)) {
                if (error == simdjson::INCORRECT_TYPE)
                    continue;
                return error;
            }
            for (auto fieldResult : part) {
                od::field field;
                if (auto error = std::move(fieldResult).get(field))
                    return error;
                std::string_view key;
                if (auto error = field.unescaped_key().get(key))
                    return error;
                std::string_view text;
                if (key == "text" && field.value().get_string().get(text) == simdjson::SUCCESS)
                    count += qint64(m_encoding.countTokensValidUtf8(text));
            }
        }
        return simdjson::SUCCESS;
    }

    /** tool_calls: each call counts its function's name and arguments. */
    error_code countToolCalls(od::value value, qint64 &count)
    {
        od::array calls;
        if (auto error = value.get_array().get(calls))
            return error;
        for (auto callResult : calls) {
            od::object call;
            if (auto error = callResult.get_object().get(call)) {
                if (error == simdjson::INCORRECT_TYPE)
                    continue;
                return error;
            }
            for (auto fieldResult : call) {
                od::field field;
                if (auto error = std::move(fieldResult).get(field))
                    return error;
                std::string_view key;
                if (auto error = field.unescaped_key().get(key))
                    return error;
                od::object function;
                if (key == "function" && field.value().get_object().get(function) == simdjson::SUCCESS) {
                    if (auto error = countFunction(function, count))
                        return error;
                }
            }
        }
        return simdjson::SUCCESS;
    }

    /** {"name": …, "arguments": "<JSON text>"}: both strings count. */
    error_code countFunction(od::object function, qint64 &count)
    {
        for (auto fieldResult : function) {
            od::field field;
            if (auto error = std::move(fieldResult).get(field))
                return error;
            std::string_view key;
            if (auto error = field.unescaped_key().get(key))
                return error;
            std::string_view text;
            if ((key == "name" || key == "arguments") && field.value().get_string().get(text) == simdjson::SUCCESS)
                count += qint64(m_encoding.countTokensValidUtf8(text));
        }
        return simdjson::SUCCESS;
    }

    const BpeEncoding &m_encoding;
};

error_code countParsed(ThreadParser &state, const BpeEncoding &encoding, std::size_t length, ExampleTokens &tokens)
{
    od::document document;
    const simdjson::padded_string_view view(state.buffer.data(), length, state.buffer.size());
    if (auto error = state.parser.iterate(view).get(document))
        return error;
    od::object example;
    if (auto error = document.get_object().get(example)) {
        if (error == simdjson::INCORRECT_TYPE) {
            // On demand reads only the first character here; a full parse tells "[1]" from "not json".
            simdjson::dom::element element;
            const bool isJson = state.validator.parse(state.buffer.data(), length, false).get(element)
                                == simdjson::SUCCESS;
            tokens.status = isJson ? ExampleTokens::Status::NotAnObject : ExampleTokens::Status::InvalidJson;
            return simdjson::SUCCESS;
        }
        return error;
    }
    ExampleWalker walker(encoding);
    return walker.walkTopLevel(example, tokens);
}

} // namespace

ChatTokenCounter::ChatTokenCounter(EncodingId encoding)
    : m_encoding(&BpeEncoding::get(encoding))
{
}

ExampleTokens ChatTokenCounter::count(QByteArrayView line) const
{
    ThreadParser &state = threadParser();
    const auto length = std::size_t(line.size());
    state.buffer.assign(line.data(), length);
    state.buffer.append(simdjson::SIMDJSON_PADDING, '\0');

    ExampleTokens tokens;
    error_code error = countParsed(state, *m_encoding, length, tokens);
    if (error == simdjson::STRING_ERROR) {
        state.buffer.resize(length);
        if (replaceLoneSurrogateEscapes(state.buffer)) {
            const std::size_t sanitizedLength = state.buffer.size();
            state.buffer.append(simdjson::SIMDJSON_PADDING, '\0');
            tokens = ExampleTokens();
            error = countParsed(state, *m_encoding, sanitizedLength, tokens);
        }
    }
    if (error != simdjson::SUCCESS)
        return ExampleTokens{ExampleTokens::Status::InvalidJson};
    return tokens;
}

} // namespace Fts::Core
