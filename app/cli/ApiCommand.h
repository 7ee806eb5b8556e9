// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/ApiClient.h"
#include "cli/ApiCommandOptions.h"
#include "cli/CliCommand.h"

#include <QJsonValue>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>

namespace Fts::Api {
class FileUploader;
class ApiError;
class ApiRequest;
class CredentialResolver;
class ProfileStore;
class SecretStore;
} // namespace Fts::Api

namespace Fts::Cli {

class CliIo;

/**
 * A command that talks to a provider (files, jobs, models, chat). start() handles what they share: `--help`,
 * the connection options (ApiCommandOptions), the profile and its key (keychain, then environment), and the
 * ApiClient; then run() does the command's work and ends with finish(). API errors go to stderr with the
 * request id and exit 1; usage errors exit 2.
 *
 * Where profiles and keys come from can be replaced (tests use a temporary settings file, an in-memory
 * secret store and their own environment): setCredentialSources().
 */
class ApiCommand : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCommand)
public:
    explicit ApiCommand(QObject *parent = nullptr);
    ~ApiCommand() override;

    void start(const QStringList &arguments, CliIo &io) final;

    /** Not owned; nullptr restores the defaults (the app's settings, the system keychain, the process environment). */
    void setCredentialSources(Api::ProfileStore *profiles, Api::SecretStore *secrets,
                              const QProcessEnvironment &environment);
    /** Called on every new client before run(): tests shorten backoff and poll intervals this way. */
    void setClientConfigurator(std::function<void(Api::ApiClient &)> configure) { m_configureClient = std::move(configure); }

protected:
    /** The full `--help` text of the command, without the shared connection options. */
    virtual QString usage() const = 0;
    /** The formats `--format` accepts; the first is the default. */
    virtual QStringList formats() const { return {QStringLiteral("text"), QStringLiteral("json")}; }
    /**
     * Reads the command's own arguments (the shared options already removed). Return false with @p error for
     * a usage error. Runs before anything touches the keychain or the network.
     */
    virtual bool parseArguments(const QStringList &arguments, QString *error) = 0;
    /** Does the work with client() ready; must end with finish() (directly or from a slot). */
    virtual void run() = 0;

    CliIo &io() { return *m_io; }
    Api::ApiClient *client() const { return m_client; }
    const ApiCommandOptions &options() const { return m_options; }
    bool jsonOutput() const { return m_options.isJson(); }
    QString outputFormat() const { return m_options.format(formats().constFirst()); }

    /** Prints one JSON document (indented) on stdout. */
    void printJson(const QJsonValue &value);
    /** The API refused or failed: message and request id on stderr, exit 1. */
    void failWithApiError(const Api::ApiError &error);
    /** Anything else that went wrong at run time (unreadable file, failed validation): exit 1. */
    void failWith(const QString &message);
    /** Wrong arguments: the message and a pointer to --help on stderr, exit 2. */
    void failUsage(const QString &message);
    /** Connects failed() to failWithApiError() and starts @p request; @p onFinished runs inside finished(). */
    void startRequest(Api::ApiRequest *request, std::function<void()> onFinished);
    /**
     * Uploads @p path for fine-tuning, through the Uploads API in parts when the file is large; @p onFinished
     * gets the uploader (deleted afterwards). Failures end the command like any API error.
     */
    void startUpload(const QString &path, const QString &purpose, std::function<void(Api::FileUploader *)> onFinished);

    /** "ftstudio jobs" for messages. */
    QString displayName() const { return QStringLiteral("ftstudio ") + name(); }

private:
    void connectAndRun();

    CliIo *m_io = nullptr;
    ApiCommandOptions m_options;
    QPointer<Api::ApiClient> m_client;
    QPointer<Api::ProfileStore> m_profiles;
    QPointer<Api::SecretStore> m_secrets;
    QProcessEnvironment m_environment;
    bool m_customSources = false;
    std::function<void(Api::ApiClient &)> m_configureClient;
};

} // namespace Fts::Cli
