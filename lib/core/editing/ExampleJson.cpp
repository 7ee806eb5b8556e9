// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ExampleJson.h"

#include "core/dataset/JsonNode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>
#include <array>

namespace Fts::Core {

namespace {

// Rank of a key in the order an example is read; unknown keys come last, alphabetically.
int keyRank(QStringView key)
{
    static constexpr std::array<const char16_t *, 22> order{
        u"messages", u"input", u"preferred_output", u"non_preferred_output", u"prompt", u"completion",
        u"tools", u"parallel_tool_calls", u"functions", u"role", u"name", u"content", u"tool_calls",
        u"tool_call_id", u"function_call", u"weight", u"id", u"type", u"function", u"text", u"image_url",
        u"arguments"};
    for (size_t i = 0; i < order.size(); ++i) {
        if (key == QStringView(order[i]))
            return int(i);
    }
    return int(order.size());
}

void appendScalar(QByteArray &out, const QJsonValue &value)
{
    // Let Qt escape strings and spell numbers; strip the array brackets around the single value.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(wrapped.constData() + 1, wrapped.size() - 2);
}

void appendValue(QByteArray &out, const QJsonValue &value, bool spaced)
{
    const QByteArrayView comma = spaced ? QByteArrayView(", ") : QByteArrayView(",");
    const QByteArrayView colon = spaced ? QByteArrayView(": ") : QByteArrayView(":");
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return keyRank(a) < keyRank(b);
        });
        out += '{';
        bool first = true;
        for (const QString &key : std::as_const(keys)) {
            if (!first)
                out += comma;
            first = false;
            appendScalar(out, QJsonValue(key));
            out += colon;
            appendValue(out, object.value(key), spaced);
        }
        out += '}';
    } else if (value.isArray()) {
        out += '[';
        bool first = true;
        for (const QJsonValue &element : value.toArray()) {
            if (!first)
                out += comma;
            first = false;
            appendValue(out, element, spaced);
        }
        out += ']';
    } else {
        appendScalar(out, value);
    }
}

/** Whether a scalar of the original line still holds @p value, so that its spelling can stay ("1.0", "1e2"). */
bool sameScalar(const JsonNode &original, const QJsonValue &value)
{
    switch (original.type()) {
    case JsonNode::Type::Null: return value.isNull();
    case JsonNode::Type::Bool: return value.isBool() && value.toBool() == original.toBool();
    case JsonNode::Type::Number: return value.isDouble() && value.toDouble() == original.toDouble();
    case JsonNode::Type::String: return value.isString() && value.toString() == original.toString();
    case JsonNode::Type::Array:
    case JsonNode::Type::Object: return false;
    }
    return false;
}

/** Whether @p original holds exactly @p value, all the way down. */
bool sameValue(const JsonNode &original, const QJsonValue &value)
{
    if (original.isArray()) {
        if (!value.isArray() || original.size() != value.toArray().size())
            return false;
        const QJsonArray array = value.toArray();
        for (int i = 0; i < original.size(); ++i) {
            if (!sameValue(original.at(i), array.at(i)))
                return false;
        }
        return true;
    }
    if (original.isObject()) {
        if (!value.isObject() || original.memberCount() != value.toObject().size())
            return false;
        const QJsonObject object = value.toObject();
        for (int i = 0; i < original.memberCount(); ++i) {
            const auto it = object.constFind(original.keyAt(i));
            if (it == object.constEnd() || !sameValue(original.valueAt(i), *it))
                return false;
        }
        return true;
    }
    return sameScalar(original, value);
}

bool hasDuplicateKeys(const JsonNode &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.cbegin(), keys.cend()) != keys.cend();
}

/**
 * Writes @p value, taking from @p original (the line before the edit) whatever still holds: the order of its
 * keys and the spelling of its numbers. Keys the edit added find their place in reading order among the original
 * ones; keys it removed are gone. Objects with duplicate keys are written as the edit sees them.
 */
void appendMerged(QByteArray &out, const JsonNode &original, const QJsonValue &value, bool spaced)
{
    const QByteArrayView comma = spaced ? QByteArrayView(", ") : QByteArrayView(",");
    const QByteArrayView colon = spaced ? QByteArrayView(": ") : QByteArrayView(":");
    if (original.isObject() && value.isObject() && !hasDuplicateKeys(original)) {
        const QJsonObject object = value.toObject();
        // The original's keys that remain, in their order; each added key goes before the first of them that
        // comes later in reading order ("name" before "content"), or at the end.
        struct Member
        {
            QString key;
            int originalIndex; // -1: added by the edit
        };
        std::vector<Member> members;
        for (int i = 0; i < original.memberCount(); ++i) {
            if (object.contains(original.keyAt(i)))
                members.push_back({original.keyAt(i), i});
        }
        QStringList added;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!original.contains(it.key()))
                added.append(it.key());
        }
        std::stable_sort(added.begin(), added.end(), [](const QString &a, const QString &b) {
            return keyRank(a) < keyRank(b);
        });
        for (const QString &key : std::as_const(added)) {
            const int rank = keyRank(key);
            const auto later = std::find_if(members.begin(), members.end(),
                                            [rank](const Member &member) { return keyRank(member.key) > rank; });
            members.insert(later, Member{key, -1});
        }
        out += '{';
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                out += comma;
            appendScalar(out, QJsonValue(members[i].key));
            out += colon;
            const QJsonValue memberValue = object.value(members[i].key);
            if (members[i].originalIndex >= 0)
                appendMerged(out, original.valueAt(members[i].originalIndex), memberValue, spaced);
            else
                appendValue(out, memberValue, spaced);
        }
        out += '}';
    } else if (original.isArray() && value.isArray()) {
        // Elements are matched to the original ones they equal, so that removing, inserting or moving a message
        // leaves the others as written; an element the edit changed is merged with the one at its place.
        const QJsonArray array = value.toArray();
        const int count = original.size();
        std::vector<bool> used(size_t(count), false);
        std::vector<int> source(size_t(array.size()), -1);
        for (int i = 0; i < int(array.size()); ++i) {
            if (i < count && sameValue(original.at(i), array.at(i))) {
                source[size_t(i)] = i;
                used[size_t(i)] = true;
            }
        }
        // Searching the whole original for each moved element is quadratic: only for arrays of messages' size.
        constexpr int searchLimit = 256;
        for (int i = 0; i < int(array.size()) && count <= searchLimit; ++i) {
            for (int j = 0; j < count && source[size_t(i)] < 0; ++j) {
                if (!used[size_t(j)] && sameValue(original.at(j), array.at(i))) {
                    source[size_t(i)] = j;
                    used[size_t(j)] = true;
                }
            }
        }
        for (int i = 0; i < int(array.size()) && i < count; ++i) {
            if (source[size_t(i)] < 0 && !used[size_t(i)]) {
                source[size_t(i)] = i;
                used[size_t(i)] = true;
            }
        }
        out += '[';
        for (int i = 0; i < int(array.size()); ++i) {
            if (i > 0)
                out += comma;
            if (source[size_t(i)] >= 0)
                appendMerged(out, original.at(source[size_t(i)]), array.at(i), spaced);
            else
                appendValue(out, array.at(i), spaced);
        }
        out += ']';
    } else if (sameScalar(original, value)) {
        out += original.toJson();
    } else {
        appendValue(out, value, spaced);
    }
}

QJsonValue valueAtSegments(const QJsonValue &root, const QList<QStringView> &segments, qsizetype index)
{
    if (index == segments.size())
        return root;
    const QStringView segment = segments.at(index);
    if (root.isObject())
        return valueAtSegments(root.toObject().value(segment), segments, index + 1);
    if (root.isArray()) {
        bool ok = false;
        const int position = segment.toInt(&ok);
        const QJsonArray array = root.toArray();
        if (!ok || position < 0 || position >= array.size())
            return QJsonValue(QJsonValue::Undefined);
        return valueAtSegments(array.at(position), segments, index + 1);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue withValueAtSegments(const QJsonValue &root, const QList<QStringView> &segments, qsizetype index,
                               const QJsonValue &value)
{
    if (index == segments.size())
        return value;
    const QStringView segment = segments.at(index);
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        bool ok = false;
        const int position = segment.toInt(&ok);
        if (!ok || position < 0 || position > array.size())
            return root;
        if (position == array.size()) {
            if (index + 1 == segments.size() && !value.isUndefined())
                array.append(value);
            return array;
        }
        const QJsonValue changed = withValueAtSegments(array.at(position), segments, index + 1, value);
        if (changed.isUndefined())
            array.removeAt(position);
        else
            array.replace(position, changed);
        return array;
    }
    if (!root.isObject() && !root.isUndefined() && !root.isNull())
        return root;
    QJsonObject object = root.toObject();
    const QString key = segment.toString();
    const QJsonValue changed = withValueAtSegments(object.value(key), segments, index + 1, value);
    if (changed.isUndefined())
        object.remove(key);
    else
        object.insert(key, changed);
    return object;
}

QList<QStringView> pointerSegments(QStringView pointer)
{
    QList<QStringView> segments = pointer.split(u'/');
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    return segments;
}

} // namespace

QJsonValue ExampleJson::valueAt(const QJsonObject &example, QStringView pointer)
{
    return valueAtSegments(example, pointerSegments(pointer), 0);
}

QJsonObject ExampleJson::withValueAt(const QJsonObject &example, QStringView pointer, const QJsonValue &value)
{
    return withValueAtSegments(example, pointerSegments(pointer), 0, value).toObject();
}

bool ExampleJson::parse(const QByteArray &line, QJsonObject *example, int *errorOffset)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (errorOffset)
            *errorOffset = error.error != QJsonParseError::NoError ? error.offset : 0;
        return false;
    }
    *example = document.object();
    return true;
}

QByteArray ExampleJson::serialize(const QJsonObject &example, bool spaced)
{
    QByteArray out;
    appendValue(out, example, spaced);
    return out;
}

QByteArray ExampleJson::serializeEdit(const QJsonObject &example, QByteArrayView originalLine, bool spaced)
{
    const std::optional<JsonNode> original = JsonNode::parse(originalLine);
    if (!original || !original->isObject())
        return serialize(example, spaced);
    QByteArray out;
    appendMerged(out, *original, example, spaced);
    return out;
}

ExampleJson::Format ExampleJson::format(const QJsonObject &example)
{
    if (example.contains(QLatin1String("messages")))
        return Format::Chat;
    if (example.contains(QLatin1String("input")) || example.contains(QLatin1String("preferred_output")))
        return Format::Preference;
    if (example.contains(QLatin1String("prompt")) && example.contains(QLatin1String("completion")))
        return Format::PromptCompletion;
    return Format::Other;
}

QJsonArray ExampleJson::messages(const QJsonObject &example)
{
    if (example.contains(QLatin1String("messages")))
        return example.value(QLatin1String("messages")).toArray();
    return example.value(QLatin1String("input")).toObject().value(QLatin1String("messages")).toArray();
}

QString ExampleJson::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("text"))
            parts.append(object.value(QLatin1String("text")).toString());
    }
    return parts.join(QLatin1Char('\n'));
}

QString ExampleJson::preview(const QJsonObject &example, int maxLength)
{
    QString text;
    if (ExampleJson::format(example) == Format::PromptCompletion) {
        text = example.value(QLatin1String("prompt")).toString();
    } else {
        for (const QJsonValue &message : messages(example)) {
            const QJsonObject object = message.toObject();
            if (object.value(QLatin1String("role")).toString() == QLatin1String("user")) {
                text = contentText(object.value(QLatin1String("content")));
                break;
            }
        }
    }
    text = text.left(maxLength * 2).simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

QString ExampleJson::searchableText(const QJsonObject &example)
{
    QString text;
    const auto appendMessage = [&text](const QJsonObject &message) {
        text += contentText(message.value(QLatin1String("content")));
        text += QLatin1Char('\n');
        for (const QJsonValue &call : message.value(QLatin1String("tool_calls")).toArray()) {
            const QJsonObject function = call.toObject().value(QLatin1String("function")).toObject();
            text += function.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                + function.value(QLatin1String("arguments")).toString() + QLatin1Char('\n');
        }
    };
    for (const QJsonValue &message : messages(example))
        appendMessage(message.toObject());
    for (const char *key : {"preferred_output", "non_preferred_output"}) {
        for (const QJsonValue &message : example.value(QLatin1String(key)).toArray())
            appendMessage(message.toObject());
    }
    if (example.contains(QLatin1String("prompt")))
        text += example.value(QLatin1String("prompt")).toString() + QLatin1Char('\n')
            + example.value(QLatin1String("completion")).toString();
    return text;
}

} // namespace Fts::Core
