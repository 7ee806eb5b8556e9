// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ApiCommandOptions.h"

#include "api/credentials/ProfileStore.h"

namespace Fts::Cli {

using Api::ConnectionProfile;
using Api::ProviderKind;

namespace {

const QStringList &sharedOptionNames()
{
    static const QStringList names = {QStringLiteral("--profile"), QStringLiteral("--provider"),
                                      QStringLiteral("--base-url"), QStringLiteral("--format")};
    return names;
}

} // namespace

QStringList ApiCommandOptions::commandFirst(const QStringList &arguments)
{
    QStringList leading;
    int i = 0;
    while (i < arguments.size()) {
        const QString &argument = arguments.at(i);
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (!sharedOptionNames().contains(name))
            break;
        leading.append(argument);
        if (name == argument && i + 1 < arguments.size())
            leading.append(arguments.at(++i));
        ++i;
    }
    if (leading.isEmpty() || i >= arguments.size())
        return arguments;
    return QStringList{arguments.at(i)} + leading + arguments.mid(i + 1);
}

bool ApiCommandOptions::parse(QStringList &arguments, QString *error)
{
    const QStringList &names = sharedOptionNames();
    QStringList remaining;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            remaining += arguments.mid(i); // the command sees the separator too
            break;
        }
        QString name = argument;
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); argument.startsWith(QLatin1String("--")) && equals > 0) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
            hasValue = true;
        }
        if (!names.contains(name)) {
            remaining.append(argument);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                *error = tr("Option %1 needs a value.").arg(name);
                return false;
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--profile")) {
            m_profileName = value.trimmed();
            if (m_profileName.isEmpty()) {
                *error = tr("--profile needs a profile name.");
                return false;
            }
        } else if (name == QLatin1String("--provider")) {
            bool ok = false;
            m_provider = ConnectionProfile::providerFromId(value, &ok);
            if (!ok) {
                *error = tr("Unknown provider \"%1\": use openai, azure or compatible.").arg(value);
                return false;
            }
        } else if (name == QLatin1String("--base-url")) {
            m_baseUrl = QUrl(value.trimmed(), QUrl::StrictMode);
            if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty() || m_baseUrl.host().isEmpty()) {
                *error = tr("--base-url \"%1\" is not a web address such as https://api.openai.com/v1.").arg(value);
                return false;
            }
        } else {
            m_format = value.trimmed().toLower();
        }
    }
    if (!m_profileName.isEmpty() && m_provider) {
        *error = tr("Use either --profile or --provider, not both.");
        return false;
    }
    arguments = remaining;
    return true;
}

std::optional<ConnectionProfile> ApiCommandOptions::connectionProfile(const Api::ProfileStore &store, QString *error) const
{
    ConnectionProfile profile;
    if (m_provider) {
        // Ad hoc: nothing is looked up, the key comes from the environment.
        profile = ConnectionProfile(QString(), *m_provider, m_baseUrl);
    } else {
        QString name = m_profileName;
        if (name.isEmpty())
            name = store.defaultProfileName();
        if (!name.isEmpty()) {
            const std::optional<ConnectionProfile> saved = store.profile(name);
            if (!saved) {
                const QStringList known = store.profileNames();
                *error = known.isEmpty()
                    ? tr("There is no profile named \"%1\": no profiles are saved yet. Add one in Finetune Studio's "
                         "settings, or use --provider and --base-url.").arg(name)
                    : tr("There is no profile named \"%1\". Saved profiles: %2.").arg(name, known.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            profile = *saved;
            if (!m_baseUrl.isEmpty())
                profile.setBaseUrl(m_baseUrl);
        } else {
            profile = ConnectionProfile(QString(), ProviderKind::OpenAi, m_baseUrl);
        }
    }
    // Validation needs a name; an ad-hoc profile borrows a placeholder just for it.
    ConnectionProfile check = profile;
    if (check.name().isEmpty())
        check.setName(QStringLiteral("command line"));
    if (const QString invalid = check.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return profile;
}

bool ApiCommandOptions::checkFormat(const QStringList &allowed, QString *error) const
{
    if (m_format.isEmpty() || allowed.contains(m_format))
        return true;
    *error = tr("Unknown format \"%1\": use %2.").arg(m_format, allowed.join(QStringLiteral(" or ")));
    return false;
}

QString ApiCommandOptions::format(const QString &defaultFormat) const
{
    return m_format.isEmpty() ? defaultFormat : m_format;
}

QString ApiCommandOptions::helpText()
{
    return tr("Connection and output (any command that talks to a provider):\n"
              "  --profile NAME            a saved connection profile (default: the default profile)\n"
              "  --provider openai|azure|compatible\n"
              "                            connect without a profile; the key comes from OPENAI_API_KEY\n"
              "                            (AZURE_OPENAI_API_KEY for azure)\n"
              "  --base-url URL            the API's base URL, e.g. https://RESOURCE.openai.azure.com/openai/v1\n"
              "  --format text|json        json prints the API objects received, one JSON document\n"
              "Exit status: 0 success, 1 the API refused or failed (message and request id on stderr), 2 usage.\n");
}

} // namespace Fts::Cli
