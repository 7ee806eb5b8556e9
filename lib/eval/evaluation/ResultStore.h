// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/CallRecord.h"
#include "eval/evaluation/EvalExample.h"
#include "eval/evaluation/EvaluationRunInfo.h"
#include "eval/evaluation/LlmJudge.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Fts::Eval {

/**
 * Answers and runs on SQLite (Qt SQL). A call is keyed by example content, model and settings, so a re-run,
 * another run over an overlapping test set, or a run that was interrupted only asks for what is missing.
 * Only answered calls are stored: a failure is asked again next time. Use from one thread (the GUI's or the
 * CLI's event loop): the runner writes as replies arrive, which takes well under a millisecond per call in WAL mode.
 */
class ResultStore
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Eval::ResultStore)
public:
    ResultStore();
    ~ResultStore();
    Q_DISABLE_COPY_MOVE(ResultStore)

    /** The per-user default: <AppLocalDataLocation>/evaluations.sqlite. */
    static QString defaultPath();

    /** Opens or creates the database; on failure errorString() says why and every other call is a no-op. */
    bool open(const QString &path);
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    std::optional<CallRecord> findCall(const QString &exampleKey, const QString &modelKey, const QString &settingsKey) const;
    bool saveCall(const QString &exampleKey, const QString &modelKey, const QString &settingsKey, const CallRecord &call);
    int callCount() const;

    std::optional<JudgeVerdict> findVerdict(const QString &exampleKey, const QString &answerModelKey,
                                            const QString &settingsKey, const QString &judgeKey) const;
    bool saveVerdict(const QString &exampleKey, const QString &answerModelKey, const QString &settingsKey,
                     const QString &judgeKey, const JudgeVerdict &verdict);

    /** Records a run and its examples (prompt and expected text are kept so the run reopens without the file). */
    qint64 createRun(const EvaluationRunInfo &info, const QList<EvalExample> &examples);
    /** Newest first, each with how many of its calls are stored. */
    QList<EvaluationRunInfo> runs() const;
    std::optional<EvaluationRunInfo> run(qint64 id) const;
    QList<EvalExample> runExamples(qint64 runId) const;
    bool deleteRun(qint64 runId);

private:
    bool exec(const QString &sql);
    QString m_connection;
    QString m_path;
    QString m_error;
};

} // namespace Fts::Eval
