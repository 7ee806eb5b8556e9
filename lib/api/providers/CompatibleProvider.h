// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/providers/Provider.h"

namespace Fts::Api {

/**
 * Any server speaking OpenAI's chat and models endpoints (llama.cpp, vLLM, Ollama, LM Studio…): a base
 * URL, an optional Bearer key, chat and models only. Plain HTTP is accepted to loopback hosts.
 */
class CompatibleProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::CompatibleProvider)

public:
    explicit CompatibleProvider(ProviderOptions options);

    Kind kind() const override { return Kind::Compatible; }
    QString id() const override { return QStringLiteral("compatible"); }
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    void authorize(QNetworkRequest &request) const override;
};

} // namespace Fts::Api
