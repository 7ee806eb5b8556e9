// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/ModelCatalog.h"

namespace Fts::Core {

namespace {

struct Family
{
    const char *prefix;
    EncodingId encoding;
    qint64 maxTokensPerExample;
    double trainingPricePerMillionTokens; // < 0: no published per-token price
};

/*
 * Longest prefixes first: "gpt-4o-mini" before "gpt-4o" before "gpt-4". Limits from OpenAI's fine-tuning guide
 * (65,536 for the gpt-4o and gpt-4.1 families, 16,385 for gpt-3.5-turbo-0125/-1106, 4,096 for -0613); prices
 * in USD per million training tokens from OpenAI's price list (the guide's example: 100k tokens × 3 epochs
 * ≈ $0.90 on gpt-4o-mini). Users override prices in the settings (TrainingPriceTable).
 */
constexpr Family Families[] = {
    {"gpt-4o-mini", EncodingId::O200kBase, 65536, 3.00},
    {"gpt-4o", EncodingId::O200kBase, 65536, 25.00},
    {"chatgpt-4o", EncodingId::O200kBase, 65536, -1},
    {"gpt-4.1-nano", EncodingId::O200kBase, 65536, 1.50},
    {"gpt-4.1-mini", EncodingId::O200kBase, 65536, 5.00},
    {"gpt-4.1", EncodingId::O200kBase, 65536, 25.00},
    {"gpt-4.5", EncodingId::O200kBase, 65536, -1},
    {"gpt-5", EncodingId::O200kBase, 65536, -1},
    {"o1", EncodingId::O200kBase, 65536, -1},
    {"o3", EncodingId::O200kBase, 65536, -1},
    {"o4", EncodingId::O200kBase, 65536, -1},
    {"gpt-3.5-turbo-0613", EncodingId::Cl100kBase, 4096, 8.00},
    {"gpt-3.5-turbo", EncodingId::Cl100kBase, 16385, 8.00},
    {"gpt-35-turbo", EncodingId::Cl100kBase, 16385, 8.00}, // Azure's spelling
    {"gpt-4", EncodingId::Cl100kBase, 8192, -1},
};

const Family *familyOf(const QString &model)
{
    const QString base = ModelCatalog::baseModel(model).toLower();
    for (const Family &family : Families) {
        const QLatin1String prefix(family.prefix);
        if (!base.startsWith(prefix))
            continue;
        // "o1" must not claim "o1x"; a family name is followed by its end, '-' or '.'.
        if (base.size() == prefix.size() || base.at(prefix.size()) == QLatin1Char('-')
            || base.at(prefix.size()) == QLatin1Char('.') || !prefix.startsWith(QLatin1Char('o')))
            return &family;
    }
    return nullptr;
}

ModelCatalog::Model modelFrom(const QString &id, const Family *family)
{
    if (!family)
        return ModelCatalog::Model{id, EncodingId::O200kBase, 65536, std::nullopt};
    return ModelCatalog::Model{id, family->encoding, family->maxTokensPerExample,
                               family->trainingPricePerMillionTokens < 0
                                   ? std::nullopt
                                   : std::optional<double>(family->trainingPricePerMillionTokens)};
}

} // namespace

QString ModelCatalog::defaultModel()
{
    return QStringLiteral("gpt-4o-mini-2024-07-18");
}

QList<ModelCatalog::Model> ModelCatalog::fineTunableModels()
{
    QList<Model> models;
    for (const char *id : {"gpt-4.1-2025-04-14", "gpt-4.1-mini-2025-04-14", "gpt-4.1-nano-2025-04-14",
                           "gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "gpt-3.5-turbo-0125", "gpt-3.5-turbo-1106",
                           "gpt-3.5-turbo-0613", "gpt-4-0613"})
        models.append(describe(QString::fromLatin1(id)));
    return models;
}

ModelCatalog::Model ModelCatalog::describe(const QString &model)
{
    return modelFrom(model, familyOf(model));
}

QString ModelCatalog::baseModel(const QString &model)
{
    const QString trimmed = model.trimmed();
    if (!trimmed.startsWith(QLatin1String("ft:")))
        return trimmed;
    // ft:gpt-4o-mini-2024-07-18:org-name::AbC123 — the base model is the second field.
    return trimmed.section(QLatin1Char(':'), 1, 1);
}

EncodingId ModelCatalog::encodingForModel(const QString &model)
{
    return describe(model).encoding;
}

bool ModelCatalog::isKnownFamily(const QString &model)
{
    return familyOf(model) != nullptr;
}

} // namespace Fts::Core
