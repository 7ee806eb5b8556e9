// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/ApiClient.h"
#include "support/FakeOpenAiServer.h"

namespace Fts::Test {

/** Real ApiClients pointed at a FakeOpenAiServer, with backoff compressed so retry tests do not sleep. */
class FakeServerClients
{
public:
    /** OpenAI provider (or Azure in Azure mode) with the server's key; backoff ×0.001, jitter fixed at 0. */
    static Api::ApiClient *create(const FakeOpenAiServer &server, QObject *parent = nullptr);
    static Api::ApiClient *createCompatible(const FakeOpenAiServer &server, QObject *parent = nullptr);
};

} // namespace Fts::Test
