// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PromptCompletionConverter.h"

#include "core/editing/ExampleJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <vector>

namespace Fts::Core {

namespace {

struct Pair
{
    int line = 0;
    QString prompt;
    QString completion;
};

/** The marker every text ends (or starts) with, among @p candidates; empty when there is none for all. */
QString commonMarker(const std::vector<Pair> &pairs, QString Pair::*text, const QStringList &candidates, bool atEnd)
{
    if (pairs.empty())
        return {};
    for (const QString &marker : candidates) {
        const bool everyOne = std::all_of(pairs.cbegin(), pairs.cend(), [&](const Pair &pair) {
            const QString &value = pair.*text;
            // A marker must leave some text behind, or it is the text itself.
            return value.size() > marker.size() && (atEnd ? value.endsWith(marker) : value.startsWith(marker));
        });
        if (everyOne)
            return marker;
    }
    return {};
}

QString visible(QString marker)
{
    marker.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + marker + QLatin1Char('"');
}

} // namespace

ImportResult PromptCompletionConverter::convertFile(const QString &path, const Settings &settings,
                                                    const ProgressFunction &progress, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.fatalError = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // Mapped, not read: a large file costs address space, not memory.
    if (file.size() > 0) {
        if (const uchar *mapped = file.map(0, file.size()))
            return convert(QByteArrayView(reinterpret_cast<const char *>(mapped), file.size()), settings, progress, cancel);
    }
    return convert(file.readAll(), settings, progress, cancel);
}

ImportResult PromptCompletionConverter::convert(QByteArrayView data, const Settings &settings,
                                                const ProgressFunction &progress, const std::atomic_bool *cancel)
{
    ImportResult result;
    std::vector<Pair> pairs;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++lineNumber;
        QByteArrayView line = data.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ++result.itemsRead;
        if (result.itemsRead % 1024 == 0) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            if (progress)
                progress(start, data.size() * 2); // reading is the first half of the work
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            result.problems.append({lineNumber, tr("Not valid JSON (column %1: %2).").arg(error.offset + 1).arg(error.errorString())});
            continue;
        }
        const QJsonObject object = document.object();
        if (!document.isObject()) {
            result.problems.append({lineNumber, tr("Not a JSON object.")});
            continue;
        }
        const QJsonValue prompt = object.value(QLatin1String("prompt"));
        const QJsonValue completion = object.value(QLatin1String("completion"));
        if (!prompt.isString() || !completion.isString()) {
            result.problems.append({lineNumber, object.contains(QLatin1String("messages"))
                                                    ? tr("Already a chat example (it has \"messages\").")
                                                    : tr("Needs \"prompt\" and \"completion\" text.")});
            continue;
        }
        if (prompt.toString().trimmed().isEmpty() || completion.toString().trimmed().isEmpty()) {
            result.problems.append({lineNumber, prompt.toString().trimmed().isEmpty()
                                                    ? tr("The prompt is empty: a chat example needs a user message.")
                                                    : tr("The completion is empty: a chat example needs an answer.")});
            continue;
        }
        pairs.push_back({lineNumber, prompt.toString(), completion.toString()});
    }

    if (settings.stripLegacyMarkers) {
        const QString separator = commonMarker(pairs, &Pair::prompt, {QStringLiteral("\n\n###\n\n")}, true);
        const QString stop = commonMarker(pairs, &Pair::completion, {QStringLiteral(" END"), QStringLiteral("\n")}, true);
        for (Pair &pair : pairs) {
            pair.prompt.chop(separator.size());
            pair.completion.chop(stop.size());
        }
        const QString space = commonMarker(pairs, &Pair::completion, {QStringLiteral(" ")}, false);
        for (Pair &pair : pairs)
            pair.completion.remove(0, space.size());
        if (!separator.isEmpty())
            result.notes.append(tr("Removed the separator %1 from the end of every prompt.").arg(visible(separator)));
        if (!stop.isEmpty())
            result.notes.append(tr("Removed the stop sequence %1 from the end of every completion.").arg(visible(stop)));
        if (!space.isEmpty())
            result.notes.append(tr("Removed the space at the start of every completion."));
    }

    const bool withSystem = !settings.systemPrompt.trimmed().isEmpty();
    result.lines.reserve(qsizetype(pairs.size()));
    result.sourceLines.reserve(qsizetype(pairs.size()));
    for (size_t i = 0; i < pairs.size(); ++i) {
        const Pair &pair = pairs[i];
        if (i % 1024 == 1023) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            if (progress)
                progress(qint64(data.size() + data.size() * qint64(i) / qint64(pairs.size())), data.size() * 2);
        }
        QJsonArray messages;
        if (withSystem)
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                        {QStringLiteral("content"), settings.systemPrompt}});
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), pair.prompt}});
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), pair.completion}});
        result.lines.append(
            ExampleJson::serialize(QJsonObject{{QStringLiteral("messages"), messages}}, settings.spacedSeparators));
        result.sourceLines.append(pair.line);
    }
    if (progress)
        progress(data.size() * 2, data.size() * 2);
    return result;
}

} // namespace Fts::Core
