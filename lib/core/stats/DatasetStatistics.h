// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stats/Distribution.h"
#include "core/stats/ExampleTokens.h"
#include "core/tokenizer/BpeEncoding.h"

#include <QCoreApplication>

class QSettings;
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Fts::Core {

class JsonNode;

/**
 * The figures of a whole training file that tell a user, before paying, what a fine-tuning job will see and
 * cost: token totals and distributions, examples that will be truncated, the epoch count "auto" picks and the
 * estimated price. Built by compute() from per-example counts (ChatTokenCounter), following OpenAI's
 * data-preparation cookbook, with the per-model limit and price instead of its fixed constants.
 */
struct DatasetStatistics
{
    Q_DECLARE_TR_FUNCTIONS(DatasetStatistics)
public:
    /** What the figures are computed for. */
    struct Options
    {
        QString model;
        EncodingId encoding = EncodingId::O200kBase;
        qint64 maxTokensPerExample = 65536;
        /** Epochs the user picked; 0 means "auto" (defaultEpochs()). */
        int epochs = 0;
        /** USD per million training tokens; nullopt leaves the cost unknown. */
        std::optional<double> pricePerMillionTokens;
    };

    /** Options for @p model from ModelCatalog and the price table's default (override it with the settings). */
    static Options optionsForModel(const QString &model);
    /** Options for @p model and @p epochs (0: auto) at the user's price (TrainingPriceTable in @p settings). */
    static Options optionsFor(const QString &model, int epochs, QSettings *settings = nullptr);

    struct LineTokens
    {
        int lineNumber = 0; ///< 1-based physical line in the file
        qint64 tokens = 0;
    };

    Options options;
    qint64 examples = 0;           ///< counted examples (lines with messages)
    qint64 uncountedLines = 0;     ///< non-blank lines that are not countable examples (invalid JSON, no messages)
    QList<int> uncountedLineNumbers; ///< their line numbers, first 1000
    qint64 totalTokens = 0;
    qint64 assistantTokens = 0;
    qint64 trainedAssistantTokens = 0;
    qint64 billingTokens = 0;      ///< every example capped at the model's limit
    int defaultEpochs = 0;         ///< what "auto" picks for this many examples
    int epochs = 0;                ///< the epochs the cost is for (options.epochs, or defaultEpochs)
    qint64 chargedTokens = 0;      ///< billingTokens × epochs
    std::optional<double> estimatedCostUsd;
    QList<LineTokens> tooLong;     ///< examples over the limit, in line order
    qint64 missingSystem = 0;
    qint64 missingUser = 0;
    Distribution messagesPerExample;
    Distribution totalTokensPerExample;
    Distribution assistantTokensPerExample;
    /** Total tokens of every counted example, in line order (for histograms). */
    std::vector<qint64> totalTokensByExample;

    /**
     * Aggregates per-example counts; @p lineNumbers[i] is the 1-based line of @p examples[i]. Uncounted
     * entries (status not Counted) are tallied in uncountedLines and left out of every figure.
     */
    static DatasetStatistics compute(const std::vector<ExampleTokens> &examples, const std::vector<int> &lineNumbers,
                                     const Options &options);

    /** The cookbook's rule for "auto": 3 epochs, raised to reach 100 example-passes (at most 25 epochs) or
     *  lowered to stay under 25,000 (at least 1). 0 for an empty file. */
    static int defaultEpochsFor(qint64 exampleCount);

    /** The JSON of `ftstudio stats --format json`, keys in the documented order. */
    JsonNode toJson(const QString &file) const;
    /** The human-readable report of `ftstudio stats`. */
    QString toText(const QString &file) const;

    static constexpr int TargetEpochs = 3;
    static constexpr int MinTargetExamples = 100;
    static constexpr int MaxTargetExamples = 25000;
    static constexpr int MinDefaultEpochs = 1;
    static constexpr int MaxDefaultEpochs = 25;
};

} // namespace Fts::Core
