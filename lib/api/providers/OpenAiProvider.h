// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/providers/Provider.h"

namespace Fts::Api {

/** api.openai.com: Bearer key, optional OpenAI-Organization and OpenAI-Project headers. */
class OpenAiProvider : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Api::OpenAiProvider)

public:
    explicit OpenAiProvider(ProviderOptions options);

    static QUrl defaultBaseUrl();

    Kind kind() const override { return Kind::OpenAi; }
    QString id() const override { return QStringLiteral("openai"); }
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;
    QUrl baseUrl() const override;
    void authorize(QNetworkRequest &request) const override;
    ApiError validate() const override;
};

} // namespace Fts::Api
