// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/DatasetStatistics.h"

#include "core/dataset/JsonNode.h"
#include "core/stats/ModelCatalog.h"
#include "core/stats/TrainingPriceTable.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace Fts::Core {

namespace {

constexpr int MaxListedLines = 1000;

QString formatNumber(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QString formatCount(qint64 value)
{
    return QLocale().toString(value);
}

QString formatDistributionRow(const QString &label, const Distribution &distribution, int labelWidth)
{
    QString row = label.leftJustified(labelWidth);
    for (double value : {distribution.min, distribution.max, distribution.mean, distribution.median, distribution.p10,
                         distribution.p90})
        row += formatNumber(value, value == qint64(value) ? 0 : 1).rightJustified(11);
    return row;
}

} // namespace

DatasetStatistics::Options DatasetStatistics::optionsForModel(const QString &model)
{
    const ModelCatalog::Model described = ModelCatalog::describe(model);
    Options options;
    options.model = model;
    options.encoding = described.encoding;
    options.maxTokensPerExample = described.maxTokensPerExample;
    options.pricePerMillionTokens = described.trainingPricePerMillionTokens;
    return options;
}

DatasetStatistics::Options DatasetStatistics::optionsFor(const QString &model, int epochs, QSettings *settings)
{
    Options options = optionsForModel(model);
    options.epochs = epochs;
    options.pricePerMillionTokens = TrainingPriceTable(settings).pricePerMillionTokens(model);
    return options;
}

int DatasetStatistics::defaultEpochsFor(qint64 exampleCount)
{
    if (exampleCount <= 0)
        return 0;
    int epochs = TargetEpochs;
    if (exampleCount * TargetEpochs < MinTargetExamples)
        epochs = int(std::min<qint64>(MaxDefaultEpochs, MinTargetExamples / exampleCount));
    else if (exampleCount * TargetEpochs > MaxTargetExamples)
        epochs = int(std::max<qint64>(MinDefaultEpochs, MaxTargetExamples / exampleCount));
    return epochs;
}

DatasetStatistics DatasetStatistics::compute(const std::vector<ExampleTokens> &examples,
                                             const std::vector<int> &lineNumbers, const Options &options)
{
    DatasetStatistics statistics;
    statistics.options = options;
    std::vector<double> messages;
    std::vector<double> totals;
    std::vector<double> assistants;
    messages.reserve(examples.size());
    totals.reserve(examples.size());
    assistants.reserve(examples.size());
    statistics.totalTokensByExample.reserve(examples.size());
    const qint64 limit = options.maxTokensPerExample > 0 ? options.maxTokensPerExample
                                                         : std::numeric_limits<qint64>::max();
    for (std::size_t i = 0; i < examples.size(); ++i) {
        const ExampleTokens &example = examples[i];
        const int lineNumber = i < lineNumbers.size() ? lineNumbers[i] : int(i) + 1;
        if (!example.isCounted()) {
            ++statistics.uncountedLines;
            if (statistics.uncountedLineNumbers.size() < MaxListedLines)
                statistics.uncountedLineNumbers.append(lineNumber);
            continue;
        }
        ++statistics.examples;
        statistics.totalTokens += example.totalTokens;
        statistics.assistantTokens += example.assistantTokens;
        statistics.trainedAssistantTokens += example.trainedAssistantTokens;
        statistics.billingTokens += std::min(limit, example.totalTokens);
        if (example.totalTokens > limit)
            statistics.tooLong.append(LineTokens{lineNumber, example.totalTokens});
        if (!example.hasSystemMessage)
            ++statistics.missingSystem;
        if (!example.hasUserMessage)
            ++statistics.missingUser;
        messages.push_back(double(example.messageCount));
        totals.push_back(double(example.totalTokens));
        assistants.push_back(double(example.assistantTokens));
        statistics.totalTokensByExample.push_back(example.totalTokens);
    }
    statistics.messagesPerExample = Distribution::of(messages);
    statistics.totalTokensPerExample = Distribution::of(totals);
    statistics.assistantTokensPerExample = Distribution::of(assistants);
    statistics.defaultEpochs = defaultEpochsFor(statistics.examples);
    statistics.epochs = options.epochs > 0 ? options.epochs : statistics.defaultEpochs;
    statistics.chargedTokens = statistics.billingTokens * statistics.epochs;
    if (options.pricePerMillionTokens)
        statistics.estimatedCostUsd = double(statistics.chargedTokens) * *options.pricePerMillionTokens / 1.0e6;
    return statistics;
}

JsonNode DatasetStatistics::toJson(const QString &file) const
{
    JsonNode tooLongExamples = JsonNode::array();
    for (const LineTokens &entry : tooLong) {
        JsonNode item = JsonNode::object();
        item.set(QStringLiteral("line"), JsonNode(entry.lineNumber));
        item.set(QStringLiteral("tokens"), JsonNode(entry.tokens));
        tooLongExamples.append(item);
    }
    JsonNode uncounted = JsonNode::array();
    for (int line : uncountedLineNumbers)
        uncounted.append(JsonNode(line));
    JsonNode distributions = JsonNode::object();
    distributions.set(QStringLiteral("messages_per_example"), messagesPerExample.toJson());
    distributions.set(QStringLiteral("total_tokens_per_example"), totalTokensPerExample.toJson());
    distributions.set(QStringLiteral("assistant_tokens_per_example"), assistantTokensPerExample.toJson());

    // The documented keys first, in the documented order; the extras after them.
    JsonNode root = JsonNode::object();
    root.set(QStringLiteral("file"), JsonNode(file));
    root.set(QStringLiteral("examples"), JsonNode(examples));
    root.set(QStringLiteral("encoding"), JsonNode(BpeEncoding::nameOf(options.encoding)));
    root.set(QStringLiteral("model"), JsonNode(options.model));
    root.set(QStringLiteral("total_tokens"), JsonNode(totalTokens));
    root.set(QStringLiteral("assistant_tokens"), JsonNode(assistantTokens));
    root.set(QStringLiteral("billing_tokens"), JsonNode(billingTokens));
    root.set(QStringLiteral("default_epochs"), JsonNode(defaultEpochs));
    root.set(QStringLiteral("charged_tokens"), JsonNode(chargedTokens));
    root.set(QStringLiteral("estimated_cost_usd"), estimatedCostUsd ? JsonNode(*estimatedCostUsd) : JsonNode());
    root.set(QStringLiteral("too_long"), JsonNode(qint64(tooLong.size())));
    root.set(QStringLiteral("missing_system"), JsonNode(missingSystem));
    root.set(QStringLiteral("missing_user"), JsonNode(missingUser));
    root.set(QStringLiteral("distributions"), distributions);
    root.set(QStringLiteral("trained_assistant_tokens"), JsonNode(trainedAssistantTokens));
    root.set(QStringLiteral("epochs"), JsonNode(epochs));
    root.set(QStringLiteral("price_per_million_tokens_usd"),
             options.pricePerMillionTokens ? JsonNode(*options.pricePerMillionTokens) : JsonNode());
    root.set(QStringLiteral("max_tokens_per_example"), JsonNode(options.maxTokensPerExample));
    root.set(QStringLiteral("too_long_examples"), tooLongExamples);
    root.set(QStringLiteral("uncounted_lines"), JsonNode(uncountedLines));
    root.set(QStringLiteral("uncounted_line_numbers"), uncounted);
    return root;
}

QString DatasetStatistics::toText(const QString &file) const
{
    QString text;
    auto line = [&text](const QString &content = QString()) { text += content + QLatin1Char('\n'); };
    line(tr("File: %1").arg(file));
    line(tr("Model: %1 (%2, at most %3 tokens per example)")
             .arg(options.model, BpeEncoding::nameOf(options.encoding), formatCount(options.maxTokensPerExample)));
    line(tr("Examples: %1").arg(formatCount(examples)));
    if (uncountedLines > 0) {
        QStringList numbers;
        for (int number : uncountedLineNumbers.mid(0, 10))
            numbers.append(QString::number(number));
        line(tr("Not counted: %n line(s) without a readable chat example (line %1%2); run 'ftstudio check' for details.",
                nullptr, int(uncountedLines))
                 .arg(numbers.join(QLatin1String(", ")), uncountedLines > 10 ? QStringLiteral(", …") : QString()));
    }
    line(tr("Tokens: %1 in total, %2 in assistant messages (%3 trained)")
             .arg(formatCount(totalTokens), formatCount(assistantTokens), formatCount(trainedAssistantTokens)));
    line();

    const QString labels[] = {tr("messages per example"), tr("total tokens per example"),
                              tr("assistant tokens per example")};
    int labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max(labelWidth, int(label.size()) + 2);
    QString header = tr("Distribution").leftJustified(labelWidth);
    for (const QString &column : {tr("min"), tr("max"), tr("mean"), tr("median"), tr("p10"), tr("p90")})
        header += column.rightJustified(11);
    line(header);
    line(formatDistributionRow(labels[0], messagesPerExample, labelWidth));
    line(formatDistributionRow(labels[1], totalTokensPerExample, labelWidth));
    line(formatDistributionRow(labels[2], assistantTokensPerExample, labelWidth));
    line();

    line(tr("Examples missing a system message: %1").arg(formatCount(missingSystem)));
    line(tr("Examples missing a user message: %1").arg(formatCount(missingUser)));
    if (tooLong.isEmpty()) {
        line(tr("No example is over the limit of %1 tokens.").arg(formatCount(options.maxTokensPerExample)));
    } else {
        line(tr("%n example(s) over the limit of %1 tokens will be truncated, losing their ending:", nullptr,
                int(tooLong.size()))
                 .arg(formatCount(options.maxTokensPerExample)));
        for (const LineTokens &entry : tooLong.mid(0, 20))
            line(tr("  line %1: %2 tokens").arg(entry.lineNumber).arg(formatCount(entry.tokens)));
        if (tooLong.size() > 20)
            line(tr("  … and %n more", nullptr, int(tooLong.size() - 20)));
    }
    line();
    line(tr("Billing tokens: %1 (each example capped at the limit)").arg(formatCount(billingTokens)));
    line(options.epochs > 0 ? tr("Epochs: %1 (chosen; auto would pick %2)").arg(epochs).arg(defaultEpochs)
                            : tr("Epochs: %1 (what \"auto\" picks for %2 examples)").arg(epochs).arg(formatCount(examples)));
    line(tr("Charged tokens: %1").arg(formatCount(chargedTokens)));
    if (estimatedCostUsd)
        line(tr("Estimated cost: $%1 at $%2 per million training tokens")
                 .arg(formatNumber(*estimatedCostUsd, 2), formatNumber(*options.pricePerMillionTokens, 2)));
    else
        line(tr("Estimated cost: unknown, no training price for %1 (set one in the settings)").arg(options.model));
    return text;
}

} // namespace Fts::Core
