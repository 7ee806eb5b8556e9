// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString> // the QStringBuilder operators the build turns on

#include <functional>

namespace Fts::Bench {

/**
 * One chat example shaped like a clinical note with coded answers, as a JSONL line; @p sentences sets its size
 * (22 make about 2 KB, 33 about 3 KB: 100k examples then make a 300 MB file). Deterministic in @p index.
 */
inline QByteArray clinicalNoteExample(int index, int sentences)
{
    QByteArray note;
    for (int sentence = 0; sentence < sentences; ++sentence)
        note += "Patient reports intermittent symptoms, vitals stable, plan discussed with family "
                + QByteArray::number(index * 31 + sentence) + ". ";
    return "{\"messages\": [{\"role\": \"system\", \"content\": \"You are a medical coding assistant. Output ICD-10 codes in "
           "the format CODE: DESCRIPTION.\"}, {\"role\": \"user\", \"content\": \""
        + note + "\"}, {\"role\": \"assistant\", \"content\": \"I10: Essential (primary) hypertension\\nE78.5: "
                 "Hyperlipidemia, unspecified\"}]}\n";
}

/** Writes @p count such examples to @p path; @p adjust may change line i (plant a needle, repeat a line). */
inline bool writeClinicalNotes(const QString &path, int count, int sentences,
                               const std::function<void(int, QByteArray &)> &adjust = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i) {
        QByteArray line = clinicalNoteExample(i, sentences);
        if (adjust)
            adjust(i, line);
        if (file.write(line) != line.size())
            return false;
    }
    return true;
}

} // namespace Fts::Bench
