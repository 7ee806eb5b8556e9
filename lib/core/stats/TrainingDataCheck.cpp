// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/TrainingDataCheck.h"

#include "core/dataset/JsonlDocument.h"
#include "core/stats/DatasetTokenCounter.h"
#include "core/validation/DatasetValidator.h"

#include <QPointer>
#include <QtConcurrent>

namespace Fts::Core {

struct TrainingDataCheck::Outcome
{
    bool cancelled = false;
    ValidationReport report;
    std::vector<ExampleTokens> examples;
    std::vector<int> lineNumbers;
};

TrainingDataCheck::TrainingDataCheck(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TrainingDataCheck::onFinished);
}

TrainingDataCheck::~TrainingDataCheck()
{
    cancel();
    m_watcher.waitForFinished();
}

void TrainingDataCheck::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TrainingDataCheck::start(const QByteArray &bytes, const QList<int> &sourceLineNumbers, EncodingId encoding)
{
    cancel();
    m_watcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_encoding = encoding;
    m_hasResult = false;
    m_running = true;
    auto cancelFlag = m_cancel;
    QPointer<TrainingDataCheck> self(this);
    // Validation is about a third of the work, counting the rest; progress is weighted accordingly.
    auto report = [self](int percent) {
        QMetaObject::invokeMethod(
            self, [self, percent] { if (self) Q_EMIT self->progressChanged(percent); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([bytes, sourceLineNumbers, encoding, cancelFlag, report] {
        auto outcome = std::make_shared<Outcome>();
        JsonlDocument document;
        document.setData(bytes);
        const std::atomic_bool *cancel = cancelFlag.get();
        int lastPercent = -1;
        auto step = [&lastPercent, &report](int percent) {
            if (percent != lastPercent) {
                lastPercent = percent;
                report(percent);
            }
        };
        outcome->report = DatasetValidator(DatasetValidator::RuleSet::OpenAi)
                              .validate(document, [&](int done, int total) {
                                  step(total > 0 ? int(qint64(done) * 30 / total) : 30);
                              }, cancel);
        if (outcome->report.cancelled || cancel->load()) {
            outcome->cancelled = true;
            return outcome;
        }
        auto counted = DatasetTokenCounter::count(document, encoding, [&](qint64 done, qint64 total) {
            step(30 + (total > 0 ? int(done * 70 / total) : 70));
        }, cancel);
        if (counted.cancelled || cancel->load()) {
            outcome->cancelled = true;
            return outcome;
        }
        auto sourceLine = [&sourceLineNumbers](int line) {
            return line >= 1 && line <= sourceLineNumbers.size() ? sourceLineNumbers.at(line - 1) : line;
        };
        for (ValidationIssue &issue : outcome->report.issues)
            issue.line = issue.line > 0 ? sourceLine(issue.line) : 0;
        for (int &line : counted.lineNumbers)
            line = sourceLine(line);
        outcome->examples = std::move(counted.examples);
        outcome->lineNumbers = std::move(counted.lineNumbers);
        step(100);
        return outcome;
    }));
}

void TrainingDataCheck::onFinished()
{
    m_running = false;
    const std::shared_ptr<Outcome> outcome = m_watcher.future().result();
    if (!outcome || outcome->cancelled) {
        Q_EMIT finished(false);
        return;
    }
    m_report = std::move(outcome->report);
    m_examples = std::move(outcome->examples);
    m_lineNumbers = std::move(outcome->lineNumbers);
    m_hasResult = true;
    Q_EMIT finished(true);
}

DatasetStatistics TrainingDataCheck::statisticsFor(const DatasetStatistics::Options &options) const
{
    return DatasetStatistics::compute(m_examples, m_lineNumbers, options);
}

} // namespace Fts::Core

#include "moc_TrainingDataCheck.cpp"
