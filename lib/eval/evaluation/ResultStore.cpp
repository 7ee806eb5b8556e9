// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/ResultStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace Fts::Eval {

namespace {

QString stateName(CallRecord::State state)
{
    return state == CallRecord::State::Answered ? QStringLiteral("answered") : QStringLiteral("failed");
}

} // namespace

ResultStore::ResultStore()
    : m_connection(QStringLiteral("fts-eval-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ResultStore::~ResultStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ResultStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/evaluations.sqlite");
}

bool ResultStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool ResultStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql)) {
        m_error = tr("The result store %1 could not be updated: %2").arg(m_path, query.lastError().text());
        return false;
    }
    return true;
}

bool ResultStore::open(const QString &path)
{
    m_path = path;
    m_error.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = tr("Cannot create the folder for the result store %1.").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.close();
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("Cannot open the result store %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // WAL + NORMAL: a crash loses at most the last few answers, never the file; writes stay sub-millisecond.
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS calls ("
                       " example_key TEXT NOT NULL, model_key TEXT NOT NULL, settings_key TEXT NOT NULL,"
                       " state TEXT NOT NULL, answer TEXT, finish_reason TEXT, prompt_tokens INTEGER,"
                       " completion_tokens INTEGER, latency_ms INTEGER, cost_usd REAL, request_id TEXT,"
                       " created_at TEXT NOT NULL, PRIMARY KEY (example_key, model_key, settings_key))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS verdicts ("
                       " example_key TEXT NOT NULL, model_key TEXT NOT NULL, settings_key TEXT NOT NULL,"
                       " judge_key TEXT NOT NULL, passed INTEGER NOT NULL, reason TEXT,"
                       " PRIMARY KEY (example_key, model_key, settings_key, judge_key))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS runs ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, test_set TEXT,"
                       " model_a TEXT, model_a_key TEXT NOT NULL, model_b TEXT, model_b_key TEXT NOT NULL,"
                       " settings TEXT NOT NULL, scorer TEXT NOT NULL, judge_rubric TEXT, judge_model_key TEXT,"
                       " example_count INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS run_examples ("
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " line_number INTEGER, example_key TEXT NOT NULL, prompt TEXT NOT NULL, expected TEXT NOT NULL,"
                       " PRIMARY KEY (run_id, position))"),
    };
    for (const QString &statement : statements) {
        if (!exec(statement)) {
            db.close();
            return false;
        }
    }
    return true;
}

std::optional<CallRecord> ResultStore::findCall(const QString &exampleKey, const QString &modelKey,
                                                const QString &settingsKey) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT answer, finish_reason, prompt_tokens, completion_tokens, latency_ms, cost_usd,"
                                 " request_id FROM calls WHERE example_key=? AND model_key=? AND settings_key=?"
                                 " AND state='answered'"));
    query.addBindValue(exampleKey);
    query.addBindValue(modelKey);
    query.addBindValue(settingsKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    CallRecord call;
    call.state = CallRecord::State::Answered;
    call.answer = query.value(0).toString();
    call.finishReason = query.value(1).toString();
    call.promptTokens = query.value(2).toInt();
    call.completionTokens = query.value(3).toInt();
    call.latencyMs = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        call.costUsd = query.value(5).toDouble();
    call.requestId = query.value(6).toString();
    call.fromStore = true;
    return call;
}

bool ResultStore::saveCall(const QString &exampleKey, const QString &modelKey, const QString &settingsKey,
                           const CallRecord &call)
{
    if (!isOpen() || !call.isAnswered())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO calls (example_key, model_key, settings_key, state, answer,"
                                 " finish_reason, prompt_tokens, completion_tokens, latency_ms, cost_usd, request_id,"
                                 " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(exampleKey);
    query.addBindValue(modelKey);
    query.addBindValue(settingsKey);
    query.addBindValue(stateName(call.state));
    query.addBindValue(call.answer);
    query.addBindValue(call.finishReason);
    query.addBindValue(call.promptTokens);
    query.addBindValue(call.completionTokens);
    query.addBindValue(call.latencyMs);
    query.addBindValue(call.costUsd ? QVariant(*call.costUsd) : QVariant());
    query.addBindValue(call.requestId);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_error = tr("An answer could not be saved in %1: %2").arg(m_path, query.lastError().text());
        return false;
    }
    return true;
}

int ResultStore::callCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM calls")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<JudgeVerdict> ResultStore::findVerdict(const QString &exampleKey, const QString &answerModelKey,
                                                     const QString &settingsKey, const QString &judgeKey) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT passed, reason FROM verdicts WHERE example_key=? AND model_key=?"
                                 " AND settings_key=? AND judge_key=?"));
    query.addBindValue(exampleKey);
    query.addBindValue(answerModelKey);
    query.addBindValue(settingsKey);
    query.addBindValue(judgeKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return JudgeVerdict{query.value(0).toBool(), query.value(1).toString()};
}

bool ResultStore::saveVerdict(const QString &exampleKey, const QString &answerModelKey, const QString &settingsKey,
                              const QString &judgeKey, const JudgeVerdict &verdict)
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO verdicts (example_key, model_key, settings_key, judge_key,"
                                 " passed, reason) VALUES (?,?,?,?,?,?)"));
    query.addBindValue(exampleKey);
    query.addBindValue(answerModelKey);
    query.addBindValue(settingsKey);
    query.addBindValue(judgeKey);
    query.addBindValue(verdict.passed ? 1 : 0);
    query.addBindValue(verdict.reason);
    return query.exec();
}

qint64 ResultStore::createRun(const EvaluationRunInfo &info, const QList<EvalExample> &examples)
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO runs (created_at, test_set, model_a, model_a_key, model_b, model_b_key,"
                                 " settings, scorer, judge_rubric, judge_model_key, example_count)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    const QDateTime created = info.createdAt.isValid() ? info.createdAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(info.testSetPath);
    query.addBindValue(info.modelA);
    query.addBindValue(info.modelAKey);
    query.addBindValue(info.modelB);
    query.addBindValue(info.modelBKey);
    query.addBindValue(QString::fromUtf8(QJsonDocument(info.settings.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(info.scorerSpec);
    query.addBindValue(info.judgeRubric);
    query.addBindValue(info.judgeModelKey);
    query.addBindValue(int(examples.size()));
    if (!query.exec()) {
        m_error = tr("The run could not be recorded in %1: %2").arg(m_path, query.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 runId = query.lastInsertId().toLongLong();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO run_examples (run_id, position, line_number, example_key, prompt, expected)"
                                  " VALUES (?,?,?,?,?,?)"));
    for (const EvalExample &example : examples) {
        insert.addBindValue(runId);
        insert.addBindValue(example.position);
        insert.addBindValue(example.lineNumber);
        insert.addBindValue(example.key);
        insert.addBindValue(QString::fromUtf8(example.promptJson()));
        insert.addBindValue(example.expected);
        if (!insert.exec()) {
            m_error = tr("The run could not be recorded in %1: %2").arg(m_path, insert.lastError().text());
            db.rollback();
            return 0;
        }
    }
    db.commit();
    return runId;
}

QList<EvaluationRunInfo> ResultStore::runs() const
{
    QList<EvaluationRunInfo> result;
    if (!isOpen())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // answered: the run's examples that have a stored answer for A, plus those for B.
    if (!query.exec(QStringLiteral(
            "SELECT r.id, r.created_at, r.test_set, r.model_a, r.model_a_key, r.model_b, r.model_b_key, r.settings,"
            " r.scorer, r.judge_rubric, r.judge_model_key, r.example_count FROM runs r ORDER BY r.id DESC")))
        return result;
    while (query.next()) {
        EvaluationRunInfo info;
        info.id = query.value(0).toLongLong();
        info.createdAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        info.testSetPath = query.value(2).toString();
        info.modelA = query.value(3).toString();
        info.modelAKey = query.value(4).toString();
        info.modelB = query.value(5).toString();
        info.modelBKey = query.value(6).toString();
        info.settings = GenerationSettings::fromJson(QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object());
        info.scorerSpec = query.value(8).toString();
        info.judgeRubric = query.value(9).toString();
        info.judgeModelKey = query.value(10).toString();
        info.exampleCount = query.value(11).toInt();
        result.append(info);
    }
    for (EvaluationRunInfo &info : result) {
        QSqlQuery count(QSqlDatabase::database(m_connection, false));
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM run_examples e JOIN calls c ON c.example_key=e.example_key"
                                     " AND c.settings_key=? AND (c.model_key=? OR c.model_key=?) WHERE e.run_id=?"));
        count.addBindValue(info.settings.key());
        count.addBindValue(info.modelAKey);
        count.addBindValue(info.modelBKey);
        count.addBindValue(info.id);
        if (count.exec() && count.next())
            info.answeredCount = count.value(0).toInt();
    }
    return result;
}

std::optional<EvaluationRunInfo> ResultStore::run(qint64 id) const
{
    for (const EvaluationRunInfo &info : runs()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

QList<EvalExample> ResultStore::runExamples(qint64 runId) const
{
    QList<EvalExample> examples;
    if (!isOpen())
        return examples;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT position, line_number, example_key, prompt, expected FROM run_examples"
                                 " WHERE run_id=? ORDER BY position"));
    query.addBindValue(runId);
    if (!query.exec())
        return examples;
    while (query.next()) {
        EvalExample example;
        example.position = query.value(0).toInt();
        example.lineNumber = query.value(1).toInt();
        example.key = query.value(2).toString();
        example.prompt = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
        example.expected = query.value(4).toString();
        examples.append(example);
    }
    return examples;
}

bool ResultStore::deleteRun(qint64 runId)
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM runs WHERE id=?"));
    query.addBindValue(runId);
    return query.exec() && query.numRowsAffected() > 0;
}

} // namespace Fts::Eval
