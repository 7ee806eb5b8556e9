// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Fts::Eval {

/**
 * What the dashboard knows about one run apart from its metrics: the provider's job object as last seen
 * (kept verbatim, so fields we do not model yet survive a save), or an imported CSV without an account.
 * Accessors parse leniently: unknown statuses stay as the provider spelled them.
 */
class RunRecord
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
public:
    enum class Source { Provider, Imported };
    enum class Status { ValidatingFiles, Queued, Running, Paused, Succeeded, Failed, Cancelled, Imported, Other };

    RunRecord() = default;
    static RunRecord fromJob(const QString &profile, const QJsonObject &job);
    static RunRecord imported(const QString &id, const QString &displayName, const QString &sourcePath);

    QString id() const { return m_id; }
    QString profile() const { return m_profile; }
    Source source() const { return m_source; }
    const QJsonObject &job() const { return m_job; }
    void setJob(const QJsonObject &job);

    /** A user-chosen name; otherwise the suffix, else the job id. */
    QString displayName() const;
    void setDisplayName(const QString &name) { m_displayName = name; }
    QString sourcePath() const { return m_sourcePath; }

    QString statusText() const;
    Status status() const;
    static QString statusLabel(Status status, const QString &raw);
    bool isActive() const;
    bool isTerminal() const;

    QString model() const;
    QString suffix() const;
    QString fineTunedModel() const;
    QString method() const;
    QString trainingFile() const;
    QString validationFile() const;
    QString resultFile() const;
    QString errorMessage() const;
    QDateTime createdAt() const;
    QDateTime finishedAt() const;
    QDateTime estimatedFinish() const;
    /** -1 while the provider has not reported it (until the job finishes). */
    qint64 trainedTokens() const;
    /** The resolved hyperparameters, from `method.<type>.hyperparameters` or the legacy top-level object. */
    QJsonObject hyperparameters() const;
    int epochCount() const;
    qint64 seed() const;

    QJsonObject toJson() const;
    static RunRecord fromJson(const QJsonObject &stored);

private:
    QString m_id;
    QString m_profile;
    Source m_source = Source::Provider;
    QJsonObject m_job;
    QString m_displayName;
    QString m_sourcePath;
};

} // namespace Fts::Eval
