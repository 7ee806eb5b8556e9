// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DatasetValidator.h"

#include "core/dataset/JsonNode.h"
#include "core/dataset/JsonlDocument.h"

#include <QHash>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace Fts::Core {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using RuleSet = DatasetValidator::RuleSet;
using Severity = ValidationIssue::Severity;

// Files smaller than this are validated on the calling thread alone: threads would cost more than they save.
constexpr qint64 s_parallelThresholdBytes = 4 * 1024 * 1024;
constexpr int s_minChunkLines = 256;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/** A value quoted for a message, cut short so that a pasted paragraph does not flood the report. */
QString quotedText(std::string_view text)
{
    QString value = fromView(text);
    if (value.size() > 40)
        value = value.left(39) + QChar(0x2026);
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

/**
 * Whether @p text is @p literal. Unlike string_view's ==, which orders and so calls memcmp, an equality test of a
 * known length compiles to a few compares: the checks compare every key and role of a file against literals.
 */
template<size_t N>
bool is(std::string_view text, const char (&literal)[N])
{
    return text.size() == N - 1 && std::memcmp(text.data(), literal, N - 1) == 0;
}

bool isString(const element &value)
{
    return value.type() == element_type::STRING;
}

std::string_view stringOf(const element &value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

// By value: range-for over get_array().value_unsafe() would bind to a member of a destroyed temporary.
simdjson::dom::array arrayOf(const element &value)
{
    return value.get_array().value_unsafe();
}

simdjson::dom::object objectOf(const element &value)
{
    return value.get_object().value_unsafe();
}

bool isEmptyContainer(const element &value)
{
    if (value.type() == element_type::ARRAY) {
        simdjson::dom::array array = value.get_array().value_unsafe();
        return array.begin() == array.end();
    }
    if (value.type() == element_type::OBJECT) {
        simdjson::dom::object object = value.get_object().value_unsafe();
        return object.begin() == object.end();
    }
    return false;
}

/** Python truthiness, which the cookbook's checks rely on. */
bool isTruthy(const element &value)
{
    switch (value.type()) {
    case element_type::NULL_VALUE: return false;
    case element_type::BOOL: return value.get_bool().value_unsafe();
    case element_type::INT64: return value.get_int64().value_unsafe() != 0;
    case element_type::UINT64: return value.get_uint64().value_unsafe() != 0;
    case element_type::DOUBLE: return value.get_double().value_unsafe() != 0.0;
    case element_type::STRING: return !stringOf(value).empty();
    case element_type::ARRAY:
    case element_type::OBJECT: return !isEmptyContainer(value);
    }
    return false;
}

/** 0 or 1 (also spelled 0.0 or 1.0), or -1. */
int zeroOrOne(const element &value)
{
    switch (value.type()) {
    case element_type::INT64: {
        const int64_t number = value.get_int64().value_unsafe();
        return number == 0 || number == 1 ? int(number) : -1;
    }
    case element_type::UINT64: {
        const uint64_t number = value.get_uint64().value_unsafe();
        return number <= 1 ? int(number) : -1;
    }
    case element_type::DOUBLE: {
        const double number = value.get_double().value_unsafe();
        return number == 0.0 ? 0 : number == 1.0 ? 1 : -1;
    }
    default: return -1;
    }
}

bool isValidFunctionName(std::string_view name)
{
    if (name.empty() || name.size() > 64)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

QString shortJson(const element &value)
{
    const std::string json = simdjson::minify(value);
    return quotedText(std::string_view(json));
}

/**
 * A message fragment (JSON path, "message 3") built only when an issue needs it: formatting them for every
 * message of a 300 MB file would cost more than parsing it. Refers to a callable that outlives the call.
 */
class LazyText
{
public:
    template<typename Callable>
    LazyText(const Callable &callable)
        : m_callable(&callable)
        , m_invoke([](const void *c) { return QString((*static_cast<const Callable *>(c))()); })
    {
    }
    QString operator()() const { return m_invoke(m_callable); }

private:
    const void *m_callable;
    QString (*m_invoke)(const void *);
};

/** The fields of a message object we know about; duplicates resolve to the last, as in Python. */
struct MessageFields
{
    std::optional<element> role, content, name, weight, toolCalls, toolCallId, functionCall, refusal;
    std::vector<std::string_view> otherKeys;
};

MessageFields collectMessageFields(const simdjson::dom::object &object)
{
    MessageFields fields;
    for (const simdjson::dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        if (is(key, "role"))
            fields.role = field.value;
        else if (is(key, "content"))
            fields.content = field.value;
        else if (is(key, "name"))
            fields.name = field.value;
        else if (is(key, "weight"))
            fields.weight = field.value;
        else if (is(key, "tool_calls"))
            fields.toolCalls = field.value;
        else if (is(key, "tool_call_id"))
            fields.toolCallId = field.value;
        else if (is(key, "function_call"))
            fields.functionCall = field.value;
        else if (is(key, "refusal"))
            fields.refusal = field.value;
        else if (std::find(fields.otherKeys.begin(), fields.otherKeys.end(), key) == fields.otherKeys.end())
            fields.otherKeys.push_back(key);
    }
    return fields;
}

/** The state of one chat conversation while its messages are checked in order. */
struct ConversationState
{
    bool hasSystem = false;
    bool hasUser = false;
    // A message whose role is missing or misspelt may well be the assistant: no second error about that.
    bool hasRoleError = false;
    int assistantMessages = 0;
    int trainedAssistantMessages = 0;
    std::unordered_set<std::string_view> toolCallIds;
    // The functions the example's tools define, or null when it declares none (then calls are not checked).
    const std::unordered_set<std::string_view> *declaredFunctions = nullptr;
    // Calls of functions the tools do not define, warned about after the messages' errors. Only these get their
    // path built: building one for every call was a tenth of checking a file with tool calls.
    std::vector<std::pair<std::string_view, QString>> undefinedCalls; // name, path
};

/** Checks single lines; one per thread (it owns simdjson parsers). */
class LineChecker
{
    Q_DECLARE_TR_FUNCTIONS(DatasetValidator)
public:
    explicit LineChecker(RuleSet ruleSet)
        : m_ruleSet(ruleSet)
    {
    }

    /** Appends the line's issues to @p issues and returns the line's format. */
    DatasetFormat check(QByteArrayView bytes, int lineNumber, QList<ValidationIssue> &issues)
    {
        m_line = lineNumber;
        m_issues = &issues;
        element root;
        const simdjson::error_code error =
            m_parser.parse(bytes.data(), size_t(bytes.size()), !canReadPadding(bytes)).get(root);
        if (error != simdjson::SUCCESS) {
            reportParseError(bytes, error);
            return DatasetFormat::Unknown;
        }
        if (m_ruleSet == RuleSet::Cookbook)
            return checkCookbook(root);
        return checkOpenAi(root);
    }

private:
    /**
     * simdjson reads up to SIMDJSON_PADDING bytes past the end (their content does not matter). When those
     * bytes lie on the same memory page as the line's last byte, reading them cannot fault, and the parser can
     * skip copying the line into its own padded buffer: true for about 98% of the lines of a mapped file.
     */
    static bool canReadPadding(QByteArrayView bytes)
    {
#if defined(__SANITIZE_ADDRESS__)
        return false; // the sanitizer rightly reports any read past a heap block
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
        return false;
#endif
#endif
        if (bytes.isEmpty())
            return false;
        constexpr uintptr_t pageSize = 4096;
        const auto last = reinterpret_cast<uintptr_t>(bytes.data()) + uintptr_t(bytes.size()) - 1;
        return last / pageSize == (last + simdjson::SIMDJSON_PADDING) / pageSize;
    }

    void add(const QString &kind, Severity severity, const QString &path, const QString &message)
    {
        m_issues->append(ValidationIssue{m_line, kind, severity, path, message});
    }
    void error(const QString &kind, const QString &path, const QString &message)
    {
        add(kind, Severity::Error, path, message);
    }
    void warning(const QString &kind, const QString &path, const QString &message)
    {
        add(kind, Severity::Warning, path, message);
    }

    QString typeName(const element &value) const
    {
        switch (value.type()) {
        case element_type::ARRAY: return tr("a list");
        case element_type::OBJECT: return tr("an object");
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE: return tr("a number");
        case element_type::STRING: return tr("text");
        case element_type::BOOL: return tr("true/false");
        case element_type::NULL_VALUE: return tr("null");
        }
        return QString();
    }

    void reportParseError(QByteArrayView bytes, simdjson::error_code error)
    {
        if (error == simdjson::UTF8_ERROR) {
            error_invalidUtf8(bytes);
            return;
        }
        // simdjson says where nothing; our own strict parser finds the column for a useful message.
        JsonParseError parseError;
        QString detail;
        if (!JsonNode::parse(bytes, &parseError))
            detail = tr("column %1: %2").arg(parseError.offset + 1).arg(parseError.message);
        else if (error == simdjson::NUMBER_ERROR)
            detail = tr("a number is too large to be represented");
        else if (error == simdjson::DEPTH_ERROR)
            detail = tr("the JSON is nested too deeply");
        else
            detail = fromView(simdjson::error_message(error));
        error_("invalid_json", QString(), tr("the line is not valid JSON (%1)").arg(detail));
    }

    void error_invalidUtf8(QByteArrayView bytes)
    {
        // Point at the first bad byte, counted in characters as an editor shows the column.
        const QByteArray copy = bytes.toByteArray();
        qsizetype column = 1;
        const auto *data = reinterpret_cast<const unsigned char *>(copy.constData());
        qsizetype i = 0;
        while (i < copy.size()) {
            const unsigned char c = data[i];
            int length = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                       : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
            if (length == 0 || i + length > copy.size()
                || !simdjson::validate_utf8(copy.constData() + i, size_t(length)))
                break;
            i += length;
            ++column;
        }
        error_("invalid_utf8", QString(),
               tr("the line is not valid UTF-8 text (column %1); save the file as UTF-8").arg(column));
    }

    void error_(const char *kind, const QString &path, const QString &message)
    {
        error(QLatin1String(kind), path, message);
    }
    void warning_(const char *kind, const QString &path, const QString &message)
    {
        warning(QLatin1String(kind), path, message);
    }

    // ---- cookbook ------------------------------------------------------------------------------------------

    DatasetFormat checkCookbook(const element &root)
    {
        if (root.type() != element_type::OBJECT) {
            error_("data_type", QString(), tr("the line is %1, not a JSON object").arg(typeName(root)));
            return DatasetFormat::Unknown;
        }
        const simdjson::dom::object example = root.get_object().value_unsafe();
        std::optional<element> messages;
        bool hasInput = false, hasOutput = false, hasPrompt = false;
        for (const simdjson::dom::key_value_pair field : example) {
            if (is(field.key, "messages"))
                messages = field.value;
            else if (is(field.key, "input"))
                hasInput = true;
            else if (is(field.key, "preferred_output") || is(field.key, "non_preferred_output"))
                hasOutput = true;
            else if (is(field.key, "prompt") || is(field.key, "completion"))
                hasPrompt = true;
        }
        const DatasetFormat format = DatasetFormats::fromKeys(messages.has_value(), hasInput, hasOutput, hasPrompt);
        if (!messages || !isTruthy(*messages) || messages->type() != element_type::ARRAY) {
            error_("missing_messages_list", QStringLiteral("messages"),
                   tr("the example has no \"messages\" list (or it is empty)"));
            return format;
        }
        bool hasAssistant = false, hasSystem = false, hasUser = false;
        int index = 0;
        for (const element message : arrayOf(*messages)) {
            const auto path = [&]() -> QString { return QStringLiteral("messages[%1]").arg(index); };
            const auto label = [&]() -> QString { return tr("message %1").arg(index + 1); };
            if (message.type() != element_type::OBJECT) {
                error_("message_missing_key", path(),
                       tr("%1 is %2, not an object with \"role\" and \"content\"").arg(label(), typeName(message)));
                ++index;
                continue;
            }
            const MessageFields fields = collectMessageFields(message.get_object().value_unsafe());
            if (!fields.role || !fields.content) {
                error_("message_missing_key", path(),
                       !fields.role ? tr("%1 has no \"role\"").arg(label()) : tr("%1 has no \"content\"").arg(label()));
            }
            std::vector<std::string_view> unrecognized = fields.otherKeys;
            for (const auto &[key, present] : {std::pair{"tool_calls", fields.toolCalls.has_value()},
                                               std::pair{"tool_call_id", fields.toolCallId.has_value()},
                                               std::pair{"refusal", fields.refusal.has_value()}}) {
                if (present)
                    unrecognized.insert(unrecognized.begin(), key);
            }
            if (!unrecognized.empty()) {
                QStringList keys;
                for (std::string_view key : unrecognized)
                    keys.append(quotedText(key));
                error_("message_unrecognized_key", path(),
                       tr("%1 has keys the cookbook checker does not know: %2").arg(label(), keys.join(QStringLiteral(", "))));
            }
            const std::string_view role = fields.role && isString(*fields.role) ? stringOf(*fields.role) : std::string_view();
            const bool knownRole = fields.role && isString(*fields.role)
                && (is(role, "system") || is(role, "user") || is(role, "assistant") || is(role, "function"));
            if (!knownRole) {
                error_("unrecognized_role", path() + QStringLiteral(".role"),
                       fields.role && isString(*fields.role)
                           ? tr("%1: the role %2 is not one of system, user, assistant, function").arg(label(), quotedText(role))
                           : tr("%1: the role is missing or not text").arg(label()));
            }
            const bool contentIsString = fields.content && isString(*fields.content);
            const bool contentTruthy = fields.content && isTruthy(*fields.content);
            const bool functionCallTruthy = fields.functionCall && isTruthy(*fields.functionCall);
            if ((!contentTruthy && !functionCallTruthy) || !contentIsString) {
                error_("missing_content", path() + QStringLiteral(".content"),
                       tr("%1 has no text content (the cookbook checker needs a non-empty string)").arg(label()));
            }
            hasAssistant = hasAssistant || is(role, "assistant");
            hasSystem = hasSystem || is(role, "system");
            hasUser = hasUser || is(role, "user");
            ++index;
        }
        if (!hasAssistant) {
            error_("example_missing_assistant_message", QStringLiteral("messages"),
                   tr("the example has no assistant message, so there is nothing to learn from it"));
        }
        if (!hasSystem)
            warning_("missing_system_message", QStringLiteral("messages"), tr("the example has no system message"));
        if (!hasUser)
            warning_("missing_user_message", QStringLiteral("messages"), tr("the example has no user message"));
        return format;
    }

    // ---- openai --------------------------------------------------------------------------------------------

    DatasetFormat checkOpenAi(const element &root)
    {
        if (root.type() != element_type::OBJECT) {
            error_("data_type", QString(), tr("the line is %1, not a JSON object").arg(typeName(root)));
            return DatasetFormat::Unknown;
        }
        const simdjson::dom::object example = root.get_object().value_unsafe();
        std::optional<element> messages, input, preferred, nonPreferred, tools, parallel, functions;
        bool hasPrompt = false;
        for (const simdjson::dom::key_value_pair field : example) {
            const std::string_view key = field.key;
            if (is(key, "messages"))
                messages = field.value;
            else if (is(key, "input"))
                input = field.value;
            else if (is(key, "preferred_output"))
                preferred = field.value;
            else if (is(key, "non_preferred_output"))
                nonPreferred = field.value;
            else if (is(key, "tools"))
                tools = field.value;
            else if (is(key, "parallel_tool_calls"))
                parallel = field.value;
            else if (is(key, "functions"))
                functions = field.value;
            else if (is(key, "prompt") || is(key, "completion"))
                hasPrompt = true;
        }
        const DatasetFormat format = DatasetFormats::fromKeys(messages.has_value(), input.has_value(),
                                                              preferred.has_value() || nonPreferred.has_value(),
                                                              hasPrompt);
        switch (format) {
        case DatasetFormat::Chat:
            checkChat(*messages, tools, parallel, functions);
            break;
        case DatasetFormat::Preference:
            checkPreference(input, preferred, nonPreferred);
            break;
        case DatasetFormat::PromptCompletion:
            error_("legacy_format", QString(),
                   tr("the line uses the old prompt/completion format, which today's chat models cannot be trained "
                      "on; put the conversation in a \"messages\" list"));
            break;
        case DatasetFormat::Unknown:
            error_("missing_messages_list", QStringLiteral("messages"),
                   tr("the example has no \"messages\" list with the conversation"));
            break;
        }
        return format;
    }

    void checkChat(const element &messages, const std::optional<element> &tools, const std::optional<element> &parallel,
                   const std::optional<element> &functions)
    {
        std::unordered_set<std::string_view> toolNames;
        checkToolsAndFunctions(QString(), tools, parallel, functions, toolNames);
        ConversationState state;
        if (tools || functions)
            state.declaredFunctions = &toolNames;
        if (!checkMessageList(messages, QStringLiteral("messages"), false, state))
            return;
        if (state.assistantMessages == 0) {
            if (!state.hasRoleError) {
                error_("example_missing_assistant_message", QStringLiteral("messages"),
                       tr("the example has no assistant message, so there is nothing to learn from it"));
            }
        } else if (state.trainedAssistantMessages == 0) {
            error_("no_trained_assistant_message", QStringLiteral("messages"),
                   tr("every assistant message has weight 0, so nothing in this example is trained on"));
        }
        warnAboutConversation(state, QStringLiteral("messages"));
    }

    void warnAboutConversation(const ConversationState &state, const QString &path)
    {
        for (const auto &[name, callPath] : state.undefinedCalls) {
            warning_("undefined_tool", callPath,
                     tr("the tool call uses the function %1, which the example's tools do not define").arg(quotedText(name)));
        }
        if (!state.hasSystem)
            warning_("missing_system_message", path, tr("the example has no system message"));
        if (!state.hasUser)
            warning_("missing_user_message", path, tr("the example has no user message"));
    }

    /** False when the list itself is unusable. */
    bool checkMessageList(const element &messages, const QString &path, bool preferenceInput, ConversationState &state)
    {
        if (messages.type() != element_type::ARRAY || isEmptyContainer(messages)) {
            error_("missing_messages_list", path,
                   messages.type() == element_type::ARRAY
                       ? tr("the \"messages\" list is empty")
                       : tr("\"messages\" must be a list of messages, not %1").arg(typeName(messages)));
            return false;
        }
        int index = 0;
        for (const element message : arrayOf(messages)) {
            const auto label = [&]() -> QString {
                return preferenceInput ? tr("input message %1").arg(index + 1) : tr("message %1").arg(index + 1);
            };
            const auto messagePath = [&]() -> QString { return QStringLiteral("%1[%2]").arg(path).arg(index); };
            checkMessage(message, messagePath, label, state, false);
            ++index;
        }
        return true;
    }

    void checkMessage(const element &message, const LazyText &path, const LazyText &label, ConversationState &state,
                      bool preferenceOutput)
    {
        if (message.type() != element_type::OBJECT) {
            error_("data_type", path(), tr("%1 is %2, not an object with a role and content").arg(label(), typeName(message)));
            return;
        }
        const MessageFields fields = collectMessageFields(message.get_object().value_unsafe());
        if (!fields.role) {
            state.hasRoleError = true;
            error_("message_missing_key", path(), tr("%1 has no \"role\"").arg(label()));
            return;
        }
        if (!isString(*fields.role)) {
            state.hasRoleError = true;
            error_("unrecognized_role", path() + QStringLiteral(".role"),
                   tr("%1: the role must be text such as \"user\", not %2").arg(label(), typeName(*fields.role)));
            return;
        }
        const std::string_view role = stringOf(*fields.role);
        const bool isSystem = is(role, "system"), isUser = is(role, "user"), isAssistant = is(role, "assistant"),
                   isTool = is(role, "tool"), isFunction = is(role, "function");
        if (!isSystem && !isUser && !isAssistant && !isTool && !isFunction) {
            state.hasRoleError = true;
            error_("unrecognized_role", path() + QStringLiteral(".role"),
                   tr("%1: the role %2 is not one of system, user, assistant, tool").arg(label(), quotedText(role)));
            return;
        }
        if (preferenceOutput && !isAssistant) {
            error_("invalid_preference_output", path() + QStringLiteral(".role"),
                   tr("%1 must be an assistant message, not %2").arg(label(), quotedText(role)));
        }
        state.hasSystem = state.hasSystem || isSystem;
        state.hasUser = state.hasUser || isUser;

        // Keys that belong to another role.
        auto notAllowed = [&](const std::optional<element> &field, const char *key, bool allowed) {
            if (field && !allowed) {
                error_("message_unrecognized_key", path() + QLatin1Char('.') + QLatin1String(key),
                       tr("%1: a %2 message cannot have %3").arg(label(), fromView(role), quotedText(key)));
            }
        };
        notAllowed(fields.toolCalls, "tool_calls", isAssistant);
        notAllowed(fields.functionCall, "function_call", isAssistant);
        notAllowed(fields.refusal, "refusal", isAssistant);
        notAllowed(fields.toolCallId, "tool_call_id", isTool);
        notAllowed(fields.name, "name", !isTool);
        for (std::string_view key : fields.otherKeys) {
            error_("message_unrecognized_key", path() + QLatin1Char('.') + fromView(key),
                   tr("%1: the key %2 is not part of the chat format").arg(label(), quotedText(key)));
        }

        if (fields.weight) {
            if (!isAssistant) {
                error_("invalid_weight", path() + QStringLiteral(".weight"),
                       tr("%1: only assistant messages can have a weight").arg(label()));
            } else if (zeroOrOne(*fields.weight) < 0) {
                error_("invalid_weight", path() + QStringLiteral(".weight"),
                       tr("%1: the weight must be 0 or 1, not %2").arg(label(), shortJson(*fields.weight)));
            }
        }
        if (isAssistant) {
            ++state.assistantMessages;
            if (!fields.weight || zeroOrOne(*fields.weight) != 0)
                ++state.trainedAssistantMessages;
        }
        if (fields.name && !isString(*fields.name)) {
            error_("invalid_value", path() + QStringLiteral(".name"),
                   tr("%1: the name must be text, not %2").arg(label(), typeName(*fields.name)));
        }
        if (fields.refusal && isAssistant && !isString(*fields.refusal)
            && fields.refusal->type() != element_type::NULL_VALUE) {
            error_("invalid_value", path() + QStringLiteral(".refusal"),
                   tr("%1: the refusal must be text, not %2").arg(label(), typeName(*fields.refusal)));
        }
        if (isFunction && !fields.name)
            error_("message_missing_key", path(), tr("%1: a function message needs the function's \"name\"").arg(label()));

        const bool hasCalls = isAssistant && (fields.toolCalls || fields.functionCall);
        const auto toolCallsPath = [&]() -> QString { return path() + QStringLiteral(".tool_calls"); };
        const auto functionCallPath = [&]() -> QString { return path() + QStringLiteral(".function_call"); };
        if (isAssistant && fields.toolCalls)
            checkToolCalls(*fields.toolCalls, toolCallsPath, label, state);
        if (isAssistant && fields.functionCall)
            checkFunctionCall(*fields.functionCall, functionCallPath, label, state);
        if (isTool) {
            if (!fields.toolCallId) {
                error_("message_missing_key", path(),
                       tr("%1: a tool message needs the \"tool_call_id\" of the call it answers").arg(label()));
            } else if (!isString(*fields.toolCallId)) {
                error_("invalid_value", path() + QStringLiteral(".tool_call_id"),
                       tr("%1: the tool_call_id must be text, not %2").arg(label(), typeName(*fields.toolCallId)));
            } else if (!state.toolCallIds.count(stringOf(*fields.toolCallId))) {
                error_("unknown_tool_call_id", path() + QStringLiteral(".tool_call_id"),
                       tr("%1 answers the tool call %2, but no earlier assistant message made a call with that id")
                           .arg(label(), quotedText(stringOf(*fields.toolCallId))));
            }
        }
        checkContent(fields, path, label, role, hasCalls || (isAssistant && fields.refusal), isFunction);
    }

    void checkContent(const MessageFields &fields, const LazyText &path, const LazyText &label, std::string_view role,
                      bool contentOptional, bool nullAllowed)
    {
        const auto contentPath = [&]() -> QString { return path() + QStringLiteral(".content"); };
        if (!fields.content) {
            if (!contentOptional)
                error_("message_missing_key", path(), tr("%1 has no \"content\"").arg(label()));
            return;
        }
        const element &content = *fields.content;
        switch (content.type()) {
        case element_type::NULL_VALUE:
            if (!contentOptional && !nullAllowed)
                error_("missing_content", contentPath(), tr("%1 has no content (it is null)").arg(label()));
            return;
        case element_type::STRING:
            if (stringOf(content).empty() && !contentOptional && !is(role, "tool") && !is(role, "function"))
                warning_("empty_content", contentPath(), tr("%1 has empty content").arg(label()));
            return;
        case element_type::ARRAY:
            checkContentParts(content, contentPath, label, role, contentOptional);
            return;
        default:
            error_("invalid_content", contentPath(),
                   tr("%1: the content must be text or a list of content parts, not %2").arg(label(), typeName(content)));
            return;
        }
    }

    void checkContentParts(const element &content, const LazyText &path, const LazyText &label, std::string_view role,
                           bool contentOptional)
    {
        if (isEmptyContainer(content)) {
            if (!contentOptional)
                error_("missing_content", path(), tr("%1 has an empty list of content parts").arg(label()));
            return;
        }
        int index = -1; // incremented first: the lazy labels read it
        for (const element part : arrayOf(content)) {
            ++index;
            const auto partPath = [&]() -> QString { return QStringLiteral("%1[%2]").arg(path()).arg(index); };
            const auto partLabel = [&]() -> QString { return tr("%1, part %2").arg(label()).arg(index + 1); };
            if (part.type() != element_type::OBJECT) {
                error_("invalid_content_part", partPath(),
                       tr("%1 is %2, not an object with a \"type\"").arg(partLabel(), typeName(part)));
                continue;
            }
            std::optional<element> type, text, imageUrl;
            for (const simdjson::dom::key_value_pair field : objectOf(part)) {
                if (is(field.key, "type"))
                    type = field.value;
                else if (is(field.key, "text"))
                    text = field.value;
                else if (is(field.key, "image_url"))
                    imageUrl = field.value;
            }
            const std::string_view typeName = type && isString(*type) ? stringOf(*type) : std::string_view();
            if (is(typeName, "text")) {
                if (!text || !isString(*text))
                    error_("invalid_content_part", partPath(), tr("%1 is a text part without \"text\"").arg(partLabel()));
            } else if (is(typeName, "image_url")) {
                if (!is(role, "user")) {
                    error_("invalid_content_part", partPath(),
                           tr("%1: images are only allowed in user messages").arg(partLabel()));
                }
                const auto imagePath = [&]() -> QString { return partPath() + QStringLiteral(".image_url"); };
                checkImageUrl(imageUrl, imagePath, partLabel);
            } else {
                error_("invalid_content_part", partPath() + QStringLiteral(".type"),
                       type && isString(*type)
                           ? tr("%1: the part type %2 is not one of text, image_url").arg(partLabel(), quotedText(typeName))
                           : tr("%1 has no \"type\" (text or image_url)").arg(partLabel()));
            }
        }
    }

    void checkImageUrl(const std::optional<element> &imageUrl, const LazyText &path, const LazyText &label)
    {
        if (!imageUrl || imageUrl->type() != element_type::OBJECT) {
            error_("invalid_content_part", path(), tr("%1 is an image part without an \"image_url\" object").arg(label()));
            return;
        }
        std::optional<element> url, detail;
        for (const simdjson::dom::key_value_pair field : objectOf(*imageUrl)) {
            if (is(field.key, "url"))
                url = field.value;
            else if (is(field.key, "detail"))
                detail = field.value;
        }
        if (!url || !isString(*url)) {
            error_("invalid_content_part", path() + QStringLiteral(".url"), tr("%1: the image has no URL").arg(label()));
        } else {
            const std::string_view text = stringOf(*url);
            if (!text.starts_with("https://") && !text.starts_with("http://") && !text.starts_with("data:image/")) {
                error_("invalid_content_part", path() + QStringLiteral(".url"),
                       tr("%1: the image URL must start with https:// or be a data:image/ URL").arg(label()));
            }
        }
        if (detail) {
            const std::string_view value = isString(*detail) ? stringOf(*detail) : std::string_view();
            if (!is(value, "auto") && !is(value, "low") && !is(value, "high")) {
                error_("invalid_content_part", path() + QStringLiteral(".detail"),
                       tr("%1: the image detail must be auto, low or high").arg(label()));
            }
        }
    }

    bool isValidJson(std::string_view text)
    {
        element ignored;
        return m_argumentsParser.parse(text.data(), text.size()).get(ignored) == simdjson::SUCCESS;
    }

    void checkToolCalls(const element &toolCalls, const LazyText &path, const LazyText &label, ConversationState &state)
    {
        if (toolCalls.type() != element_type::ARRAY) {
            error_("invalid_tool_call", path(),
                   tr("%1: tool_calls must be a list of calls, not %2").arg(label(), typeName(toolCalls)));
            return;
        }
        int index = -1; // incremented first: the lazy labels read it
        for (const element call : arrayOf(toolCalls)) {
            ++index;
            const auto callPath = [&]() -> QString { return QStringLiteral("%1[%2]").arg(path()).arg(index); };
            const auto callLabel = [&]() -> QString { return tr("%1, tool call %2").arg(label()).arg(index + 1); };
            if (call.type() != element_type::OBJECT) {
                error_("invalid_tool_call", callPath(), tr("%1 is %2, not an object").arg(callLabel(), typeName(call)));
                continue;
            }
            std::optional<element> id, type, function;
            for (const simdjson::dom::key_value_pair field : objectOf(call)) {
                if (is(field.key, "id"))
                    id = field.value;
                else if (is(field.key, "type"))
                    type = field.value;
                else if (is(field.key, "function"))
                    function = field.value;
            }
            if (!id || !isString(*id) || stringOf(*id).empty())
                error_("invalid_tool_call", callPath() + QStringLiteral(".id"), tr("%1 has no \"id\"").arg(callLabel()));
            else
                state.toolCallIds.insert(stringOf(*id));
            if (!type || !isString(*type) || !is(stringOf(*type), "function")) {
                error_("invalid_tool_call", callPath() + QStringLiteral(".type"),
                       tr("%1: the type must be \"function\"").arg(callLabel()));
            }
            const auto functionPath = [&]() -> QString { return callPath() + QStringLiteral(".function"); };
            checkFunctionObject(function, functionPath, callLabel, "invalid_tool_call", state);
        }
    }

    void checkFunctionCall(const element &functionCall, const LazyText &path, const LazyText &label,
                           ConversationState &state)
    {
        const auto callLabel = [&]() -> QString { return tr("%1, function call").arg(label()); };
        checkFunctionObject(functionCall, path, callLabel, "invalid_function_call", state);
    }

    void checkFunctionObject(const std::optional<element> &function, const LazyText &path, const LazyText &label,
                             const char *kind, ConversationState &state)
    {
        if (!function || function->type() != element_type::OBJECT) {
            error_(kind, path(), tr("%1 has no \"function\" object with a name and arguments").arg(label()));
            return;
        }
        std::optional<element> name, arguments;
        for (const simdjson::dom::key_value_pair field : objectOf(*function)) {
            if (is(field.key, "name"))
                name = field.value;
            else if (is(field.key, "arguments"))
                arguments = field.value;
        }
        if (!name || !isString(*name) || stringOf(*name).empty())
            error_(kind, path() + QStringLiteral(".name"), tr("%1 has no function name").arg(label()));
        else if (state.declaredFunctions && !state.declaredFunctions->count(stringOf(*name)))
            state.undefinedCalls.emplace_back(stringOf(*name), path() + QStringLiteral(".name"));
        if (!arguments || !isString(*arguments)) {
            error_(kind, path() + QStringLiteral(".arguments"),
                   tr("%1: the arguments must be a JSON object written as text, e.g. \"{\\\"city\\\": \\\"Paris\\\"}\"")
                       .arg(label()));
        } else if (!isValidJson(stringOf(*arguments))) {
            error_(kind, path() + QStringLiteral(".arguments"), tr("%1: the arguments are not valid JSON").arg(label()));
        }
    }

    void checkToolsAndFunctions(const QString &prefix, const std::optional<element> &tools,
                                const std::optional<element> &parallel, const std::optional<element> &functions,
                                std::unordered_set<std::string_view> &names)
    {
        if (tools) {
            const QString path = prefix + QStringLiteral("tools");
            if (tools->type() != element_type::ARRAY) {
                error_("invalid_tools", path, tr("tools must be a list of function definitions, not %1").arg(typeName(*tools)));
            } else {
                int index = -1; // incremented first: the lazy labels read it
                for (const element tool : arrayOf(*tools)) {
                    ++index;
                    const auto toolPath = [&]() -> QString { return QStringLiteral("%1[%2]").arg(path).arg(index); };
                    const auto toolLabel = [&]() -> QString { return tr("tool %1").arg(index + 1); };
                    if (tool.type() != element_type::OBJECT) {
                        error_("invalid_tools", toolPath(), tr("%1 is %2, not an object").arg(toolLabel(), typeName(tool)));
                        continue;
                    }
                    std::optional<element> type, function;
                    for (const simdjson::dom::key_value_pair field : objectOf(tool)) {
                        if (is(field.key, "type"))
                            type = field.value;
                        else if (is(field.key, "function"))
                            function = field.value;
                    }
                    if (!type || !isString(*type) || !is(stringOf(*type), "function")) {
                        error_("invalid_tools", toolPath() + QStringLiteral(".type"),
                               tr("%1: the type must be \"function\"").arg(toolLabel()));
                    }
                    const auto functionPath = [&]() -> QString { return toolPath() + QStringLiteral(".function"); };
                    checkFunctionDefinition(function, functionPath, toolLabel, "invalid_tools", names);
                }
            }
        }
        if (parallel && parallel->type() != element_type::BOOL) {
            error_("invalid_value", prefix + QStringLiteral("parallel_tool_calls"),
                   tr("parallel_tool_calls must be true or false, not %1").arg(typeName(*parallel)));
        }
        if (functions) {
            const QString path = prefix + QStringLiteral("functions");
            if (functions->type() != element_type::ARRAY || isEmptyContainer(*functions)) {
                error_("invalid_functions", path, tr("functions must be a non-empty list of function definitions"));
            } else {
                int index = 0;
                for (const element function : arrayOf(*functions)) {
                    const auto functionPath = [&]() -> QString { return QStringLiteral("%1[%2]").arg(path).arg(index); };
                    const auto functionLabel = [&]() -> QString { return tr("function %1").arg(index + 1); };
                    checkFunctionDefinition(function, functionPath, functionLabel, "invalid_functions", names);
                    ++index;
                }
            }
        }
    }

    void checkFunctionDefinition(const std::optional<element> &function, const LazyText &path, const LazyText &label,
                                 const char *kind, std::unordered_set<std::string_view> &names)
    {
        if (!function || function->type() != element_type::OBJECT) {
            error_(kind, path(), tr("%1 has no function definition object").arg(label()));
            return;
        }
        std::optional<element> name, description, parameters;
        for (const simdjson::dom::key_value_pair field : objectOf(*function)) {
            if (is(field.key, "name"))
                name = field.value;
            else if (is(field.key, "description"))
                description = field.value;
            else if (is(field.key, "parameters"))
                parameters = field.value;
        }
        if (!name || !isString(*name) || !isValidFunctionName(stringOf(*name))) {
            error_(kind, path() + QStringLiteral(".name"),
                   tr("%1: the function name must be 1 to 64 letters, digits, '_' or '-'").arg(label()));
        } else {
            names.insert(stringOf(*name));
        }
        if (description && !isString(*description))
            error_(kind, path() + QStringLiteral(".description"), tr("%1: the description must be text").arg(label()));
        if (parameters && parameters->type() != element_type::OBJECT) {
            error_(kind, path() + QStringLiteral(".parameters"),
                   tr("%1: the parameters must be a JSON Schema object").arg(label()));
        }
    }

    void checkPreference(const std::optional<element> &input, const std::optional<element> &preferred,
                         const std::optional<element> &nonPreferred)
    {
        ConversationState state;
        std::unordered_set<std::string_view> toolNames;
        if (!input || input->type() != element_type::OBJECT) {
            error_("missing_input", QStringLiteral("input"),
                   input ? tr("\"input\" must be an object with the conversation's \"messages\", not %1").arg(typeName(*input))
                         : tr("the preference example has no \"input\" with the conversation"));
        } else {
            std::optional<element> messages, tools, parallel, functions;
            for (const simdjson::dom::key_value_pair field : objectOf(*input)) {
                if (is(field.key, "messages"))
                    messages = field.value;
                else if (is(field.key, "tools"))
                    tools = field.value;
                else if (is(field.key, "parallel_tool_calls"))
                    parallel = field.value;
                else if (is(field.key, "functions"))
                    functions = field.value;
            }
            checkToolsAndFunctions(QStringLiteral("input."), tools, parallel, functions, toolNames);
            if (tools || functions)
                state.declaredFunctions = &toolNames;
            if (!messages) {
                error_("missing_messages_list", QStringLiteral("input.messages"),
                       tr("the preference example's input has no \"messages\" list"));
            } else {
                checkMessageList(*messages, QStringLiteral("input.messages"), true, state);
            }
        }
        checkOutput(preferred, "preferred_output", tr("the preferred output"), state);
        checkOutput(nonPreferred, "non_preferred_output", tr("the non-preferred output"), state);
        warnAboutConversation(state, QStringLiteral("input.messages"));
    }

    void checkOutput(const std::optional<element> &output, const char *key, const QString &label,
                     ConversationState &state)
    {
        const QString path = QLatin1String(key);
        if (!output) {
            error_("missing_preference_output", path,
                   tr("the preference example has no \"%1\" (a list with one assistant message)").arg(path));
            return;
        }
        if (output->type() != element_type::ARRAY) {
            error_("invalid_preference_output", path,
                   tr("%1 must be a list with exactly one assistant message, not %2").arg(label, typeName(*output)));
            return;
        }
        int count = 0;
        for (const element message : arrayOf(*output)) {
            if (count == 0) {
                ConversationState outputState = state;
                const auto messagePath = [&]() -> QString { return path + QStringLiteral("[0]"); };
                const auto messageLabel = [&]() -> QString { return label; };
                checkMessage(message, messagePath, messageLabel, outputState, true);
            }
            ++count;
        }
        if (count != 1) {
            error_("invalid_preference_output", path,
                   tr("%1 must contain exactly one assistant message, not %2").arg(label).arg(count));
        }
    }

    RuleSet m_ruleSet;
    simdjson::dom::parser m_parser;
    simdjson::dom::parser m_argumentsParser;
    int m_line = 0;
    QList<ValidationIssue> *m_issues = nullptr;
};

/** What one thread found in a contiguous range of lines. */
struct ChunkResult
{
    int firstLine = 0;
    int endLine = 0;
    QList<ValidationIssue> issues;
    std::vector<std::pair<int, DatasetFormat>> formats; // line index, format of each example
    std::array<int, DatasetFormats::Count> examplesByFormat{}; // indexed by DatasetFormat
    std::vector<std::pair<size_t, int>> hashes;         // sampled content key, line index of each example
    int crlfLines = 0;
    int firstCrlfLine = -1;
};

QByteArrayView trimmed(QByteArrayView bytes)
{
    qsizetype begin = 0, end = bytes.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (begin < end && space(bytes[begin]))
        ++begin;
    while (end > begin && space(bytes[end - 1]))
        --end;
    return bytes.sliced(begin, end - begin);
}

/**
 * A key for finding duplicate lines without hashing every byte (hashing all of a 300 MB file was a fifth of
 * `ftstudio check`): the length and three 64-byte samples. Lines with the same key are compared in full, so the
 * key only decides which lines are compared.
 */
size_t duplicateKey(QByteArrayView line)
{
    constexpr qsizetype sample = 64;
    if (line.size() <= 3 * sample)
        return qHash(line, size_t(line.size()));
    size_t key = qHash(line.first(sample), size_t(line.size()));
    key = qHash(line.sliced(line.size() / 2 - sample / 2, sample), key);
    return qHash(line.last(sample), key);
}

/**
 * The first line seen with each duplicate key: open addressing in one power-of-two array of 8-byte slots. A
 * std::unordered_map (a node allocation per line and a division per lookup) made this single-threaded pass 9 ms of
 * the 300 MB check. A slot keeps 32 bits of the key: lines whose keys share them are compared byte for byte like
 * lines with equal keys, so a shared fragment only costs a comparison, and is rare (about one pair in 100k lines).
 */
class FirstLineByKey
{
public:
    /** Sizes the table for about @p expectedKeys keys; call once, before insert(). */
    void reserve(size_t expectedKeys)
    {
        int bits = 4;
        while ((size_t(1) << bits) < expectedKeys * 2)
            ++bits;
        m_slots.resize(size_t(1) << bits);
        m_mask = m_slots.size() - 1;
        m_shift = 64 - bits;
    }

    /** The line stored for @p key, or -1 after storing @p line for it. */
    int insert(size_t key, int line)
    {
        const auto fragment = quint32(key);
        size_t index = slotOf(key);
        while (true) {
            Slot &slot = m_slots[index];
            if (slot.lineNumber == 0) {
                slot = {fragment, JsonlDocument::lineNumber(line)};
                return -1;
            }
            if (slot.keyFragment == fragment)
                return slot.lineNumber - 1;
            index = (index + 1) & m_mask;
        }
    }

    void prefetch(size_t key) const
    {
#if defined(__GNUC__)
        __builtin_prefetch(&m_slots[slotOf(key)]);
#else
        Q_UNUSED(key);
#endif
    }

private:
    struct Slot
    {
        quint32 keyFragment = 0;
        int lineNumber = 0; // 0: empty
    };

    size_t slotOf(size_t key) const
    {
        // Keys are hashes already; Fibonacci hashing spreads whatever structure their bits have.
        return size_t((quint64(key) * 0x9E3779B97F4A7C15ull) >> m_shift);
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 60;
};

} // namespace

DatasetValidator::DatasetValidator(RuleSet ruleSet)
    : m_ruleSet(ruleSet)
{
}

QString DatasetValidator::ruleSetName(RuleSet ruleSet)
{
    return ruleSet == RuleSet::Cookbook ? QStringLiteral("cookbook") : QStringLiteral("openai");
}

std::optional<DatasetValidator::RuleSet> DatasetValidator::ruleSetFromName(const QString &name)
{
    if (name == QLatin1String("openai"))
        return RuleSet::OpenAi;
    if (name == QLatin1String("cookbook"))
        return RuleSet::Cookbook;
    return std::nullopt;
}

QStringList DatasetValidator::errorKinds(RuleSet ruleSet)
{
    if (ruleSet == RuleSet::Cookbook) {
        return {QStringLiteral("invalid_utf8"), QStringLiteral("invalid_json"), QStringLiteral("data_type"),
                QStringLiteral("missing_messages_list"), QStringLiteral("message_missing_key"),
                QStringLiteral("message_unrecognized_key"), QStringLiteral("unrecognized_role"),
                QStringLiteral("missing_content"), QStringLiteral("example_missing_assistant_message")};
    }
    return {QStringLiteral("invalid_utf8"), QStringLiteral("invalid_json"), QStringLiteral("data_type"),
            QStringLiteral("missing_messages_list"), QStringLiteral("message_missing_key"),
            QStringLiteral("message_unrecognized_key"), QStringLiteral("unrecognized_role"),
            QStringLiteral("missing_content"), QStringLiteral("invalid_content"),
            QStringLiteral("invalid_content_part"), QStringLiteral("invalid_value"), QStringLiteral("invalid_weight"),
            QStringLiteral("invalid_tool_call"), QStringLiteral("unknown_tool_call_id"),
            QStringLiteral("invalid_function_call"), QStringLiteral("invalid_tools"),
            QStringLiteral("invalid_functions"), QStringLiteral("example_missing_assistant_message"),
            QStringLiteral("no_trained_assistant_message"), QStringLiteral("missing_input"),
            QStringLiteral("missing_preference_output"), QStringLiteral("invalid_preference_output"),
            QStringLiteral("legacy_format"), QStringLiteral("mixed_format")};
}

QStringList DatasetValidator::warningKinds(RuleSet ruleSet)
{
    if (ruleSet == RuleSet::Cookbook)
        return {QStringLiteral("missing_system_message"), QStringLiteral("missing_user_message")};
    return {QStringLiteral("missing_system_message"), QStringLiteral("missing_user_message"),
            QStringLiteral("empty_content"), QStringLiteral("undefined_tool"), QStringLiteral("empty_line"),
            QStringLiteral("duplicate_example"), QStringLiteral("too_few_examples"),
            QStringLiteral("crlf_line_endings"), QStringLiteral("byte_order_mark")};
}

QList<ValidationIssue> DatasetValidator::validateLine(QByteArrayView bytes, int lineNumber) const
{
    QList<ValidationIssue> issues;
    LineChecker checker(m_ruleSet);
    checker.check(bytes, lineNumber, issues);
    return issues;
}

ValidationReport DatasetValidator::validate(const JsonlDocument &document, const ProgressFunction &progress,
                                            const std::atomic_bool *cancel) const
{
    ValidationReport report;
    report.ruleSet = ruleSetName(m_ruleSet);
    report.lines = document.lineCount();
    report.examples = document.exampleCount();
    const int lineCount = document.lineCount();
    const bool openAi = m_ruleSet == RuleSet::OpenAi;

    int threads = m_maxThreads > 0 ? m_maxThreads : QThread::idealThreadCount();
    if (document.originalSize() < s_parallelThresholdBytes && m_maxThreads == 0)
        threads = 1;
    threads = std::max(1, threads);
    // Many chunks per thread, taken in turn, even out lines of very different lengths and let the threads finish
    // within a small chunk of each other.
    const int chunkCount = threads == 1 ? 1 : std::max(1, std::min(threads * 32, lineCount / s_minChunkLines));
    QList<ChunkResult> chunks(chunkCount);
    for (int i = 0; i < chunkCount; ++i) {
        chunks[i].firstLine = int(qint64(lineCount) * i / chunkCount);
        chunks[i].endLine = int(qint64(lineCount) * (i + 1) / chunkCount);
    }

    std::atomic_int linesDone = 0;
    std::atomic_int nextProgressAt = 0;
    const int progressStep = std::max(1, lineCount / 100);
    auto checkChunk = [&](ChunkResult &chunk, LineChecker &checker) {
        for (int i = chunk.firstLine; i < chunk.endLine; ++i) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
            const int lineNumber = JsonlDocument::lineNumber(i);
            if (document.lineEnding(i) == JsonlDocument::LineEnding::CrLf) {
                if (chunk.firstCrlfLine < 0)
                    chunk.firstCrlfLine = lineNumber;
                ++chunk.crlfLines;
            }
            if (document.isBlank(i)) {
                if (openAi) {
                    chunk.issues.append(ValidationIssue{lineNumber, QStringLiteral("empty_line"), Severity::Warning,
                                                        QString(), tr("the line is empty; it is skipped")});
                }
            } else {
                const QByteArrayView bytes = document.lineView(i);
                const DatasetFormat format = checker.check(bytes, lineNumber, chunk.issues);
                chunk.formats.emplace_back(i, format);
                ++chunk.examplesByFormat[size_t(format)];
                if (openAi)
                    chunk.hashes.emplace_back(duplicateKey(trimmed(bytes)), i);
            }
            const int done = linesDone.fetch_add(1, std::memory_order_relaxed) + 1;
            if (progress && done >= nextProgressAt.load(std::memory_order_relaxed)) {
                nextProgressAt.store(done + progressStep, std::memory_order_relaxed);
                progress(done, lineCount);
            }
        }
        if (m_releaseCheckedPages)
            document.releaseMappedPages(chunk.firstLine, chunk.endLine);
    };
    FirstLineByKey firstLineByKey;
    // One checker per thread (its parsers' buffers are reused), taking the next chunk until none is left.
    std::atomic_int nextChunk = 0;
    auto worker = [&] {
        LineChecker checker(m_ruleSet);
        for (int chunk = nextChunk++; chunk < chunkCount; chunk = nextChunk++)
            checkChunk(chunks[chunk], checker);
    };
    if (chunkCount == 1) {
        if (openAi)
            firstLineByKey.reserve(size_t(document.exampleCount()));
        worker();
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads - 1);
        std::vector<QFuture<void>> helpers;
        for (int i = 1; i < threads; ++i)
            helpers.push_back(QtConcurrent::run(&pool, worker));
        // Filling a fresh table's pages takes a few milliseconds: the other threads are checking lines meanwhile.
        if (openAi)
            firstLineByKey.reserve(size_t(document.exampleCount()));
        worker();
        for (QFuture<void> &helper : helpers)
            helper.waitForFinished();
    }
    if (cancel && cancel->load()) {
        report.cancelled = true;
        return report;
    }

    // Whole-file checks.
    QList<ValidationIssue> fileIssues;
    std::array<int, DatasetFormats::Count> examplesByFormat{};
    for (const ChunkResult &chunk : std::as_const(chunks)) {
        for (size_t format = 0; format < examplesByFormat.size(); ++format)
            examplesByFormat[format] += chunk.examplesByFormat[format];
    }
    // Ties go to the lower enum value: chat before preference before prompt/completion.
    int bestVotes = 0, formatsSeen = 0;
    for (size_t format = size_t(DatasetFormat::Chat); format < examplesByFormat.size(); ++format) {
        if (examplesByFormat[format] > 0)
            ++formatsSeen;
        if (examplesByFormat[format] > bestVotes) {
            bestVotes = examplesByFormat[format];
            report.format = DatasetFormat(format);
        }
    }
    if (openAi) {
        if (document.hasByteOrderMark()) {
            fileIssues.append(ValidationIssue{1, QStringLiteral("byte_order_mark"), Severity::Warning, QString(),
                                              tr("the file starts with a byte order mark (BOM); some tools reject it, "
                                                 "save the file as UTF-8 without BOM")});
        }
        int crlfLines = 0, firstCrlfLine = -1;
        for (const ChunkResult &chunk : std::as_const(chunks)) {
            crlfLines += chunk.crlfLines;
            if (firstCrlfLine < 0)
                firstCrlfLine = chunk.firstCrlfLine;
        }
        if (crlfLines > 0) {
            fileIssues.append(ValidationIssue{firstCrlfLine, QStringLiteral("crlf_line_endings"), Severity::Warning,
                                              QString(),
                                              tr("%n line(s) end with Windows line endings (CRLF); use plain LF "
                                                 "line endings", nullptr, crlfLines)});
        }
        if (report.examples < MinimumExamples) {
            fileIssues.append(ValidationIssue{0, QStringLiteral("too_few_examples"), Severity::Warning, QString(),
                                              tr("the file has %n example(s); fine-tuning needs at least %1", nullptr,
                                                 report.examples)
                                                  .arg(MinimumExamples)});
        }
        for (const ChunkResult &chunk : std::as_const(chunks)) {
            if (formatsSeen < 2) // only mixed files have examples in another format
                break;
            for (const auto &[line, format] : chunk.formats) {
                if (format != DatasetFormat::Unknown && format != report.format) {
                    fileIssues.append(ValidationIssue{
                        JsonlDocument::lineNumber(line), QStringLiteral("mixed_format"), Severity::Error, QString(),
                        tr("the example is in the %1 format, but most of the file is in the %2 format")
                            .arg(DatasetFormats::displayName(format), DatasetFormats::displayName(report.format))});
                }
            }
        }
        // Lines with equal keys are compared byte for byte. When a key is shared by different lines, a hash of all
        // their bytes tells them apart, so a duplicate of the second of them is still found; a collision of that
        // hash could only hide a duplicate (odds of about 1 in 10^9 for a million examples), never invent one.
        std::unordered_map<size_t, int> firstLineByFullHash; // only lines whose key another line also has
        const auto reportDuplicate = [&](int line, int original) {
            fileIssues.append(ValidationIssue{JsonlDocument::lineNumber(line), QStringLiteral("duplicate_example"),
                                              Severity::Warning, QString(),
                                              tr("the example is identical to line %1")
                                                  .arg(JsonlDocument::lineNumber(original))});
        };
        for (const ChunkResult &chunk : std::as_const(chunks)) {
            // Each insert is a cache miss; asking for the slots of the keys a few places ahead overlaps them.
            constexpr size_t lookAhead = 8;
            for (size_t i = 0; i < std::min(lookAhead, chunk.hashes.size()); ++i)
                firstLineByKey.prefetch(chunk.hashes[i].first);
            for (size_t i = 0; i < chunk.hashes.size(); ++i) {
                if (i + lookAhead < chunk.hashes.size())
                    firstLineByKey.prefetch(chunk.hashes[i + lookAhead].first);
                const auto &[key, line] = chunk.hashes[i];
                const int firstLine = firstLineByKey.insert(key, line);
                if (firstLine < 0)
                    continue;
                const QByteArrayView first = trimmed(document.lineView(firstLine));
                const QByteArrayView bytes = trimmed(document.lineView(line));
                if (first == bytes) {
                    reportDuplicate(line, firstLine);
                    continue;
                }
                firstLineByFullHash.try_emplace(qHash(first), firstLine);
                const auto [full, fullInserted] = firstLineByFullHash.try_emplace(qHash(bytes), line);
                if (!fullInserted && trimmed(document.lineView(full->second)) == bytes)
                    reportDuplicate(line, full->second);
            }
        }
    }

    qsizetype total = fileIssues.size();
    for (const ChunkResult &chunk : std::as_const(chunks))
        total += chunk.issues.size();
    report.issues.reserve(total);
    for (ChunkResult &chunk : chunks)
        report.issues.append(std::move(chunk.issues));
    if (!fileIssues.isEmpty()) {
        report.issues.append(fileIssues);
        std::stable_sort(report.issues.begin(), report.issues.end(),
                         [](const ValidationIssue &a, const ValidationIssue &b) { return a.line < b.line; });
    }
    report.recount();
    int linesWithErrors = 0;
    int lastErrorLine = -1;
    for (const ValidationIssue &issue : std::as_const(report.issues)) {
        if (issue.isError() && issue.line > 0 && issue.line != lastErrorLine) {
            ++linesWithErrors;
            lastErrorLine = issue.line;
        }
    }
    report.validExamples = report.examples - linesWithErrors;
    if (progress)
        progress(lineCount, lineCount);
    return report;
}

} // namespace Fts::Core
