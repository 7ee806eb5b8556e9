// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ApiCommand.h"

#include "api/resources/FileUploader.h"

#include "api/credentials/CredentialResolver.h"
#include "api/credentials/KeychainSecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"
#include "api/transport/ApiRequest.h"
#include "cli/CliIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Fts::Cli {

namespace {

// A locked keyring may show an unlock prompt; a script must not wait for ever behind it.
constexpr int KeychainTimeoutMs = 60000;

} // namespace

ApiCommand::ApiCommand(QObject *parent)
    : CliCommand(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

ApiCommand::~ApiCommand() = default;

void ApiCommand::setCredentialSources(Api::ProfileStore *profiles, Api::SecretStore *secrets,
                                      const QProcessEnvironment &environment)
{
    m_customSources = profiles != nullptr;
    m_profiles = profiles;
    m_secrets = secrets;
    m_environment = profiles ? environment : QProcessEnvironment::systemEnvironment();
}

void ApiCommand::start(const QStringList &arguments, CliIo &io)
{
    m_io = &io;
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    const QStringList optionPart = separator < 0 ? arguments : arguments.mid(0, separator);
    if (optionPart.contains(QStringLiteral("--help")) || optionPart.contains(QStringLiteral("-h"))) {
        io.out() << usage() << '\n' << ApiCommandOptions::helpText();
        io.flush();
        finish(ExitSuccess);
        return;
    }

    QStringList own = arguments;
    QString error;
    m_options = ApiCommandOptions();
    if (!m_options.parse(own, &error) || !m_options.checkFormat(formats(), &error) || !parseArguments(own, &error)) {
        failUsage(error);
        return;
    }
    connectAndRun();
}

void ApiCommand::connectAndRun()
{
    if (!m_customSources) {
        if (!m_profiles)
            m_profiles = new Api::ProfileStore(this);
        if (!m_secrets) {
            auto *keychain = new Api::KeychainSecretStore(QString(), this);
            keychain->setTimeout(KeychainTimeoutMs);
            m_secrets = keychain;
        }
    }
    QString error;
    const std::optional<Api::ConnectionProfile> profile =
        m_profiles ? m_options.connectionProfile(*m_profiles, &error) : std::nullopt;
    if (!profile) {
        failUsage(error.isEmpty() ? tr("No connection profile is available.") : error);
        return;
    }

    auto *resolver = new Api::CredentialResolver(m_secrets, this);
    resolver->setEnvironment(m_environment);
    auto whenResolved = [this, resolver](const Api::ResolvedConnection &connection) {
        resolver->deleteLater();
        if (!connection.isUsable()) {
            // Nothing to connect with is a setup problem, like a wrong option: exit 2.
            failUsage(connection.errorMessage);
            return;
        }
        std::unique_ptr<Api::Provider> provider = connection.createProvider();
        if (!provider) {
            failUsage(tr("This provider is not supported."));
            return;
        }
        if (const Api::ApiError invalid = provider->validate(); invalid.isError()) {
            failUsage(invalid.userMessage());
            return;
        }
        delete m_client;
        m_client = new Api::ApiClient(std::move(provider), this);
        if (m_configureClient)
            m_configureClient(*m_client);
        run();
    };
    if (profile->name().isEmpty())
        QTimer::singleShot(0, this, [whenResolved, connection = resolver->resolveFromEnvironment(*profile)] { whenResolved(connection); });
    else
        resolver->resolve(*profile, this, whenResolved);
}

void ApiCommand::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    io().out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    io().out().flush();
}

void ApiCommand::failWithApiError(const Api::ApiError &error)
{
    io().err() << displayName() << ": " << error.userMessage() << '\n';
    const QString technical = error.technicalSummary();
    if (!technical.isEmpty() && error.kind == Api::ApiError::Kind::Http)
        io().err() << "  " << technical << '\n';
    io().flush();
    finish(ExitFailure);
}

void ApiCommand::failWith(const QString &message)
{
    io().err() << displayName() << ": " << message << '\n';
    io().flush();
    finish(ExitFailure);
}

void ApiCommand::failUsage(const QString &message)
{
    io().err() << displayName() << ": " << message << '\n'
               << tr("Run '%1 --help' for the options.").arg(displayName()) << '\n';
    io().flush();
    finish(ExitUsage);
}

void ApiCommand::startRequest(Api::ApiRequest *request, std::function<void()> onFinished)
{
    connect(request, &Api::ApiRequest::failed, this, [this](const Api::ApiError &error) { failWithApiError(error); });
    connect(request, &Api::ApiRequest::finished, this, [onFinished = std::move(onFinished)] { onFinished(); });
    request->start();
}

void ApiCommand::startUpload(const QString &path, const QString &purpose,
                             std::function<void(Api::FileUploader *)> onFinished)
{
    auto *uploader = new Api::FileUploader(client(), path, purpose, this);
    connect(uploader, &Api::FileUploader::failed, this, [this, uploader](const Api::ApiError &error) {
        uploader->deleteLater();
        failWithApiError(error);
    });
    connect(uploader, &Api::FileUploader::finished, this, [uploader, onFinished = std::move(onFinished)] {
        uploader->deleteLater();
        onFinished(uploader);
    });
    uploader->start();
}

} // namespace Fts::Cli
