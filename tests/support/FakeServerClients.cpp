// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeServerClients.h"

namespace Fts::Test {

namespace {

Api::ApiClient *configure(Api::ApiClient *client)
{
    client->setBackoffScale(0.001);
    client->setRandomSource([] { return 0.0; });
    return client;
}

} // namespace

Api::ApiClient *FakeServerClients::create(const FakeOpenAiServer &server, QObject *parent)
{
    Api::ProviderOptions options;
    options.baseUrl = server.baseUrl();
    options.apiKey = server.apiKey();
    const QString id = server.mode() == FakeOpenAiServer::Mode::Azure ? QStringLiteral("azure") : QStringLiteral("openai");
    return configure(new Api::ApiClient(Api::Provider::create(id, options), parent));
}

Api::ApiClient *FakeServerClients::createCompatible(const FakeOpenAiServer &server, QObject *parent)
{
    Api::ProviderOptions options;
    options.baseUrl = server.baseUrl();
    options.apiKey = server.apiKey();
    return configure(new Api::ApiClient(Api::Provider::create(QStringLiteral("compatible"), options), parent));
}

} // namespace Fts::Test
