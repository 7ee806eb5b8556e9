// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/JobsCommand.h"

#include "api/resources/FileContentRequest.h"
#include "api/resources/FileUploader.h"
#include "api/resources/FineTuningJob.h"
#include "api/resources/JobActionRequest.h"
#include "api/resources/JobCheckpointsRequest.h"
#include "api/resources/JobCreateRequest.h"
#include "api/resources/JobEvent.h"
#include "api/resources/JobEventPoller.h"
#include "api/resources/JobEventsRequest.h"
#include "api/resources/JobListRequest.h"
#include "api/resources/JobRetrieveRequest.h"
#include "api/transport/ApiClient.h"
#include "cli/CliIo.h"
#include "cli/TextTable.h"
#include "core/dataset/JsonlDocument.h"
#include "core/validation/DatasetValidator.h"
#include "eval/metrics/CheckpointRecord.h"
#include "eval/metrics/MetricCsv.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace Fts::Cli {

using Api::FineTuningJob;
using Eval::MetricPoint;

namespace {

constexpr int MaxIssuesShown = 20;
constexpr int EventPageSize = 100;

// Order of the metric columns: the event keys as OpenAI reports them.
const MetricPoint::Kind s_metricOrder[] = {
    MetricPoint::Kind::TrainLoss, MetricPoint::Kind::TrainAccuracy, MetricPoint::Kind::ValidLoss,
    MetricPoint::Kind::ValidAccuracy, MetricPoint::Kind::FullValidLoss, MetricPoint::Kind::FullValidAccuracy,
};

bool looksLikePath(const QString &value)
{
    return value.contains(QLatin1Char('/')) || value.contains(QLatin1Char('\\'))
        || value.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        || value.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

JobsCommand::JobsCommand(QObject *parent)
    : ApiCommand(parent)
{
}

QString JobsCommand::summary() const
{
    return tr("Create, follow and control fine-tuning jobs");
}

QString JobsCommand::usage() const
{
    return tr("Usage: ftstudio jobs create --model M --training-file PATH_OR_ID [--validation-file PATH_OR_ID]\n"
              "                            [--method supervised|dpo] [--epochs N|auto] [--batch-size N|auto]\n"
              "                            [--lr-multiplier X|auto] [--beta X|auto] [--suffix S] [--seed N]\n"
              "                            [--metadata KEY=VALUE]...\n"
              "       ftstudio jobs list [--limit N] [--after JOB_ID]\n"
              "       ftstudio jobs show JOB_ID\n"
              "       ftstudio jobs events JOB_ID [--limit N]\n"
              "       ftstudio jobs watch JOB_ID [--interval SECONDS]\n"
              "       ftstudio jobs metrics JOB_ID [--format csv|json]\n"
              "       ftstudio jobs cancel|pause|resume JOB_ID\n"
              "A local training or validation file is checked with the default rules first (errors stop the\n"
              "command, nothing is uploaded) and then uploaded. 'watch' prints one line per new event until the\n"
              "job ends and exits 0 when it succeeded, 1 when it failed or was cancelled. 'metrics' prints the\n"
              "merged metric series (events while running; checkpoints and the result file once done).\n");
}

QStringList JobsCommand::formats() const
{
    // csv only means something for metrics; parseArguments() refuses it elsewhere.
    return {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")};
}

bool JobsCommand::parseArguments(const QStringList &arguments, QString *error)
{
    const QString action = arguments.value(0);
    static const QHash<QString, Action> actions = {
        {QStringLiteral("create"), Action::Create}, {QStringLiteral("list"), Action::List},
        {QStringLiteral("show"), Action::Show},     {QStringLiteral("events"), Action::Events},
        {QStringLiteral("watch"), Action::Watch},   {QStringLiteral("metrics"), Action::Metrics},
        {QStringLiteral("cancel"), Action::Cancel}, {QStringLiteral("pause"), Action::Pause},
        {QStringLiteral("resume"), Action::Resume},
    };
    if (action.isEmpty()) {
        *error = tr("Say what to do: create, list, show, events, watch, metrics, cancel, pause or resume.");
        return false;
    }
    if (!actions.contains(action)) {
        *error = tr("Unknown action \"%1\": use create, list, show, events, watch, metrics, cancel, pause or resume.")
                     .arg(action);
        return false;
    }
    m_action = actions.value(action);
    if (options().format() == QLatin1String("csv") && m_action != Action::Metrics) {
        *error = tr("--format csv is only for \"jobs metrics\".");
        return false;
    }
    if (m_action == Action::Create)
        return parseCreate(arguments.mid(1), error);

    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption after(QStringLiteral("after"), QString(), QStringLiteral("JOB_ID"));
    const QCommandLineOption interval(QStringLiteral("interval"), QString(), QStringLiteral("SECONDS"));
    parser.addOptions({limit, after, interval});
    if (!parser.parse(QStringList{name()} + arguments.mid(1))) {
        *error = parser.errorText();
        return false;
    }
    const bool limitApplies = m_action == Action::List || m_action == Action::Events;
    for (const auto &[option, applies] : {std::pair{&limit, limitApplies}, std::pair{&after, m_action == Action::List},
                                          std::pair{&interval, m_action == Action::Watch}}) {
        if (parser.isSet(*option) && !applies) {
            *error = tr("--%1 does not apply to \"jobs %2\".").arg(option->names().constFirst(), action);
            return false;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (m_action == Action::List) {
        if (!positional.isEmpty()) {
            *error = tr("\"jobs list\" takes no JOB_ID.");
            return false;
        }
    } else if (positional.size() != 1 || positional.first().trimmed().isEmpty()) {
        *error = tr("\"jobs %1\" needs exactly one JOB_ID.").arg(action);
        return false;
    }
    m_jobId = positional.value(0).trimmed();
    m_after = parser.isSet(after) ? parser.value(after) : QString();
    m_limit = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        m_limit = parser.value(limit).toInt(&ok);
        if (!ok || m_limit < 1 || m_limit > 10000) {
            *error = tr("--limit must be a whole number from 1 to 10000.");
            return false;
        }
    }
    if (parser.isSet(interval)) {
        bool ok = false;
        const double seconds = parser.value(interval).toDouble(&ok);
        if (!ok || seconds < 0.01 || seconds > 3600) {
            *error = tr("--interval must be a number of seconds from 0.01 to 3600.");
            return false;
        }
        m_watchIntervalMs = int(seconds * 1000);
    }
    return true;
}

bool JobsCommand::parseCreate(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption model(QStringLiteral("model"), QString(), QStringLiteral("M"));
    const QCommandLineOption training(QStringLiteral("training-file"), QString(), QStringLiteral("PATH_OR_ID"));
    const QCommandLineOption validation(QStringLiteral("validation-file"), QString(), QStringLiteral("PATH_OR_ID"));
    const QCommandLineOption method(QStringLiteral("method"), QString(), QStringLiteral("METHOD"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QString(), QStringLiteral("N"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"), QString(), QStringLiteral("N"));
    const QCommandLineOption lrMultiplier(QStringLiteral("lr-multiplier"), QString(), QStringLiteral("X"));
    const QCommandLineOption beta(QStringLiteral("beta"), QString(), QStringLiteral("X"));
    const QCommandLineOption suffix(QStringLiteral("suffix"), QString(), QStringLiteral("S"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("N"));
    const QCommandLineOption metadata(QStringLiteral("metadata"), QString(), QStringLiteral("KEY=VALUE"));
    parser.addOptions({model, training, validation, method, epochs, batchSize, lrMultiplier, beta, suffix, seed, metadata});
    if (!parser.parse(QStringList{name()} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst());
        return false;
    }
    if (!parser.isSet(model) || !parser.isSet(training)) {
        *error = tr("\"jobs create\" needs --model and --training-file.");
        return false;
    }
    m_params = Api::JobCreateParams();
    m_params.model = parser.value(model).trimmed();
    if (parser.isSet(method)) {
        const auto parsed = Api::JobCreateParams::methodFromName(parser.value(method).trimmed().toLower());
        if (!parsed) {
            *error = tr("Unknown method \"%1\": use supervised or dpo.").arg(parser.value(method));
            return false;
        }
        m_params.method = *parsed;
    }
    auto hyperparameter = [&](const QCommandLineOption &option, std::optional<Api::Hyperparameter> &target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        target = Api::Hyperparameter::fromString(parser.value(option), &ok);
        if (!ok)
            *error = tr("--%1 must be a number or auto (it is \"%2\").").arg(option.names().constFirst(), parser.value(option));
        return ok;
    };
    if (!hyperparameter(epochs, m_params.epochs) || !hyperparameter(batchSize, m_params.batchSize)
        || !hyperparameter(lrMultiplier, m_params.learningRateMultiplier) || !hyperparameter(beta, m_params.beta))
        return false;
    m_params.suffix = parser.value(suffix);
    if (parser.isSet(seed)) {
        bool ok = false;
        m_params.seed = parser.value(seed).toLongLong(&ok);
        if (!ok) {
            *error = tr("--seed must be a whole number (it is \"%1\").").arg(parser.value(seed));
            return false;
        }
    }
    for (const QString &entry : parser.values(metadata)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = tr("--metadata takes KEY=VALUE (it is \"%1\").").arg(entry);
            return false;
        }
        m_params.metadata.insert(entry.left(equals), entry.mid(equals + 1));
    }

    // A local file is checked and uploaded; anything else is taken for a file id the provider knows.
    auto fileArgument = [&](const QCommandLineOption &option, QString &path, QString &id) {
        const QString value = parser.value(option).trimmed();
        path.clear();
        id.clear();
        if (value.isEmpty())
            return true;
        const QFileInfo info(value);
        if (info.isFile()) {
            path = info.absoluteFilePath();
            id = QStringLiteral("(%1)").arg(info.fileName()); // stands in until uploaded, for validate()
            return true;
        }
        if (info.exists() || looksLikePath(value)) {
            *error = tr("There is no file \"%1\" (and it does not look like a file id).").arg(value);
            return false;
        }
        id = value;
        return true;
    };
    if (!fileArgument(training, m_trainingPath, m_params.trainingFile)
        || !fileArgument(validation, m_validationPath, m_params.validationFile))
        return false;
    if (!m_trainingPath.isEmpty() && m_trainingPath == m_validationPath) {
        *error = tr("The validation file must not be the training file.");
        return false;
    }
    // Every rule the API enforces is checked now, before a dataset is read or a byte uploaded.
    if (const Api::ApiError invalid = m_params.validate(); invalid.isError()) {
        *error = invalid.userMessage();
        return false;
    }
    return true;
}

void JobsCommand::run()
{
    switch (m_action) {
    case Action::Create:
        if (!m_trainingPath.isEmpty() && !checkLocalFile(m_trainingPath, tr("training")))
            return;
        if (!m_validationPath.isEmpty() && !checkLocalFile(m_validationPath, tr("validation")))
            return;
        uploadNextLocalFile();
        break;
    case Action::List:
        list();
        break;
    case Action::Show:
        show();
        break;
    case Action::Events:
        m_events = {};
        fetchEvents(QString());
        break;
    case Action::Watch:
        watch();
        break;
    case Action::Metrics:
        m_history.clear();
        m_events = {};
        metricsFetchJob();
        break;
    case Action::Cancel:
    case Action::Pause:
    case Action::Resume:
        act();
        break;
    }
}

bool JobsCommand::checkLocalFile(const QString &path, const QString &role)
{
    Core::JsonlDocument document;
    QString openError;
    if (!document.open(path, &openError)) {
        failWith(tr("Cannot read the %1 file %2: %3").arg(role, path, openError));
        return false;
    }
    const Core::ValidationReport report = Core::DatasetValidator().validate(document);
    const QString fileName = QFileInfo(path).fileName();
    if (report.hasErrors()) {
        int shown = 0;
        for (const Core::ValidationIssue &issue : report.issues) {
            if (!issue.isError())
                continue;
            if (shown++ == MaxIssuesShown)
                break;
            io().err() << fileName << ": " << issue.fullMessage() << '\n';
        }
        const int errors = report.errorCount();
        if (errors > MaxIssuesShown)
            io().err() << tr("… and %n more error(s).", nullptr, errors - MaxIssuesShown) << '\n';
        failWith(tr("The %1 file %2 has %n error(s); nothing was uploaded. Run 'ftstudio check %2' for the full "
                    "report.", nullptr, errors).arg(role, path));
        return false;
    }
    const Core::DatasetFormat expected = m_params.method == Api::JobCreateParams::Method::Dpo
        ? Core::DatasetFormat::Preference
        : Core::DatasetFormat::Chat;
    if (report.format != expected) {
        failWith(tr("The %1 file %2 is in %3 format, but %4 training needs %5 examples; nothing was uploaded.")
                     .arg(role, path, Core::DatasetFormats::displayName(report.format),
                          Api::JobCreateParams::methodName(m_params.method), Core::DatasetFormats::displayName(expected)));
        return false;
    }
    if (report.warningCount() > 0 && !jsonOutput())
        io().err() << tr("%1: %n warning(s), uploading anyway.", nullptr, report.warningCount()).arg(fileName) << '\n';
    return true;
}

void JobsCommand::uploadNextLocalFile()
{
    QString *path = !m_trainingPath.isEmpty() ? &m_trainingPath : !m_validationPath.isEmpty() ? &m_validationPath : nullptr;
    if (!path) {
        createJob();
        return;
    }
    QString *id = path == &m_trainingPath ? &m_params.trainingFile : &m_params.validationFile;
    if (!jsonOutput())
        io().err() << tr("Uploading %1…").arg(QFileInfo(*path).fileName()) << '\n';
    io().flush();
    startUpload(*path, QStringLiteral("fine-tune"), [this, path, id](Api::FileUploader *uploader) {
        *id = uploader->file().id;
        if (!jsonOutput())
            io().err() << tr("Uploaded %1 as %2.").arg(QFileInfo(*path).fileName(), *id) << '\n';
        path->clear();
        uploadNextLocalFile();
    });
}

void JobsCommand::createJob()
{
    auto *request = new Api::JobCreateRequest(client(), m_params, this);
    startRequest(request, [this, request] {
        const FineTuningJob &job = request->job();
        if (jsonOutput()) {
            printJson(job.raw.isEmpty() ? request->json() : job.raw);
        } else {
            io().out() << tr("Created job %1 (%2) to fine-tune %3.").arg(job.id, job.statusDisplayText(), job.model) << '\n'
                       << tr("Follow it with: ftstudio jobs watch %1").arg(job.id) << '\n';
        }
        finish(ExitSuccess);
    });
}

void JobsCommand::list()
{
    auto *request = new Api::JobListRequest(client(), m_after, m_limit > 0 ? m_limit : 20, {}, this);
    startRequest(request, [this, request] {
        if (jsonOutput()) {
            printJson(request->json());
        } else if (request->page().data.isEmpty()) {
            io().out() << tr("No fine-tuning jobs.") << '\n';
        } else {
            TextTable table({tr("ID"), tr("STATUS"), tr("CREATED"), tr("MODEL"), tr("FINE-TUNED MODEL")});
            for (const FineTuningJob &job : request->page().data)
                table.addRow({job.id, job.statusDisplayText(), TextTable::timestamp(job.createdAt), job.model,
                              job.fineTunedModel.isEmpty() ? QStringLiteral("-") : job.fineTunedModel});
            table.print(io().out());
            if (request->page().hasMore)
                io().out() << tr("More jobs: ftstudio jobs list --after %1").arg(request->page().nextAfter()) << '\n';
        }
        finish(ExitSuccess);
    });
}

void JobsCommand::show()
{
    auto *request = new Api::JobRetrieveRequest(client(), m_jobId, this);
    startRequest(request, [this, request] {
        if (jsonOutput())
            printJson(request->json());
        else
            printJob(request->job());
        finish(ExitSuccess);
    });
}

void JobsCommand::printJob(const FineTuningJob &job)
{
    QList<QPair<QString, QString>> rows = {
        {tr("Job"), job.id},
        {tr("Status"), job.statusDisplayText()},
        {tr("Model"), job.model},
        {tr("Fine-tuned model"), job.fineTunedModel.isEmpty() ? QStringLiteral("-") : job.fineTunedModel},
        {tr("Method"), job.methodType.isEmpty() ? QStringLiteral("supervised") : job.methodType},
        {tr("Training file"), job.trainingFile},
        {tr("Validation file"), job.validationFile.isEmpty() ? QStringLiteral("-") : job.validationFile},
        {tr("Created"), TextTable::timestamp(job.createdAt)},
    };
    if (job.finishedAt)
        rows.append({tr("Finished"), TextTable::timestamp(*job.finishedAt)});
    if (job.estimatedFinish && !job.isTerminal())
        rows.append({tr("Estimated finish"), TextTable::timestamp(*job.estimatedFinish)});
    if (!job.suffix.isEmpty())
        rows.append({tr("Suffix"), job.suffix});
    if (job.seed)
        rows.append({tr("Seed"), QString::number(*job.seed)});
    QStringList hyperparameters;
    for (auto it = job.hyperparameters.begin(); it != job.hyperparameters.end(); ++it) {
        const QJsonValue value = it.value();
        hyperparameters.append(it.key() + QLatin1Char('=')
                               + (value.isDouble() ? number(value.toDouble()) : value.toVariant().toString()));
    }
    if (!hyperparameters.isEmpty())
        rows.append({tr("Hyperparameters"), hyperparameters.join(QStringLiteral(", "))});
    if (job.trainedTokens)
        rows.append({tr("Trained tokens"), QLocale().toString(*job.trainedTokens)});
    if (!job.resultFiles.isEmpty())
        rows.append({tr("Result files"), job.resultFiles.join(QStringLiteral(", "))});
    if (job.hasError()) {
        QString text = job.error.message.isEmpty() ? tr("(no message)") : job.error.message;
        if (!job.error.code.isEmpty())
            text += QStringLiteral(" [%1]").arg(job.error.code);
        if (!job.error.param.isEmpty())
            text += QLatin1Char(' ') + tr("(field \"%1\")").arg(job.error.param);
        rows.append({tr("Error"), text});
    }
    for (auto it = job.metadata.begin(); it != job.metadata.end(); ++it)
        rows.append({tr("Metadata %1").arg(it.key()), it.value()});
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    for (const auto &row : rows)
        io().out() << QString(row.first + QLatin1Char(':')).leftJustified(width + 2) << row.second << '\n';
}

QString JobsCommand::formatEvent(const Api::JobEvent &event)
{
    const QString time = event.createdAt > 0
        ? QDateTime::fromSecsSinceEpoch(event.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : QStringLiteral("-");
    return QStringLiteral("%1  %2  %3").arg(time, event.level.leftJustified(5), event.message);
}

void JobsCommand::fetchEvents(const QString &after)
{
    const int remaining = m_limit > 0 ? m_limit - int(m_events.size()) : EventPageSize;
    auto *request = new Api::JobEventsRequest(client(), m_jobId, after, qMin(EventPageSize, remaining), this);
    startRequest(request, [this, request, after] {
        for (const QJsonValue &event : request->json().value(QLatin1String("data")).toArray())
            m_events.append(event);
        const bool wantMore = m_limit <= 0 || m_events.size() < m_limit;
        const QString next = request->page().nextAfter();
        if (request->page().hasMore && wantMore && !next.isEmpty() && next != after) {
            fetchEvents(next);
            return;
        }
        if (jsonOutput()) {
            printJson(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                  {QStringLiteral("data"), m_events},
                                  {QStringLiteral("has_more"), request->page().hasMore && !wantMore}});
        } else if (m_events.isEmpty()) {
            io().out() << tr("No events yet.") << '\n';
        } else {
            // The API pages newest first; a log reads oldest first.
            for (qsizetype i = m_events.size() - 1; i >= 0; --i)
                io().out() << formatEvent(Api::JobEvent::fromJson(m_events.at(i).toObject())) << '\n';
        }
        finish(ExitSuccess);
    });
}

void JobsCommand::watch()
{
    auto *poller = new Api::JobEventPoller(client(), m_jobId, this);
    poller->setIntervalMs(m_watchIntervalMs);
    poller->setPageSize(EventPageSize);
    poller->setFollowJob(true);
    auto lastStatus = std::make_shared<QString>();
    connect(poller, &Api::JobEventPoller::eventsReceived, this, [this](const QList<Api::JobEvent> &events) {
        for (const Api::JobEvent &event : events) {
            m_events.append(event.raw);
            if (!jsonOutput())
                io().out() << formatEvent(event) << '\n';
        }
        io().out().flush();
    });
    connect(poller, &Api::JobEventPoller::jobUpdated, this, [this, lastStatus](const FineTuningJob &job) {
        if (job.statusText == *lastStatus)
            return;
        *lastStatus = job.statusText;
        if (!jsonOutput()) {
            io().err() << tr("%1: %2").arg(job.id, job.statusDisplayText()) << '\n';
            io().err().flush();
        }
    });
    connect(poller, &Api::JobEventPoller::pollFailed, this, [this, poller](const Api::ApiError &error) {
        // A job that does not exist, or a key that is refused, will not get better by polling again.
        const bool permanent = error.kind == Api::ApiError::Kind::InvalidRequest
            || (error.kind == Api::ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500
                && error.httpStatus != 408 && error.httpStatus != 409 && error.httpStatus != 429);
        if (permanent) {
            poller->stop();
            failWithApiError(error);
            return;
        }
        io().err() << tr("Polling failed, trying again: %1").arg(error.userMessage()) << '\n';
        io().err().flush();
    });
    connect(poller, &Api::JobEventPoller::jobFinished, this, [this, poller](const FineTuningJob &job) {
        poller->stop();
        const bool succeeded = job.status == FineTuningJob::Status::Succeeded;
        if (jsonOutput()) {
            printJson(QJsonObject{{QStringLiteral("job"), job.raw}, {QStringLiteral("events"), m_events}});
        } else if (succeeded) {
            io().out() << tr("Job %1 succeeded: %2").arg(job.id, job.fineTunedModel) << '\n';
        } else {
            QString line = tr("Job %1 ended: %2").arg(job.id, job.statusDisplayText());
            if (job.hasError() && !job.error.message.isEmpty())
                line += QStringLiteral(" (%1)").arg(job.error.message);
            io().out() << line << '\n';
        }
        io().flush();
        finish(succeeded ? ExitSuccess : ExitFailure);
    });
    m_events = {};
    poller->start();
}

void JobsCommand::metricsFetchJob()
{
    auto *request = new Api::JobRetrieveRequest(client(), m_jobId, this);
    startRequest(request, [this, request] {
        const FineTuningJob &job = request->job();
        m_jobTerminal = job.isTerminal();
        m_resultFiles = job.resultFiles;
        const QJsonValue epochs = job.hyperparameters.value(QLatin1String("n_epochs"));
        if (epochs.isDouble())
            m_history.setEpochCount(epochs.toInt());
        metricsFetchEvents(QString());
    });
}

void JobsCommand::metricsFetchEvents(const QString &after)
{
    auto *request = new Api::JobEventsRequest(client(), m_jobId, after, EventPageSize, this);
    startRequest(request, [this, request, after] {
        m_history.mergeEventPage(request->json().value(QLatin1String("data")).toArray());
        const QString next = request->page().nextAfter();
        if (request->page().hasMore && !next.isEmpty() && next != after) {
            metricsFetchEvents(next);
            return;
        }
        if (m_jobTerminal)
            metricsFetchCheckpoints(QString());
        else
            printMetrics();
    });
}

void JobsCommand::metricsFetchCheckpoints(const QString &after)
{
    auto *request = new Api::JobCheckpointsRequest(client(), m_jobId, after, 100, this);
    startRequest(request, [this, request, after] {
        m_history.mergeCheckpointPage(request->json().value(QLatin1String("data")).toArray());
        const QString next = request->page().nextAfter();
        if (request->page().hasMore && !next.isEmpty() && next != after) {
            metricsFetchCheckpoints(next);
            return;
        }
        metricsFetchResultFile();
    });
}

void JobsCommand::metricsFetchResultFile()
{
    if (m_resultFiles.isEmpty()) {
        printMetrics();
        return;
    }
    auto *request = new Api::FileContentRequest(client(), m_resultFiles.takeFirst(), this);
    startRequest(request, [this, request] {
        const Eval::MetricCsv::ParseResult parsed = Eval::MetricCsv::parse(request->content());
        if (!parsed.ok()) {
            // The series from events and checkpoints is still worth printing.
            io().err() << tr("The result file could not be read (%1); showing the metrics from the events.")
                              .arg(parsed.error)
                       << '\n';
        } else {
            m_history.mergeAll(parsed.points); // the result file is the provider's final word: it wins
        }
        metricsFetchResultFile();
    });
}

QByteArray JobsCommand::metricsCsv(const Eval::MetricHistory &history)
{
    QList<MetricPoint::Kind> columns;
    for (MetricPoint::Kind kind : s_metricOrder) {
        if (history.countOf(kind) > 0)
            columns.append(kind);
    }
    QByteArray csv = "step";
    for (MetricPoint::Kind kind : columns)
        csv += ',' + MetricPoint::jsonKey(kind).toUtf8();
    csv += '\n';
    for (int i = 0; i < history.size(); ++i) {
        const MetricPoint point = history.pointAt(i);
        csv += QByteArray::number(point.step());
        for (MetricPoint::Kind kind : columns) {
            csv += ',';
            if (point.has(kind))
                csv += number(point.value(kind)).toUtf8();
        }
        csv += '\n';
    }
    return csv;
}

QJsonObject JobsCommand::metricsJson(const Eval::MetricHistory &history, const QString &jobId)
{
    QJsonArray columns{QStringLiteral("step")};
    for (MetricPoint::Kind kind : s_metricOrder) {
        if (history.countOf(kind) > 0)
            columns.append(MetricPoint::jsonKey(kind));
    }
    QJsonArray rows;
    for (int i = 0; i < history.size(); ++i) {
        const MetricPoint point = history.pointAt(i);
        QJsonObject row{{QStringLiteral("step"), point.step()}};
        for (MetricPoint::Kind kind : s_metricOrder) {
            if (point.has(kind))
                row.insert(MetricPoint::jsonKey(kind), point.value(kind));
        }
        rows.append(row);
    }
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("job_id"), jobId},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("data"), rows}};
}

void JobsCommand::printMetrics()
{
    if (outputFormat() == QLatin1String("json")) {
        printJson(metricsJson(m_history, m_jobId));
    } else {
        io().out() << QString::fromUtf8(metricsCsv(m_history));
        if (m_history.isEmpty())
            io().err() << tr("No metrics reported yet for %1.").arg(m_jobId) << '\n';
    }
    finish(ExitSuccess);
}

void JobsCommand::act()
{
    const Api::JobActionRequest::Action action = m_action == Action::Cancel ? Api::JobActionRequest::Action::Cancel
        : m_action == Action::Pause                                         ? Api::JobActionRequest::Action::Pause
                                                                            : Api::JobActionRequest::Action::Resume;
    auto *request = new Api::JobActionRequest(client(), m_jobId, action, this);
    startRequest(request, [this, request] {
        if (jsonOutput())
            printJson(request->json());
        else
            io().out() << tr("Job %1 is now %2.").arg(request->job().id, request->job().statusDisplayText().toLower()) << '\n';
        finish(ExitSuccess);
    });
}

} // namespace Fts::Cli
