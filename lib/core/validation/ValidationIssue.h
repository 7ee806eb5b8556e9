// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Fts::Core {

/** One finding of the validator about one line (or, with line 0, about the whole file). */
struct ValidationIssue
{
    Q_DECLARE_TR_FUNCTIONS(ValidationIssue)
public:
    enum class Severity { Error, Warning };

    /** 1-based physical line number; 0 for findings about the whole file. */
    int line = 0;
    /** Stable machine name, e.g. "unrecognized_role" (see DatasetValidator for the list). */
    QString kind;
    Severity severity = Severity::Error;
    /** JSON path inside the line, e.g. "messages[2].role"; empty for the line as a whole. */
    QString path;
    /** Plain, translated text without the line number: "message 3: the role 'asistant' is not …". */
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /** The message prefixed with its line: "line 42, message 3: …" (just the message for line 0). */
    QString fullMessage() const;
    /** "error" or "warning" (machine name). */
    static QString severityName(Severity severity);
    /** Translated "error" / "warning". */
    static QString severityDisplayName(Severity severity);

    bool operator==(const ValidationIssue &) const = default;
};

} // namespace Fts::Core

Q_DECLARE_METATYPE(Fts::Core::ValidationIssue)
