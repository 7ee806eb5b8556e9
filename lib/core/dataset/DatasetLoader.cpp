// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/DatasetLoader.h"

#include "core/dataset/JsonlDocument.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Fts::Core {

struct DatasetLoader::Result
{
    std::unique_ptr<JsonlDocument> document;
    ValidationReport report;
    QString errorMessage;
    bool cancelled = false;
};

namespace {
// Indexing is a memchr pass: a small share of the total time.
constexpr int s_indexingPercent = 10;
} // namespace

DatasetLoader::DatasetLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this, &DatasetLoader::onWorkerFinished);
}

DatasetLoader::~DatasetLoader()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool DatasetLoader::isRunning() const
{
    return m_watcher.isRunning();
}

void DatasetLoader::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void DatasetLoader::start(const QString &path)
{
    if (isRunning()) {
        cancel();
        m_watcher.disconnect(this);
        m_watcher.waitForFinished();
        connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this,
                &DatasetLoader::onWorkerFinished);
    }
    m_path = path;
    m_document.reset();
    m_report = ValidationReport();
    m_errorMessage.clear();
    m_cancelled = false;
    m_lastPercent = -1;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);

    QThread *ownerThread = thread();
    const auto ruleSet = m_ruleSet;
    const auto cancelFlag = m_cancelFlag;
    // Progress crosses threads as queued signal emissions; emitting on `this` from the worker is safe because
    // the destructor waits for the worker before the loader goes away.
    auto reportPercent = [this](int percent) {
        if (m_lastPercent.exchange(percent) != percent)
            Q_EMIT progressChanged(percent);
    };
    m_watcher.setFuture(QtConcurrent::run([=, this]() {
        auto result = std::make_shared<Result>();
        auto document = std::make_unique<JsonlDocument>();
        Q_EMIT stageChanged(Stage::Indexing);
        const bool opened = document->open(
            path,
            [&](qint64 done, qint64 total) {
                reportPercent(total > 0 ? int(done * s_indexingPercent / total) : s_indexingPercent);
            },
            cancelFlag.get(), &result->errorMessage);
        if (cancelFlag->load()) {
            result->cancelled = true;
            result->errorMessage.clear();
            return result;
        }
        if (!opened)
            return result;
        Q_EMIT stageChanged(Stage::Validating);
        const DatasetValidator validator(ruleSet);
        result->report = validator.validate(
            *document,
            [&](int done, int total) {
                reportPercent(s_indexingPercent
                              + (total > 0 ? int(qint64(done) * (100 - s_indexingPercent) / total)
                                           : 100 - s_indexingPercent));
            },
            cancelFlag.get());
        if (result->report.cancelled || cancelFlag->load()) {
            result->cancelled = true;
            return result;
        }
        document->moveToThread(ownerThread);
        result->document = std::move(document);
        return result;
    }));
}

void DatasetLoader::onWorkerFinished()
{
    const std::shared_ptr<Result> result = m_watcher.future().result();
    m_cancelled = result->cancelled;
    m_errorMessage = result->errorMessage;
    m_report = result->report;
    m_document = std::move(result->document);
    if (m_document)
        Q_EMIT progressChanged(100);
    Q_EMIT finished(m_document != nullptr);
}

JsonlDocument *DatasetLoader::takeDocument(QObject *parent)
{
    JsonlDocument *document = m_document.release();
    if (document)
        document->setParent(parent);
    return document;
}

} // namespace Fts::Core

#include "moc_DatasetLoader.cpp"
