// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Fts::Core {

/** Where and why JsonNode::parse() rejected its input; the offset is in bytes from the start. */
struct JsonParseError
{
    qint64 offset = -1;
    QString message;
};

/**
 * A JSON value that keeps what QJsonValue throws away: the order of object members, duplicate keys and the
 * exact spelling of numbers (1e2, 1.0, -0.0 stay as written). Used for examples the user edits, so that an
 * edited line differs from the original only where the user changed it; strings are re-escaped minimally.
 * Parsing is strict RFC 8259 (no comments, no trailing commas, valid UTF-8 only).
 */
class JsonNode
{
    Q_DECLARE_TR_FUNCTIONS(JsonNode)
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    enum class Style { Compact, Indented };
    struct Member;

    JsonNode() = default;
    JsonNode(bool value);
    JsonNode(int value);
    JsonNode(qint64 value);
    JsonNode(double value);
    JsonNode(const QString &value);
    JsonNode(const char *) = delete; // QT_NO_CAST_FROM_ASCII: say QStringLiteral

    static JsonNode array();
    static JsonNode object();
    /** A number written exactly as @p spelling (which must be a valid JSON number). */
    static JsonNode fromNumberSpelling(const QByteArray &spelling);

    /** Parses exactly one JSON value (surrounding whitespace allowed); std::nullopt and @p error on failure. */
    static std::optional<JsonNode> parse(QByteArrayView json, JsonParseError *error = nullptr);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toDouble() const;
    /** The number as written in the source, e.g. "1e2". */
    QByteArray numberSpelling() const { return m_text; }
    QString toString() const;
    /** Python's notion of truthiness: null, false, 0, "", [] and {} are false. */
    bool isTruthy() const;

    // Arrays.
    int size() const;
    const JsonNode &at(int index) const;
    JsonNode &operator[](int index);
    void append(const JsonNode &value);
    void insert(int index, const JsonNode &value);
    void removeAt(int index);

    // Objects. Lookups see the last of duplicate keys, as Python's json module does.
    int memberCount() const;
    const QString &keyAt(int index) const;
    const JsonNode &valueAt(int index) const;
    JsonNode &valueAt(int index);
    QStringList keys() const;
    bool contains(const QString &key) const { return find(key) != nullptr; }
    const JsonNode *find(const QString &key) const;
    JsonNode *find(const QString &key);
    /** The member's value, or null when absent. */
    JsonNode value(const QString &key) const;
    /** Replaces the (last) member named @p key in place, or appends it: key order is kept. */
    void set(const QString &key, const JsonNode &value);
    /** Removes every member named @p key; false if there was none. */
    bool remove(const QString &key);

    QByteArray toJson(Style style = Style::Compact) const;

    bool operator==(const JsonNode &other) const;
    bool operator!=(const JsonNode &other) const { return !(*this == other); }

    /** Appends a member without looking for an existing one (keeps duplicates; used by the parser). */
    void appendMemberUnchecked(const QString &key, JsonNode &&value);

private:
    void write(QByteArray &out, Style style, int depth) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    QByteArray m_text; // number spelling, or the UTF-8 of a string
    std::vector<JsonNode> m_elements;
    std::vector<Member> m_members;
};

struct JsonNode::Member
{
    QString key;
    JsonNode value;
};

} // namespace Fts::Core
