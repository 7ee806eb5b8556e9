// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Fts::Eval {

/**
 * Decides whether an answer counts as right. Every scorer but the LLM judge is a pure function of the
 * answer and the expected text, so it runs offline and re-scoring a stored run costs no API call.
 */
class Scorer
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Eval::Scorer)
public:
    enum class Kind {
        Exact,      ///< equal after stripping surrounding whitespace (the walkthrough's check)
        Normalized, ///< equal ignoring case, whitespace runs and punctuation
        LineSet,    ///< the same set of non-empty lines in any order (code lists such as ICD-10)
        Contains,   ///< the answer contains the expected text, ignoring case
        Regex,      ///< the pattern matches the answer; with a capture group, group 1 must equal the expected text
        Json,       ///< both parse as JSON and are equal (key order and number spelling ignored)
        Judge,      ///< a judge model grades the answer against a rubric (asynchronous: see LlmJudge)
    };

    Scorer() = default;
    explicit Scorer(Kind kind, const QString &parameter = {});

    /** Parses the CLI spelling: exact, normalized, lines, contains, regex:PATTERN, json, judge. */
    static std::optional<Scorer> fromSpec(const QString &spec, QString *error = nullptr);
    /** The CLI spelling, used in stored runs and the JSON summary. */
    QString spec() const;
    /** A short name for people, translated. */
    QString displayName() const;
    static QString displayName(Kind kind);

    Kind kind() const { return m_kind; }
    /** The regex pattern, or the judge rubric. */
    QString parameter() const { return m_parameter; }
    bool isJudge() const { return m_kind == Kind::Judge; }
    bool isValid() const;

    /** The verdict of an offline scorer; always false for the judge, which needs a model. */
    bool matches(const QString &answer, const QString &expected) const;

    /** Lower case, punctuation dropped, whitespace runs collapsed: the normalized scorer's view of a text. */
    static QString normalize(const QString &text);
    /** Non-empty trimmed lines without list bullets, sorted and de-duplicated. */
    static QStringList lineSet(const QString &text);

private:
    Kind m_kind = Kind::Exact;
    QString m_parameter;
    QRegularExpression m_regex;
};

} // namespace Fts::Eval
