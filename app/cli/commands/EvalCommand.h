// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/ProfileStore.h"
#include "api/credentials/SecretStore.h"
#include "api/transport/ApiClient.h"
#include "cli/ApiCommand.h"
#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/GenerationSettings.h"
#include "eval/evaluation/Scorer.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>

namespace Fts::Eval {
class ResultStore;
class TestSetLoader;
}

namespace Fts::Cli {

/**
 * `ftstudio eval TEST.jsonl --model-a M --model-b M …`: both models answer every example of a held-out set,
 * concurrently, with answers stored so a re-run only asks what is missing; prints accuracies with 95% Wilson
 * intervals, wins, regressions and the exact McNemar p-value, as text or as the JSON summary of issue 7.
 */
class EvalCommand : public ApiCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvalCommand)
public:
    explicit EvalCommand(QObject *parent = nullptr);
    ~EvalCommand() override;

    QString name() const override { return QStringLiteral("eval"); }
    QString summary() const override;

    /** Where `--profile-a`/`--profile-b` are looked up; same meaning as ApiCommand::setCredentialSources(). */
    void setCredentialSources(Api::ProfileStore *profiles, Api::SecretStore *secrets, const QProcessEnvironment &environment);

protected:
    QString usage() const override;
    bool parseArguments(const QStringList &arguments, QString *error) override;
    void run() override;

private:
    void resolveSide(const QString &profileName, std::function<void(Api::ApiClient *)> done);
    void startRun();
    void onProgress(int done, int total, qint64 etaMs);
    void onFinished();
    bool writeOutput(QString *error) const;
    void printText();

    QString m_testSetPath;
    QString m_modelA;
    QString m_modelB;
    QString m_profileA;
    QString m_profileB;
    QString m_judgeModel;
    QString m_rubricPath;
    QString m_outputPath;
    QString m_storePath;
    int m_concurrency = 8;
    Eval::GenerationSettings m_settings;
    Eval::Scorer m_scorer;

    QPointer<Api::ApiClient> m_clientA;
    QPointer<Api::ApiClient> m_clientB;
    QPointer<Api::ProfileStore> m_profiles;
    QPointer<Api::SecretStore> m_secrets;
    QProcessEnvironment m_environment;
    bool m_customSources = false;
    std::unique_ptr<Eval::TestSetLoader> m_loader;
    std::unique_ptr<Eval::ResultStore> m_store;
    QPointer<Eval::EvaluationRunner> m_runner;
    QString m_fatal;
    QElapsedTimer m_lastProgress;
};

} // namespace Fts::Cli
