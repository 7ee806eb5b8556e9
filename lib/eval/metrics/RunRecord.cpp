// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/RunRecord.h"

namespace Fts::Eval {

namespace {
QDateTime timeField(const QJsonObject &job, QLatin1String key)
{
    const QJsonValue value = job.value(key);
    if (!value.isDouble() || value.toInteger() <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
}
} // namespace

RunRecord RunRecord::fromJob(const QString &profile, const QJsonObject &job)
{
    RunRecord record;
    record.m_profile = profile;
    record.m_source = Source::Provider;
    record.setJob(job);
    return record;
}

RunRecord RunRecord::imported(const QString &id, const QString &displayName, const QString &sourcePath)
{
    RunRecord record;
    record.m_id = id;
    record.m_source = Source::Imported;
    record.m_displayName = displayName;
    record.m_sourcePath = sourcePath;
    return record;
}

void RunRecord::setJob(const QJsonObject &job)
{
    m_job = job;
    const QString id = job.value(QLatin1String("id")).toString();
    if (!id.isEmpty())
        m_id = id;
}

QString RunRecord::displayName() const
{
    if (!m_displayName.isEmpty())
        return m_displayName;
    const QString ownSuffix = suffix();
    return ownSuffix.isEmpty() ? m_id : ownSuffix;
}

QString RunRecord::statusText() const
{
    return m_source == Source::Imported ? QStringLiteral("imported") : m_job.value(QLatin1String("status")).toString();
}

RunRecord::Status RunRecord::status() const
{
    if (m_source == Source::Imported)
        return Status::Imported;
    const QString s = statusText();
    if (s == QLatin1String("validating_files")) return Status::ValidatingFiles;
    if (s == QLatin1String("queued")) return Status::Queued;
    if (s == QLatin1String("running")) return Status::Running;
    if (s == QLatin1String("paused")) return Status::Paused;
    if (s == QLatin1String("succeeded")) return Status::Succeeded;
    if (s == QLatin1String("failed")) return Status::Failed;
    if (s == QLatin1String("cancelled")) return Status::Cancelled;
    return Status::Other;
}

QString RunRecord::statusLabel(Status status, const QString &raw)
{
    switch (status) {
    case Status::ValidatingFiles: return tr("Validating files");
    case Status::Queued: return tr("Queued");
    case Status::Running: return tr("Running");
    case Status::Paused: return tr("Paused");
    case Status::Succeeded: return tr("Succeeded");
    case Status::Failed: return tr("Failed");
    case Status::Cancelled: return tr("Cancelled");
    case Status::Imported: return tr("Imported");
    case Status::Other: return raw.isEmpty() ? tr("Unknown") : raw;
    }
    return raw;
}

bool RunRecord::isActive() const
{
    const Status s = status();
    return s == Status::ValidatingFiles || s == Status::Queued || s == Status::Running;
}

bool RunRecord::isTerminal() const
{
    const Status s = status();
    return s == Status::Succeeded || s == Status::Failed || s == Status::Cancelled || s == Status::Imported;
}

QString RunRecord::model() const { return m_job.value(QLatin1String("model")).toString(); }
QString RunRecord::suffix() const { return m_job.value(QLatin1String("user_provided_suffix")).toString(); }
QString RunRecord::fineTunedModel() const { return m_job.value(QLatin1String("fine_tuned_model")).toString(); }
QString RunRecord::trainingFile() const { return m_job.value(QLatin1String("training_file")).toString(); }
QString RunRecord::validationFile() const { return m_job.value(QLatin1String("validation_file")).toString(); }

QString RunRecord::method() const
{
    const QString type = m_job.value(QLatin1String("method")).toObject().value(QLatin1String("type")).toString();
    return type.isEmpty() ? QStringLiteral("supervised") : type;
}

QString RunRecord::resultFile() const
{
    const QJsonArray files = m_job.value(QLatin1String("result_files")).toArray();
    return files.isEmpty() ? QString() : files.first().toString();
}

QString RunRecord::errorMessage() const
{
    // Healthy jobs carry {"code":null,"message":null} or {}: only a message makes it an error.
    return m_job.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

QDateTime RunRecord::createdAt() const { return timeField(m_job, QLatin1String("created_at")); }
QDateTime RunRecord::finishedAt() const { return timeField(m_job, QLatin1String("finished_at")); }
QDateTime RunRecord::estimatedFinish() const { return timeField(m_job, QLatin1String("estimated_finish")); }

qint64 RunRecord::trainedTokens() const
{
    const QJsonValue value = m_job.value(QLatin1String("trained_tokens"));
    return value.isDouble() ? value.toInteger() : -1;
}

QJsonObject RunRecord::hyperparameters() const
{
    const QJsonObject methodObject = m_job.value(QLatin1String("method")).toObject();
    const QJsonObject perMethod = methodObject.value(method()).toObject().value(QLatin1String("hyperparameters")).toObject();
    QJsonObject result = m_job.value(QLatin1String("hyperparameters")).toObject();
    for (auto it = perMethod.begin(); it != perMethod.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

int RunRecord::epochCount() const
{
    const QJsonValue epochs = hyperparameters().value(QLatin1String("n_epochs"));
    return epochs.isDouble() ? epochs.toInt() : 0;
}

qint64 RunRecord::seed() const
{
    const QJsonValue value = m_job.value(QLatin1String("seed"));
    return value.isDouble() ? value.toInteger() : -1;
}

QJsonObject RunRecord::toJson() const
{
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("profile"), m_profile},
            {QStringLiteral("source"), m_source == Source::Imported ? QStringLiteral("imported") : QStringLiteral("provider")},
            {QStringLiteral("job"), m_job},
            {QStringLiteral("display_name"), m_displayName},
            {QStringLiteral("source_path"), m_sourcePath}};
}

RunRecord RunRecord::fromJson(const QJsonObject &stored)
{
    RunRecord record;
    record.m_id = stored.value(QLatin1String("id")).toString();
    record.m_profile = stored.value(QLatin1String("profile")).toString();
    record.m_source = stored.value(QLatin1String("source")).toString() == QLatin1String("imported") ? Source::Imported : Source::Provider;
    record.m_job = stored.value(QLatin1String("job")).toObject();
    record.m_displayName = stored.value(QLatin1String("display_name")).toString();
    record.m_sourcePath = stored.value(QLatin1String("source_path")).toString();
    return record;
}

} // namespace Fts::Eval
