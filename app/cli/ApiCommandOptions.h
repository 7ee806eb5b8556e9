// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/ConnectionProfile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Fts::Api {
class ProfileStore;
}

namespace Fts::Cli {

/**
 * The options every API command shares: `--profile NAME`, or `--provider openai|azure|compatible` with
 * `--base-url URL` (the key then comes from OPENAI_API_KEY / AZURE_OPENAI_API_KEY), and `--format FORMAT`.
 * They may stand anywhere among a command's arguments (before or after the sub-command), as
 * `--opt VALUE` or `--opt=VALUE`; `--` ends option parsing.
 *
 *     ApiCommandOptions options;
 *     QString error;
 *     if (!options.parse(arguments, &error)) -> usage error (exit 2)
 *     const auto profile = options.connectionProfile(profileStore, &error);
 */
class ApiCommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Cli::ApiCommandOptions)
public:
    /** Removes the shared options from @p arguments, leaving the command's own; false and @p error on misuse. */
    bool parse(QStringList &arguments, QString *error);

    /**
     * The profile the command talks to: the ad-hoc one from `--provider`/`--base-url`, else `--profile`, else
     * the default profile, else OpenAI with OPENAI_API_KEY. std::nullopt and @p error when `--profile` names
     * no saved profile or the result is not usable. Ad-hoc profiles have an empty name (no keychain lookup).
     */
    std::optional<Api::ConnectionProfile> connectionProfile(const Api::ProfileStore &store, QString *error) const;

    /** Checks `--format` against the formats a command supports (the first is the default). */
    bool checkFormat(const QStringList &allowed, QString *error) const;
    /** `--format` as given, or @p defaultFormat. */
    QString format(const QString &defaultFormat = QStringLiteral("text")) const;
    bool isJson() const { return m_format == QLatin1String("json"); }

    QString profileName() const { return m_profileName; }
    std::optional<Api::ProviderKind> provider() const { return m_provider; }
    QUrl baseUrl() const { return m_baseUrl; }

    /**
     * Moves shared options written before the command name behind it, so that `ftstudio --profile work jobs
     * list` means `ftstudio jobs list --profile work`. Anything else is returned unchanged.
     */
    static QStringList commandFirst(const QStringList &arguments);

    /** The help lines describing these options, for `ftstudio COMMAND --help`. */
    static QString helpText();

private:
    QString m_profileName;
    std::optional<Api::ProviderKind> m_provider;
    QUrl m_baseUrl;
    QString m_format;
};

} // namespace Fts::Cli
