// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ColumnMapping.h"

#include <QSet>

namespace Fts::Core {

namespace {

QString normalizedName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    return key;
}

ColumnRole roleForName(const QString &name)
{
    static const QSet<QString> system{QStringLiteral("system"), QStringLiteral("system_prompt"),
                                      QStringLiteral("instructions"), QStringLiteral("system_message")};
    static const QSet<QString> user{QStringLiteral("user"), QStringLiteral("prompt"), QStringLiteral("question"),
                                    QStringLiteral("input"), QStringLiteral("note"), QStringLiteral("notes"),
                                    QStringLiteral("clinical_note"), QStringLiteral("text"), QStringLiteral("query"),
                                    QStringLiteral("statement"), QStringLiteral("user_message"),
                                    QStringLiteral("request"), QStringLiteral("message")};
    static const QSet<QString> assistant{QStringLiteral("assistant"), QStringLiteral("completion"),
                                         QStringLiteral("answer"), QStringLiteral("output"),
                                         QStringLiteral("response"), QStringLiteral("code"), QStringLiteral("codes"),
                                         QStringLiteral("label"), QStringLiteral("target"), QStringLiteral("reply"),
                                         QStringLiteral("assistant_message"), QStringLiteral("icd10"),
                                         QStringLiteral("icd_10"), QStringLiteral("icd10_codes")};
    const QString key = normalizedName(name);
    if (system.contains(key))
        return ColumnRole::System;
    if (user.contains(key))
        return ColumnRole::User;
    if (assistant.contains(key))
        return ColumnRole::Assistant;
    if (key == QLatin1String("split") || key == QLatin1String("subset") || key == QLatin1String("partition"))
        return ColumnRole::Split;
    if (key == QLatin1String("weight"))
        return ColumnRole::Weight;
    return ColumnRole::Ignore;
}

} // namespace

ColumnMapping::ColumnMapping(const QList<ColumnRole> &roles, const QString &systemPrompt)
    : m_roles(roles)
    , m_systemPrompt(systemPrompt)
{
}

void ColumnMapping::setRole(int column, ColumnRole role)
{
    if (column < 0)
        return;
    while (m_roles.size() <= column)
        m_roles.append(ColumnRole::Ignore);
    m_roles[column] = role;
}

int ColumnMapping::columnWith(ColumnRole role) const
{
    return int(m_roles.indexOf(role));
}

QString ColumnMapping::problem() const
{
    if (!m_roles.contains(ColumnRole::User))
        return tr("Choose a column for the user messages.");
    if (!m_roles.contains(ColumnRole::Assistant))
        return tr("Choose a column for the assistant answers.");
    if (m_roles.count(ColumnRole::Split) > 1)
        return tr("Only one column can give the split.");
    if (m_roles.count(ColumnRole::Weight) > 1)
        return tr("Only one column can give the weight.");
    return {};
}

ColumnMapping ColumnMapping::guess(const QStringList &columnNames)
{
    ColumnMapping mapping;
    for (int column = 0; column < columnNames.size(); ++column) {
        ColumnRole role = roleForName(columnNames.at(column));
        // A second split or weight column would be ambiguous: the first one wins.
        if ((role == ColumnRole::Split || role == ColumnRole::Weight) && mapping.m_roles.contains(role))
            role = ColumnRole::Ignore;
        mapping.m_roles.append(role);
    }
    const int count = int(columnNames.size());
    if (!mapping.m_roles.contains(ColumnRole::User)) {
        const int column = int(mapping.m_roles.indexOf(ColumnRole::Ignore));
        if (column >= 0)
            mapping.m_roles[column] = ColumnRole::User;
    }
    if (!mapping.m_roles.contains(ColumnRole::Assistant)) {
        for (int column = count - 1; column >= 0; --column) {
            if (mapping.m_roles.at(column) == ColumnRole::Ignore) {
                mapping.m_roles[column] = ColumnRole::Assistant;
                break;
            }
        }
    }
    return mapping;
}

QList<ColumnRole> ColumnMapping::allRoles()
{
    return {ColumnRole::Ignore, ColumnRole::System, ColumnRole::User, ColumnRole::Assistant, ColumnRole::Split,
            ColumnRole::Weight};
}

QString ColumnMapping::roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return tr("Ignore");
    case ColumnRole::System:
        return tr("System message");
    case ColumnRole::User:
        return tr("User message");
    case ColumnRole::Assistant:
        return tr("Assistant answer");
    case ColumnRole::Split:
        return tr("Split (train/validation/test)");
    case ColumnRole::Weight:
        return tr("Weight (0 or 1)");
    }
    return {};
}

QString ColumnMapping::roleKey(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return QStringLiteral("ignore");
    case ColumnRole::System:
        return QStringLiteral("system");
    case ColumnRole::User:
        return QStringLiteral("user");
    case ColumnRole::Assistant:
        return QStringLiteral("assistant");
    case ColumnRole::Split:
        return QStringLiteral("split");
    case ColumnRole::Weight:
        return QStringLiteral("weight");
    }
    return {};
}

ColumnRole ColumnMapping::roleFromKey(QStringView key, bool *ok)
{
    for (ColumnRole role : allRoles()) {
        if (key.compare(roleKey(role), Qt::CaseInsensitive) == 0 || key == roleName(role)) {
            if (ok)
                *ok = true;
            return role;
        }
    }
    if (ok)
        *ok = false;
    return ColumnRole::Ignore;
}

} // namespace Fts::Core
