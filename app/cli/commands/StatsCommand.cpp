// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/StatsCommand.h"

#include "cli/CliIo.h"
#include "core/dataset/JsonNode.h"
#include "core/dataset/JsonlDocument.h"
#include "core/stats/DatasetStatistics.h"
#include "core/stats/DatasetTokenCounter.h"
#include "core/stats/ModelCatalog.h"
#include "core/stats/TrainingPriceTable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace Fts::Cli {

using Core::BpeEncoding;
using Core::DatasetStatistics;
using Core::DatasetTokenCounter;
using Core::ModelCatalog;

StatsCommand::StatsCommand(QObject *parent)
    : CliCommand(parent)
{
}

QString StatsCommand::summary() const
{
    return tr("Count tokens exactly and estimate epochs and cost of a training file");
}

QString StatsCommand::usage() const
{
    return tr("Usage: ftstudio stats FILE [--model MODEL] [--encoding o200k_base|cl100k_base] [--epochs N]\n"
              "                      [--format text|json] [--per-example OUT]\n"
              "Counts the tokens of every example exactly as OpenAI's tokenizer does and reports distributions,\n"
              "examples that would be truncated, the epochs \"auto\" picks and the estimated training cost.\n"
              "  --model MODEL        the model to fine-tune (default %1); sets the encoding, the limit\n"
              "                       per example and the price (prices can be changed in the app's settings)\n"
              "  --encoding NAME      override the model's tokenizer: o200k_base or cl100k_base\n"
              "  --epochs N           price N epochs instead of what \"auto\" would pick\n"
              "  --format text        a readable report (default)\n"
              "  --format json        one JSON object\n"
              "  --per-example OUT    also write line<TAB>total_tokens<TAB>assistant_tokens per example to OUT\n"
              "                       ('-' for standard output); lines are the file's 1-based line numbers\n"
              "Exit status: 0 all examples counted and within the limit, 1 some line not countable or some\n"
              "example too long, 2 unreadable file or wrong arguments.\n")
        .arg(ModelCatalog::defaultModel());
}

void StatsCommand::start(const QStringList &arguments, CliIo &io)
{
    auto fail = [&](const QString &message) {
        io.err() << QStringLiteral("ftstudio stats: ") << message << '\n';
        io.flush();
        finish(ExitUsage);
    };
    QCommandLineParser parser;
    const QCommandLineOption modelOption(QStringLiteral("model"), QString(), QStringLiteral("model"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QString(), QStringLiteral("encoding"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QString(), QStringLiteral("epochs"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                          QStringLiteral("text"));
    const QCommandLineOption perExampleOption(QStringLiteral("per-example"), QString(), QStringLiteral("file"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    for (const QCommandLineOption *option :
         {&modelOption, &encodingOption, &epochsOption, &formatOption, &perExampleOption, &helpOption})
        parser.addOption(*option);
    if (!parser.parse(QStringList{name()} + arguments)) {
        fail(parser.errorText() + QLatin1Char('\n') + usage());
        return;
    }
    if (parser.isSet(helpOption)) {
        io.out() << usage();
        io.flush();
        finish(ExitSuccess);
        return;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        fail(tr("unknown format '%1'; use text or json").arg(format));
        return;
    }
    const QString model = parser.isSet(modelOption) ? parser.value(modelOption).trimmed() : ModelCatalog::defaultModel();
    if (model.isEmpty()) {
        fail(tr("--model needs a model name, e.g. %1").arg(ModelCatalog::defaultModel()));
        return;
    }
    DatasetStatistics::Options options = DatasetStatistics::optionsForModel(model);
    if (parser.isSet(encodingOption)) {
        const auto encoding = BpeEncoding::fromName(parser.value(encodingOption).trimmed());
        if (!encoding) {
            fail(tr("unknown encoding '%1'; use o200k_base or cl100k_base").arg(parser.value(encodingOption)));
            return;
        }
        options.encoding = *encoding;
    }
    if (parser.isSet(epochsOption)) {
        bool ok = false;
        const int epochs = parser.value(epochsOption).toInt(&ok);
        if (!ok || epochs < 1 || epochs > DatasetStatistics::MaxDefaultEpochs) {
            fail(tr("--epochs must be a whole number from 1 to %1, not '%2'")
                     .arg(DatasetStatistics::MaxDefaultEpochs)
                     .arg(parser.value(epochsOption)));
            return;
        }
        options.epochs = epochs;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        fail(files.isEmpty() ? tr("which file? %1").arg(usage())
                             : tr("stats takes one file, got %1").arg(files.size()));
        return;
    }
    const QString &file = files.constFirst();
    if (!ModelCatalog::isKnownFamily(model))
        io.err() << tr("ftstudio stats: warning: unknown model '%1'; assuming %2 and at most %3 tokens per example")
                        .arg(model, BpeEncoding::nameOf(options.encoding))
                        .arg(options.maxTokensPerExample)
                 << '\n';
    {
        Core::TrainingPriceTable prices;
        options.pricePerMillionTokens = prices.pricePerMillionTokens(model);
    }

    Core::JsonlDocument document;
    QString error;
    if (!document.open(file, &error)) {
        fail(error);
        return;
    }
    const DatasetTokenCounter::Result counted = DatasetTokenCounter::count(document, options.encoding);
    const DatasetStatistics statistics = DatasetStatistics::compute(counted.examples, counted.lineNumbers, options);

    if (parser.isSet(perExampleOption)) {
        QByteArray table;
        table.reserve(qsizetype(counted.examples.size()) * 16);
        for (std::size_t i = 0; i < counted.examples.size(); ++i) {
            const Core::ExampleTokens &example = counted.examples[i];
            if (!example.isCounted())
                continue;
            table += QByteArray::number(counted.lineNumbers[i]) + '\t' + QByteArray::number(example.totalTokens)
                   + '\t' + QByteArray::number(example.assistantTokens) + '\n';
        }
        const QString out = parser.value(perExampleOption);
        if (out == QLatin1String("-")) {
            io.out() << QString::fromLatin1(table);
        } else {
            QSaveFile saveFile(out);
            if (!saveFile.open(QIODevice::WriteOnly) || saveFile.write(table) != table.size() || !saveFile.commit()) {
                fail(tr("cannot write %1: %2").arg(out, saveFile.errorString()));
                return;
            }
        }
    }
    if (format == QLatin1String("json"))
        io.out() << QString::fromUtf8(statistics.toJson(file).toJson(Core::JsonNode::Style::Indented)) << '\n';
    else
        io.out() << statistics.toText(file);
    io.flush();
    finish(statistics.uncountedLines > 0 || !statistics.tooLong.isEmpty() ? ExitFailure : ExitSuccess);
}

} // namespace Fts::Cli
