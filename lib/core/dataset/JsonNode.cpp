// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/JsonNode.h"

#include <QLocale>

#include <cmath>
#include <cstring>

namespace Fts::Core {

namespace {

// Same limit as simdjson's default, so both parsers agree on what is too deep.
constexpr int s_maxDepth = 1024;

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(JsonNode)
public:
    explicit Parser(QByteArrayView input)
        : m_begin(input.data())
        , m_pos(input.data())
        , m_end(input.data() + input.size())
    {
    }

    std::optional<JsonNode> parseDocument(JsonParseError *error)
    {
        skipWhitespace();
        JsonNode root;
        if (!parseValue(root, 0) || !expectEnd()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return root;
    }

private:
    bool fail(const QString &message)
    {
        m_error.offset = m_pos - m_begin;
        m_error.message = message;
        return false;
    }

    bool expectEnd()
    {
        skipWhitespace();
        if (m_pos != m_end)
            return fail(tr("unexpected text after the end of the JSON value"));
        return true;
    }

    void skipWhitespace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
            ++m_pos;
    }

    bool literal(const char *word, JsonNode &out, JsonNode value)
    {
        const size_t length = std::strlen(word);
        if (size_t(m_end - m_pos) < length || std::memcmp(m_pos, word, length) != 0)
            return fail(tr("unexpected character; expected a value (a string, number, object, array, true, false or null)"));
        m_pos += qsizetype(length);
        out = std::move(value);
        return true;
    }

    bool parseValue(JsonNode &out, int depth)
    {
        if (m_pos >= m_end)
            return fail(tr("the line ends where a value was expected"));
        switch (*m_pos) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QByteArray text;
            if (!parseString(text))
                return false;
            out = JsonNode(QString::fromUtf8(text));
            return true;
        }
        case 't':
            return literal("true", out, JsonNode(true));
        case 'f':
            return literal("false", out, JsonNode(false));
        case 'n':
            return literal("null", out, JsonNode());
        default:
            if (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9'))
                return parseNumber(out);
            return fail(tr("unexpected character; expected a value (a string, number, object, array, true, false or null)"));
        }
    }

    bool parseObject(JsonNode &out, int depth)
    {
        if (depth > s_maxDepth)
            return fail(tr("the JSON is nested too deeply"));
        ++m_pos; // '{'
        out = JsonNode::object();
        skipWhitespace();
        if (m_pos < m_end && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (m_pos >= m_end || *m_pos != '"')
                return fail(tr("expected a key in double quotes"));
            QByteArray key;
            if (!parseString(key))
                return false;
            skipWhitespace();
            if (m_pos >= m_end || *m_pos != ':')
                return fail(tr("expected ':' after the key"));
            ++m_pos;
            skipWhitespace();
            JsonNode value;
            if (!parseValue(value, depth))
                return false;
            out.appendMemberUnchecked(QString::fromUtf8(key), std::move(value));
            skipWhitespace();
            if (m_pos >= m_end)
                return fail(tr("the line ends inside an object; a '}' is missing"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == '}') {
                ++m_pos;
                return true;
            }
            return fail(tr("expected ',' or '}' after an object member"));
        }
    }

    bool parseArray(JsonNode &out, int depth)
    {
        if (depth > s_maxDepth)
            return fail(tr("the JSON is nested too deeply"));
        ++m_pos; // '['
        out = JsonNode::array();
        skipWhitespace();
        if (m_pos < m_end && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWhitespace();
            JsonNode value;
            if (!parseValue(value, depth))
                return false;
            out.append(value);
            skipWhitespace();
            if (m_pos >= m_end)
                return fail(tr("the line ends inside a list; a ']' is missing"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == ']') {
                ++m_pos;
                return true;
            }
            return fail(tr("expected ',' or ']' after a list element"));
        }
    }

    bool parseNumber(JsonNode &out)
    {
        const char *start = m_pos;
        auto digits = [this] {
            const char *from = m_pos;
            while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (*m_pos == '-')
            ++m_pos;
        if (m_pos < m_end && *m_pos == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return fail(tr("invalid number"));
        }
        if (m_pos < m_end && *m_pos == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(tr("invalid number: digits must follow the decimal point"));
        }
        if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            ++m_pos;
            if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (digits() == 0)
                return fail(tr("invalid number: digits must follow the exponent"));
        }
        if (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9')
            return fail(tr("invalid number: leading zeros are not allowed"));
        out = JsonNode::fromNumberSpelling(QByteArray(start, m_pos - start));
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(uint &code)
    {
        if (m_end - m_pos < 4)
            return fail(tr("invalid \\u escape in a string"));
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_pos[i]);
            if (digit < 0)
                return fail(tr("invalid \\u escape in a string"));
            code = code * 16 + uint(digit);
        }
        m_pos += 4;
        return true;
    }

    static void appendUtf8(QByteArray &out, uint code)
    {
        if (code < 0x80) {
            out.append(char(code));
        } else if (code < 0x800) {
            out.append(char(0xC0 | (code >> 6)));
            out.append(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out.append(char(0xE0 | (code >> 12)));
            out.append(char(0x80 | ((code >> 6) & 0x3F)));
            out.append(char(0x80 | (code & 0x3F)));
        } else {
            out.append(char(0xF0 | (code >> 18)));
            out.append(char(0x80 | ((code >> 12) & 0x3F)));
            out.append(char(0x80 | ((code >> 6) & 0x3F)));
            out.append(char(0x80 | (code & 0x3F)));
        }
    }

    /** Length of the valid UTF-8 sequence at m_pos, or 0. */
    int utf8SequenceLength() const
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_pos);
        const qsizetype left = m_end - m_pos;
        const unsigned char c = p[0];
        auto cont = [&](int i) { return i < left && (p[i] & 0xC0) == 0x80; };
        if (c >= 0xC2 && c <= 0xDF)
            return cont(1) ? 2 : 0;
        if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2))
                return 0;
            if (c == 0xE0 && p[1] < 0xA0)
                return 0; // overlong
            if (c == 0xED && p[1] > 0x9F)
                return 0; // UTF-16 surrogate
            return 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return 0;
            if (c == 0xF0 && p[1] < 0x90)
                return 0;
            if (c == 0xF4 && p[1] > 0x8F)
                return 0;
            return 4;
        }
        return 0;
    }

    bool parseString(QByteArray &out)
    {
        ++m_pos; // opening quote
        for (;;) {
            const char *runStart = m_pos;
            while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\' && uchar(*m_pos) >= 0x20 && uchar(*m_pos) < 0x80)
                ++m_pos;
            out.append(runStart, m_pos - runStart);
            if (m_pos >= m_end)
                return fail(tr("the line ends inside a string; a closing '\"' is missing"));
            const uchar c = uchar(*m_pos);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(tr("control characters such as line breaks or tabs must be escaped inside a string"));
            if (c >= 0x80) {
                const int length = utf8SequenceLength();
                if (length == 0)
                    return fail(tr("invalid UTF-8 inside a string"));
                out.append(m_pos, length);
                m_pos += length;
                continue;
            }
            // backslash
            ++m_pos;
            if (m_pos >= m_end)
                return fail(tr("the line ends inside a string; a closing '\"' is missing"));
            const char escape = *m_pos++;
            switch (escape) {
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case '/': out.append('/'); break;
            case 'b': out.append('\b'); break;
            case 'f': out.append('\f'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 't': out.append('\t'); break;
            case 'u': {
                uint code = 0;
                if (!parseHex4(code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF) {
                    uint low = 0;
                    if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u')
                        return fail(tr("a \\u escape starts a surrogate pair that is not completed"));
                    m_pos += 2;
                    if (!parseHex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(tr("a \\u escape starts a surrogate pair that is not completed"));
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    return fail(tr("a \\u escape is a lone low surrogate"));
                }
                appendUtf8(out, code);
                break;
            }
            default:
                --m_pos;
                return fail(tr("invalid escape sequence in a string"));
            }
        }
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    JsonParseError m_error;
};

void writeString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    // Runs of bytes that need no escape are appended at once: byte by byte was most of writing a long text.
    const char *data = utf8.constData();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(data + runStart, utf8.size() - runStart);
    out.append('"');
}

void writeIndent(QByteArray &out, int depth)
{
    out.append('\n');
    out.append(QByteArray(depth * 2, ' '));
}

} // namespace

JsonNode::JsonNode(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{
}

JsonNode::JsonNode(int value)
    : JsonNode(qint64(value))
{
}

JsonNode::JsonNode(qint64 value)
    : m_type(Type::Number)
    , m_text(QByteArray::number(value))
{
}

JsonNode::JsonNode(double value)
    : m_type(Type::Number)
{
    if (!std::isfinite(value))
        m_type = Type::Null; // JSON has no spelling for inf or nan
    else
        m_text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

JsonNode::JsonNode(const QString &value)
    : m_type(Type::String)
    , m_text(value.toUtf8())
{
}

JsonNode JsonNode::array()
{
    JsonNode node;
    node.m_type = Type::Array;
    return node;
}

JsonNode JsonNode::object()
{
    JsonNode node;
    node.m_type = Type::Object;
    return node;
}

JsonNode JsonNode::fromNumberSpelling(const QByteArray &spelling)
{
    JsonNode node;
    node.m_type = Type::Number;
    node.m_text = spelling;
    return node;
}

std::optional<JsonNode> JsonNode::parse(QByteArrayView json, JsonParseError *error)
{
    Parser parser(json);
    return parser.parseDocument(error);
}

double JsonNode::toDouble() const
{
    if (m_type == Type::Bool)
        return m_bool ? 1.0 : 0.0;
    if (m_type != Type::Number)
        return 0.0;
    bool ok = false;
    const double value = m_text.toDouble(&ok);
    return ok ? value : (m_text.startsWith('-') ? -HUGE_VAL : HUGE_VAL);
}

QString JsonNode::toString() const
{
    return m_type == Type::String ? QString::fromUtf8(m_text) : QString();
}

bool JsonNode::isTruthy() const
{
    switch (m_type) {
    case Type::Null: return false;
    case Type::Bool: return m_bool;
    case Type::Number: return toDouble() != 0.0;
    case Type::String: return !m_text.isEmpty();
    case Type::Array: return !m_elements.empty();
    case Type::Object: return !m_members.empty();
    }
    return false;
}

int JsonNode::size() const
{
    return int(m_elements.size());
}

const JsonNode &JsonNode::at(int index) const
{
    Q_ASSERT(index >= 0 && index < size());
    return m_elements[size_t(index)];
}

JsonNode &JsonNode::operator[](int index)
{
    Q_ASSERT(index >= 0 && index < size());
    return m_elements[size_t(index)];
}

void JsonNode::append(const JsonNode &value)
{
    m_type = Type::Array;
    m_elements.push_back(value);
}

void JsonNode::insert(int index, const JsonNode &value)
{
    m_type = Type::Array;
    index = qBound(0, index, size());
    m_elements.insert(m_elements.begin() + index, value);
}

void JsonNode::removeAt(int index)
{
    if (index >= 0 && index < size())
        m_elements.erase(m_elements.begin() + index);
}

int JsonNode::memberCount() const
{
    return int(m_members.size());
}

const QString &JsonNode::keyAt(int index) const
{
    return m_members[size_t(index)].key;
}

const JsonNode &JsonNode::valueAt(int index) const
{
    return m_members[size_t(index)].value;
}

JsonNode &JsonNode::valueAt(int index)
{
    return m_members[size_t(index)].value;
}

QStringList JsonNode::keys() const
{
    QStringList result;
    result.reserve(memberCount());
    for (const Member &member : m_members)
        result.append(member.key);
    return result;
}

const JsonNode *JsonNode::find(const QString &key) const
{
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        if (it->key == key)
            return &it->value;
    }
    return nullptr;
}

JsonNode *JsonNode::find(const QString &key)
{
    return const_cast<JsonNode *>(std::as_const(*this).find(key));
}

JsonNode JsonNode::value(const QString &key) const
{
    const JsonNode *found = find(key);
    return found ? *found : JsonNode();
}

void JsonNode::set(const QString &key, const JsonNode &value)
{
    m_type = Type::Object;
    if (JsonNode *existing = find(key)) {
        *existing = value;
        return;
    }
    m_members.push_back(Member{key, value});
}

void JsonNode::appendMemberUnchecked(const QString &key, JsonNode &&value)
{
    m_members.push_back(Member{key, std::move(value)});
}

bool JsonNode::remove(const QString &key)
{
    const auto oldSize = m_members.size();
    std::erase_if(m_members, [&](const Member &member) { return member.key == key; });
    return m_members.size() != oldSize;
}

QByteArray JsonNode::toJson(Style style) const
{
    QByteArray out;
    write(out, style, 0);
    return out;
}

void JsonNode::write(QByteArray &out, Style style, int depth) const
{
    const bool indented = style == Style::Indented;
    switch (m_type) {
    case Type::Null: out.append("null"); return;
    case Type::Bool: out.append(m_bool ? "true" : "false"); return;
    case Type::Number: out.append(m_text); return;
    case Type::String: writeString(out, m_text); return;
    case Type::Array:
        out.append('[');
        for (size_t i = 0; i < m_elements.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (indented)
                writeIndent(out, depth + 1);
            m_elements[i].write(out, style, depth + 1);
        }
        if (indented && !m_elements.empty())
            writeIndent(out, depth);
        out.append(']');
        return;
    case Type::Object:
        out.append('{');
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (indented)
                writeIndent(out, depth + 1);
            writeString(out, m_members[i].key.toUtf8());
            out.append(indented ? ": " : ":");
            m_members[i].value.write(out, style, depth + 1);
        }
        if (indented && !m_members.empty())
            writeIndent(out, depth);
        out.append('}');
        return;
    }
}

bool JsonNode::operator==(const JsonNode &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_bool == other.m_bool;
    case Type::Number: return m_text == other.m_text || toDouble() == other.toDouble();
    case Type::String: return m_text == other.m_text;
    case Type::Array: return m_elements == other.m_elements;
    case Type::Object:
        if (m_members.size() != other.m_members.size())
            return false;
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (m_members[i].key != other.m_members[i].key || m_members[i].value != other.m_members[i].value)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace Fts::Core
