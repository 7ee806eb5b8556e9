// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/ApiClient.h"

#include <QPointer>
#include <QString>

namespace Fts::Eval {

/**
 * A model and the connection that reaches it (OpenAI, Azure OpenAI or any OpenAI-compatible server). The client
 * is not owned: the caller builds it from a connection profile and keeps it alive for the run.
 */
struct ModelEndpoint
{
    ModelEndpoint() = default;
    ModelEndpoint(Api::ApiClient *client, const QString &model, const QString &profileName = {})
        : client(client)
        , model(model)
        , profileName(profileName)
    {
    }

    QPointer<Api::ApiClient> client;
    QString model;       ///< the model (or Azure deployment) name sent in requests
    QString profileName; ///< the connection profile it came from, for display; may be empty
    /** Set for a stored run reopened without a connection: the key and label it was stored under. */
    QString storedKey;
    QString storedLabel;

    /** What people see: "gpt-4o-mini" or "gpt-4o-mini (work-azure)". */
    QString label() const;
    /**
     * The identity under which answers are stored: provider, base URL and model, since the same model name on
     * another server is another model. Never contains credentials.
     */
    QString storageKey() const;
    bool isValid() const { return client && !model.isEmpty(); }
    /** A reopened past run: answers come from the store only. */
    static ModelEndpoint stored(const QString &key, const QString &label);
};

} // namespace Fts::Eval
