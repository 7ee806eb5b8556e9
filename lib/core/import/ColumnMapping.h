// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fts::Core {

/** What a CSV column becomes in a chat example. */
enum class ColumnRole { Ignore, System, User, Assistant, Split, Weight };

/**
 * How the columns of a table turn into chat examples: one role per column (messages follow the column
 * order), an optional fixed system prompt put first in every example (a non-empty system column of the
 * row replaces it), at most one column naming the split (train/validation/test) and one giving the
 * assistant messages' weight (0 or 1).
 */
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    ColumnMapping() = default;
    explicit ColumnMapping(const QList<ColumnRole> &roles, const QString &systemPrompt = QString());

    QList<ColumnRole> roles() const { return m_roles; }
    int columnCount() const { return int(m_roles.size()); }
    ColumnRole role(int column) const { return m_roles.value(column, ColumnRole::Ignore); }
    void setRole(int column, ColumnRole role);
    QString systemPrompt() const { return m_systemPrompt; }
    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    /** The column with @p role, or -1 (the first one when there are several). */
    int columnWith(ColumnRole role) const;

    /** Why the mapping cannot produce examples (translated), or empty when it can. */
    QString problem() const;

    /** Roles guessed from column names (note → user, code → assistant, …), else first → user, last → assistant. */
    static ColumnMapping guess(const QStringList &columnNames);
    /** All roles in the order a role selector lists them. */
    static QList<ColumnRole> allRoles();
    /** Translated, e.g. "User message", "Ignore". */
    static QString roleName(ColumnRole role);
    /** Stable, for the command line and settings: "ignore", "system", "user", "assistant", "split", "weight". */
    static QString roleKey(ColumnRole role);
    /** The role of a key or a translated name; Ignore and @p ok false when it is neither. */
    static ColumnRole roleFromKey(QStringView key, bool *ok = nullptr);

    bool operator==(const ColumnMapping &) const = default;

private:
    QList<ColumnRole> m_roles;
    QString m_systemPrompt;
};

} // namespace Fts::Core
