// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/EvalCommand.h"

#include "api/credentials/CredentialResolver.h"
#include "api/credentials/KeychainSecretStore.h"
#include "api/credentials/ProfileStore.h"
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"
#include "cli/CliIo.h"
#include "eval/evaluation/EvaluationExporter.h"
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/LlmJudge.h"
#include "eval/evaluation/ResultStore.h"
#include "eval/evaluation/TestSetLoader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Fts::Cli {

namespace {

QString percent(double value)
{
    return QStringLiteral("%1%").arg(value * 100.0, 0, 'f', 1);
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    return QStringLiteral("%1m%2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

EvalCommand::EvalCommand(QObject *parent)
    : ApiCommand(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

EvalCommand::~EvalCommand() = default;

QString EvalCommand::summary() const
{
    return tr("Compare two models answer by answer on a held-out test set");
}

void EvalCommand::setCredentialSources(Api::ProfileStore *profiles, Api::SecretStore *secrets,
                                       const QProcessEnvironment &environment)
{
    ApiCommand::setCredentialSources(profiles, secrets, environment);
    m_customSources = profiles != nullptr;
    m_profiles = profiles;
    m_secrets = secrets;
    m_environment = profiles ? environment : QProcessEnvironment::systemEnvironment();
}

QString EvalCommand::usage() const
{
    return tr("Usage: ftstudio eval TEST.jsonl --model-a MODEL --model-b MODEL [options]\n"
              "Sends every example of TEST.jsonl without its last assistant message to both models and scores the\n"
              "answers against that message. Prints accuracy with 95% Wilson intervals, wins (A wrong, B right),\n"
              "regressions (A right, B wrong) and the exact McNemar p-value. Answers are stored, so running the\n"
              "same evaluation again (or after an interruption) only asks for what is missing.\n\n"
              "  --model-a MODEL, --model-b MODEL   the two models (e.g. the base model and the fine-tuned one)\n"
              "  --profile-a NAME, --profile-b NAME connection profile of each model (default: --profile)\n"
              "  --concurrency N                    requests in flight at most (default 8)\n"
              "  --scorer SCORER                    exact (default), normalized, lines, contains, json,\n"
              "                                     regex:PATTERN, or judge (needs --judge-model)\n"
              "  --judge-model MODEL                the model grading answers for --scorer judge\n"
              "  --rubric FILE                      the judge's instructions, with {prompt} {expected} {answer}\n"
              "  --temperature T                    sampling temperature (default 0)\n"
              "  --max-tokens N                     max completion tokens per answer\n"
              "  --seed N                           seed sent with every request (best effort)\n"
              "  --output FILE                      one JSON line per example with both answers and scores\n"
              "  --store FILE                       the result store (default: the one the app uses)\n"
              "  --format text|json                 the summary as text or as one JSON document\n"
              "Exit status: 0 when every example was answered by both models, 1 when calls failed or the run\n"
              "stopped, 2 for wrong arguments or an unreadable test set.\n");
}

bool EvalCommand::parseArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption modelA(QStringLiteral("model-a"), QString(), QStringLiteral("MODEL"));
    const QCommandLineOption modelB(QStringLiteral("model-b"), QString(), QStringLiteral("MODEL"));
    const QCommandLineOption profileA(QStringLiteral("profile-a"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption profileB(QStringLiteral("profile-b"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QString(), QStringLiteral("N"));
    const QCommandLineOption scorer(QStringLiteral("scorer"), QString(), QStringLiteral("SCORER"));
    const QCommandLineOption judgeModel(QStringLiteral("judge-model"), QString(), QStringLiteral("MODEL"));
    const QCommandLineOption rubric(QStringLiteral("rubric"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption temperature(QStringLiteral("temperature"), QString(), QStringLiteral("T"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), QString(), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("N"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("FILE"));
    parser.addOptions({modelA, modelB, profileA, profileB, concurrency, scorer, judgeModel, rubric, temperature,
                       maxTokens, seed, output, store});
    if (!parser.parse(QStringList{name()} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? tr("Name the test set: ftstudio eval TEST.jsonl --model-a M --model-b M.")
                                      : tr("Only one test set can be evaluated at a time.");
        return false;
    }
    m_testSetPath = positional.first();
    m_modelA = parser.value(modelA).trimmed();
    m_modelB = parser.value(modelB).trimmed();
    if (m_modelA.isEmpty() || m_modelB.isEmpty()) {
        *error = tr("Both --model-a and --model-b are required.");
        return false;
    }
    m_profileA = parser.value(profileA);
    m_profileB = parser.value(profileB);
    bool ok = true;
    if (parser.isSet(concurrency)) {
        m_concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 256) {
            *error = tr("--concurrency must be a whole number from 1 to 256.");
            return false;
        }
    }
    const std::optional<Eval::Scorer> parsedScorer = Eval::Scorer::fromSpec(parser.value(scorer).isEmpty()
                                                                                ? QStringLiteral("exact")
                                                                                : parser.value(scorer), error);
    if (!parsedScorer)
        return false;
    m_scorer = *parsedScorer;
    m_judgeModel = parser.value(judgeModel).trimmed();
    m_rubricPath = parser.value(rubric);
    if (m_scorer.isJudge() && m_judgeModel.isEmpty()) {
        *error = tr("--scorer judge needs --judge-model MODEL.");
        return false;
    }
    if (parser.isSet(temperature)) {
        m_settings.temperature = parser.value(temperature).toDouble(&ok);
        if (!ok || m_settings.temperature < 0 || m_settings.temperature > 2) {
            *error = tr("--temperature must be a number from 0 to 2.");
            return false;
        }
    }
    if (parser.isSet(maxTokens)) {
        m_settings.maxCompletionTokens = parser.value(maxTokens).toInt(&ok);
        if (!ok || m_settings.maxCompletionTokens < 1) {
            *error = tr("--max-tokens must be a positive whole number.");
            return false;
        }
    }
    if (parser.isSet(seed)) {
        m_settings.seed = parser.value(seed).toLongLong(&ok);
        if (!ok) {
            *error = tr("--seed must be a whole number.");
            return false;
        }
    }
    m_outputPath = parser.value(output);
    m_storePath = parser.value(store);

    // The test set is read before any key or network is touched: a typo in the path is a usage error.
    m_loader = std::make_unique<Eval::TestSetLoader>();
    if (!m_loader->loadFile(m_testSetPath)) {
        *error = m_loader->problems().constFirst().message;
        return false;
    }
    if (m_loader->examples().isEmpty()) {
        QStringList reasons;
        for (const Eval::TestSetProblem &problem : m_loader->problems().mid(0, 5))
            reasons << problem.message;
        *error = tr("%1 has no usable example.").arg(m_testSetPath)
                 + (reasons.isEmpty() ? QString() : QLatin1Char('\n') + reasons.join(QLatin1Char('\n')));
        return false;
    }
    if (m_scorer.isJudge() && !m_rubricPath.isEmpty()) {
        QFile file(m_rubricPath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the rubric %1: %2").arg(m_rubricPath, file.errorString());
            return false;
        }
        m_scorer = Eval::Scorer(Eval::Scorer::Kind::Judge, QString::fromUtf8(file.readAll()));
    }
    return true;
}

void EvalCommand::resolveSide(const QString &profileName, std::function<void(Api::ApiClient *)> done)
{
    if (profileName.isEmpty() || profileName == options().profileName()) {
        done(client());
        return;
    }
    if (!m_customSources) {
        if (!m_profiles)
            m_profiles = new Api::ProfileStore(this);
        if (!m_secrets)
            m_secrets = new Api::KeychainSecretStore(QString(), this);
    }
    const std::optional<Api::ConnectionProfile> profile = m_profiles ? m_profiles->profile(profileName) : std::nullopt;
    if (!profile) {
        failUsage(tr("There is no connection profile named \"%1\".").arg(profileName));
        return;
    }
    auto *resolver = new Api::CredentialResolver(m_secrets, this);
    resolver->setEnvironment(m_environment);
    resolver->resolve(*profile, this, [this, resolver, done = std::move(done)](const Api::ResolvedConnection &connection) {
        resolver->deleteLater();
        std::unique_ptr<Api::Provider> provider = connection.isUsable() ? connection.createProvider() : nullptr;
        if (!provider) {
            failUsage(connection.isUsable() ? tr("This provider is not supported.") : connection.errorMessage);
            return;
        }
        if (const Api::ApiError invalid = provider->validate(); invalid.isError()) {
            failUsage(invalid.userMessage());
            return;
        }
        auto *sideClient = new Api::ApiClient(std::move(provider), this);
        // The same tuning the shared client got (tests shorten backoff this way).
        sideClient->setBackoffScale(client()->backoffScale());
        done(sideClient);
    });
}

void EvalCommand::run()
{
    for (const Eval::TestSetProblem &problem : m_loader->problems())
        io().err() << displayName() << ": " << tr("skipped: %1").arg(problem.message) << '\n';
    io().flush();
    resolveSide(m_profileA, [this](Api::ApiClient *a) {
        m_clientA = a;
        resolveSide(m_profileB, [this](Api::ApiClient *b) {
            m_clientB = b;
            startRun();
        });
    });
}

void EvalCommand::startRun()
{
    m_store = std::make_unique<Eval::ResultStore>();
    const QString storePath = m_storePath.isEmpty() ? Eval::ResultStore::defaultPath() : m_storePath;
    if (!m_store->open(storePath)) {
        // Without a store the run still works; it just cannot resume.
        io().err() << displayName() << ": " << m_store->errorString() << ' '
                   << tr("Continuing without stored answers.") << '\n';
        m_store.reset();
    }
    m_runner = new Eval::EvaluationRunner(this);
    m_runner->setModels({m_clientA, m_modelA, m_profileA}, {m_clientB, m_modelB, m_profileB});
    m_runner->setSettings(m_settings);
    m_runner->setConcurrency(m_concurrency);
    m_runner->setScorer(m_scorer);
    if (m_scorer.isJudge())
        m_runner->setJudge({client(), m_judgeModel, options().profileName()});
    m_runner->setResultStore(m_store.get());
    connect(m_runner, &Eval::EvaluationRunner::progressChanged, this, &EvalCommand::onProgress);
    connect(m_runner, &Eval::EvaluationRunner::fatalError, this, [this](const QString &message) { m_fatal = message; });
    connect(m_runner, &Eval::EvaluationRunner::finished, this, &EvalCommand::onFinished);
    m_lastProgress.start();
    if (!m_runner->start(m_loader->examples(), m_testSetPath))
        failUsage(tr("The evaluation could not start: check --model-a, --model-b and --judge-model."));
}

void EvalCommand::onProgress(int done, int total, qint64 etaMs)
{
    // A line every few seconds on stderr: enough to see it move, never enough to flood a CI log.
    if (jsonOutput() || m_lastProgress.elapsed() < 5000 || done == total)
        return;
    m_lastProgress.restart();
    io().err() << tr("%1 of %2 examples").arg(done).arg(total)
               << (etaMs >= 0 ? tr(", about %1 left").arg(duration(etaMs)) : QString()) << '\n';
    io().err().flush();
}

void EvalCommand::onFinished()
{
    if (!m_fatal.isEmpty()) {
        failWith(m_fatal);
        return;
    }
    QString error;
    if (!m_outputPath.isEmpty() && !writeOutput(&error)) {
        failWith(error);
        return;
    }
    const Eval::EvaluationSummary summary = m_runner->summary();
    if (jsonOutput())
        printJson(summary.toJson());
    else
        printText();
    io().flush();
    finish(summary.a.failedCalls + summary.b.failedCalls > 0 || summary.examples < summary.total ? ExitFailure : ExitSuccess);
}

bool EvalCommand::writeOutput(QString *error) const
{
    return Eval::EvaluationExporter::writeFile(
        m_outputPath,
        Eval::EvaluationExporter::toJsonl(m_runner->outcomes(), m_runner->modelA().label(), m_runner->modelB().label()),
        error);
}

void EvalCommand::printText()
{
    const Eval::EvaluationSummary s = m_runner->summary();
    QTextStream &out = io().out();
    out << tr("Evaluated %1 of %2 examples with the %3 scorer.").arg(s.examples).arg(s.total).arg(s.scorer) << '\n';
    for (const auto &[letter, side] : {std::pair{QStringLiteral("A"), &s.a}, std::pair{QStringLiteral("B"), &s.b}}) {
        out << tr("%1 %2: %3 correct, accuracy %4 (95% CI %5 to %6)")
                   .arg(letter, side->model)
                   .arg(side->correct)
                   .arg(percent(side->accuracy), percent(side->ci95.first), percent(side->ci95.second))
            << '\n';
        out << "    " << tr("tokens %1 in / %2 out, median latency %3 ms, p95 %4 ms, cost %5")
                            .arg(side->promptTokens).arg(side->completionTokens)
                            .arg(side->medianLatencyMs).arg(side->p95LatencyMs)
                            .arg(side->costUsd ? QStringLiteral("$%1").arg(*side->costUsd, 0, 'f', 4) : tr("unknown"));
        if (side->failedCalls > 0)
            out << ", " << tr("%n call(s) failed", nullptr, side->failedCalls);
        out << '\n';
    }
    out << tr("Wins (A wrong, B right): %1. Regressions (A right, B wrong): %2.").arg(s.wins).arg(s.regressions) << '\n';
    out << tr("Exact McNemar test on the flips: p = %1 (%2).")
               .arg(QString::number(s.pValue, 'g', 4),
                    s.pValue < 0.05 ? tr("the difference is unlikely to be chance")
                                    : tr("not enough evidence that the models differ"))
        << '\n';
    const int fromStore = int(std::count_if(m_runner->outcomes().cbegin(), m_runner->outcomes().cend(),
                                            [](const Eval::ExampleOutcome &o) { return o.a.fromStore; }))
                          + int(std::count_if(m_runner->outcomes().cbegin(), m_runner->outcomes().cend(),
                                              [](const Eval::ExampleOutcome &o) { return o.b.fromStore; }));
    out << tr("%1 requests sent, %2 answers reused from earlier runs, %3.")
               .arg(m_runner->requestsSent()).arg(fromStore).arg(duration(m_runner->elapsedMs()))
        << '\n';
}

} // namespace Fts::Cli
