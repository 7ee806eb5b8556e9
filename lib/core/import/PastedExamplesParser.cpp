// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PastedExamplesParser.h"

#include "core/editing/ExampleJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

namespace Fts::Core {

namespace {

int lineAtOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(qBound<qsizetype>(0, offset, bytes.size())).count('\n')) + 1;
}

/** Byte offsets of the top-level elements of the JSON array in @p bytes (which must be a valid array). */
QList<qsizetype> arrayElementOffsets(const QByteArray &bytes)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inString = false;
    bool expectElement = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (expectElement && depth == 1 && c != ']') {
            offsets.append(i);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
            if (depth == 1)
                expectElement = true;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return offsets;
}

bool isMessage(const QJsonValue &value)
{
    return value.isObject() && value.toObject().contains(QLatin1String("role"));
}

/** Why @p example cannot be pasted as a chat or preference example, or empty when it can. */
QString exampleProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return PastedExamplesParser::tr("Not a JSON object.");
    const QJsonObject example = value.toObject();
    switch (ExampleJson::format(example)) {
    case ExampleJson::Format::Chat:
        if (!example.value(QLatin1String("messages")).isArray())
            return PastedExamplesParser::tr("\"messages\" is not a list.");
        return {};
    case ExampleJson::Format::Preference:
        return {};
    case ExampleJson::Format::PromptCompletion:
        return PastedExamplesParser::tr("A prompt/completion example: use File ▸ Import ▸ Prompt/Completion JSONL.");
    case ExampleJson::Format::Other:
        break;
    }
    if (isMessage(value))
        return PastedExamplesParser::tr("A single message, not an example: paste the whole example or its "
                                        "list of messages.");
    return PastedExamplesParser::tr("Not a chat example (no \"messages\").");
}

QString stripCodeFence(const QString &text)
{
    QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("```")))
        return text;
    const qsizetype firstBreak = trimmed.indexOf(u'\n');
    if (firstBreak < 0)
        return text;
    trimmed.remove(0, firstBreak + 1);
    if (trimmed.endsWith(QLatin1String("```")))
        trimmed.chop(3);
    // Keep line numbers those of the pasted text: the fence line counts.
    return QLatin1Char('\n') + trimmed;
}

} // namespace

ImportResult PastedExamplesParser::parse(const QString &text, bool spacedSeparators)
{
    ImportResult result;
    const QString body = stripCodeFence(text);
    const QByteArray bytes = body.toUtf8();
    const QByteArray trimmed = bytes.trimmed();
    const qsizetype leading = bytes.indexOf(trimmed.isEmpty() ? QByteArray() : trimmed.left(1));
    const auto accept = [&](const QJsonObject &example, int line) {
        result.lines.append(ExampleJson::serialize(example, spacedSeparators));
        result.sourceLines.append(line);
    };
    if (trimmed.isEmpty())
        return result;

    // The whole text as one JSON value: an array of examples or of messages, or one (pretty-printed) example.
    QJsonParseError wholeError;
    const QJsonDocument whole = QJsonDocument::fromJson(bytes, &wholeError);
    if (wholeError.error == QJsonParseError::NoError) {
        if (whole.isArray()) {
            const QJsonArray array = whole.array();
            if (!array.isEmpty() && std::all_of(array.cbegin(), array.cend(), isMessage)) {
                result.itemsRead = 1;
                accept(QJsonObject{{QStringLiteral("messages"), array}}, lineAtOffset(bytes, leading));
                return result;
            }
            const QList<qsizetype> offsets = arrayElementOffsets(bytes);
            for (qsizetype i = 0; i < array.size(); ++i) {
                ++result.itemsRead;
                const int line = lineAtOffset(bytes, offsets.value(i, leading));
                const QString problem = exampleProblem(array.at(i));
                if (problem.isEmpty())
                    accept(array.at(i).toObject(), line);
                else
                    result.problems.append({line, problem});
            }
            return result;
        }
        result.itemsRead = 1;
        const int line = lineAtOffset(bytes, leading);
        const QString problem = exampleProblem(whole.object());
        if (problem.isEmpty())
            accept(whole.object(), line);
        else
            result.problems.append({line, problem});
        return result;
    }

    // One object per line.
    const QList<QByteArray> lines = bytes.split('\n');
    const QByteArray firstLine = lines.value(lineAtOffset(bytes, leading) - 1).trimmed();
    if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !firstLine.endsWith('}'))) {
        // A pretty-printed value that does not parse: its error is more useful than one per line.
        result.itemsRead = 1;
        result.problems.append({lineAtOffset(bytes, wholeError.offset),
                                tr("Not valid JSON: %1.").arg(wholeError.errorString())});
        return result;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        ++result.itemsRead;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            result.problems.append({int(i) + 1, tr("Not valid JSON (column %1: %2).").arg(error.offset + 1).arg(error.errorString())});
            continue;
        }
        const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const QString problem = exampleProblem(value);
        if (problem.isEmpty())
            accept(document.object(), int(i) + 1);
        else
            result.problems.append({int(i) + 1, problem});
    }
    return result;
}

} // namespace Fts::Core
