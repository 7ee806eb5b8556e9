// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/JobCreateParams.h"
#include "cli/ApiCommand.h"
#include "eval/metrics/MetricHistory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Fts::Api {
struct FineTuningJob;
struct JobEvent;
} // namespace Fts::Api

namespace Fts::Cli {

/**
 * `ftstudio jobs create|list|show|events|watch|metrics|cancel|pause|resume`: fine-tuning jobs from the
 * terminal. `create` checks local training files with the default validation rules before anything is
 * uploaded or billed; `watch` follows a job to its end and exits 0 only when it succeeded.
 */
class JobsCommand : public ApiCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsCommand)
public:
    explicit JobsCommand(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("jobs"); }
    QString summary() const override;

    /** The watch poll interval (default 10 s; tests use less). */
    void setWatchIntervalMs(int milliseconds) { m_watchIntervalMs = milliseconds; }

    /** One line per event: local time, level, message. */
    static QString formatEvent(const Api::JobEvent &event);
    /** The merged metric series as CSV: `step` first, then the event keys that have values. */
    static QByteArray metricsCsv(const Eval::MetricHistory &history);
    static QJsonObject metricsJson(const Eval::MetricHistory &history, const QString &jobId);

protected:
    QString usage() const override;
    QStringList formats() const override;
    bool parseArguments(const QStringList &arguments, QString *error) override;
    void run() override;

private:
    enum class Action { Create, List, Show, Events, Watch, Metrics, Cancel, Pause, Resume };
    bool parseCreate(const QStringList &arguments, QString *error);

    // create
    bool checkLocalFile(const QString &path, const QString &role);
    void uploadNextLocalFile();
    void createJob();
    // the others
    void list();
    void show();
    void fetchEvents(const QString &after);
    void watch();
    void metricsFetchJob();
    void metricsFetchEvents(const QString &after);
    void metricsFetchCheckpoints(const QString &after);
    void metricsFetchResultFile();
    void printMetrics();
    void act();

    void printJob(const Api::FineTuningJob &job);

    Action m_action = Action::List;
    QString m_jobId;
    int m_limit = 0;
    QString m_after;
    int m_watchIntervalMs = 10000;

    Api::JobCreateParams m_params;
    QString m_trainingPath;   ///< local file to check and upload, or empty when an id was given
    QString m_validationPath;

    QJsonArray m_events; ///< newest first, as received
    Eval::MetricHistory m_history;
    QStringList m_resultFiles;
    bool m_jobTerminal = false;
};

} // namespace Fts::Cli
