// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokenizer/BpeEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Fts::Core {

/**
 * What the statistics need to know about a model: its tokenizer, how many tokens one training example may
 * have before OpenAI truncates it, and the default training price.
 *
 * Names resolve by family the way tiktoken does (gpt-4o*, gpt-4.1*, o-series → o200k_base; gpt-4*,
 * gpt-3.5* → cl100k_base), so new snapshots of a known family need no update; a fine-tuned model
 * (`ft:BASE:org:suffix:id`) resolves through its base model.
 */
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)
public:
    struct Model
    {
        QString id;
        EncodingId encoding;
        qint64 maxTokensPerExample;
        /** USD per million training tokens; nullopt when OpenAI publishes no per-token price. */
        std::optional<double> trainingPricePerMillionTokens;
    };

    /** The snapshot the statistics assume when the user names no model. */
    static QString defaultModel();
    /** The supervised fine-tuning snapshots, newest families first (for model pickers). */
    static QList<Model> fineTunableModels();
    /** What is known about @p model (any name, including ft: models); family defaults for unknown snapshots. */
    static Model describe(const QString &model);
    /** The base model of a fine-tuned model id, or @p model itself. */
    static QString baseModel(const QString &model);
    static EncodingId encodingForModel(const QString &model);
    /** False for names that match no known family (then o200k_base and 65,536 tokens are assumed). */
    static bool isKnownFamily(const QString &model);
};

} // namespace Fts::Core
