// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Fts::Core {

/**
 * Reading and writing one example line for the editor.
 *
 * QJsonObject forgets key order: a new example is written in the order people expect to read it ("role" before
 * "content", "messages" before "tools"), keys we do not know after, sorted; an edited one keeps the order and
 * number spelling of its original line (serializeEdit).
 */
class ExampleJson
{
public:
    enum class Format { Chat, Preference, PromptCompletion, Other };

    /** Parses one line; false (and @p errorOffset) when it is not a JSON object. */
    static bool parse(const QByteArray &line, QJsonObject *example, int *errorOffset = nullptr);
    /** One line, no terminator; @p spaced gives `", "` and `": "` separators like Python's json.dumps. */
    static QByteArray serialize(const QJsonObject &example, bool spaced);
    /**
     * @p example, an edit of @p originalLine, written so that the line changes only where the edit changed it:
     * the original's key order and number spelling are kept for everything the edit left alone, new keys come
     * in reading order after them (strings are re-escaped minimally). Without a usable original, serialize().
     */
    static QByteArray serializeEdit(const QJsonObject &example, QByteArrayView originalLine, bool spaced);
    static Format format(const QJsonObject &example);
    /** The conversation of a chat example, or the input conversation of a preference example. */
    static QJsonArray messages(const QJsonObject &example);
    /** The plain text of a message's content, whether a string or an array of parts. */
    static QString contentText(const QJsonValue &content);
    /** The first user message's text, whitespace simplified, at most @p maxLength characters. */
    static QString preview(const QJsonObject &example, int maxLength = 200);
    /** The value at a JSON pointer such as "/messages/2/content" (RFC 6901, without ~ escapes). */
    static QJsonValue valueAt(const QJsonObject &example, QStringView pointer);
    /**
     * A copy of @p example with @p value at @p pointer; an undefined value removes the key or array element.
     * Missing objects on the way are created; a path through a non-container leaves the example unchanged.
     */
    static QJsonObject withValueAt(const QJsonObject &example, QStringView pointer, const QJsonValue &value);
    /** All the text of an example (contents, names, tool arguments) for search. */
    static QString searchableText(const QJsonObject &example);
};

} // namespace Fts::Core
