// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/bulk/BulkPlanner.h"

#include "core/editing/DatasetSplitNames.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/ExampleListModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace Fts::Core {

namespace {

/** Translations of the preview's field names live here, with the planner. */
class PlannerText
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlanner)
public:
    static QString message(int index, const QString &role) { return tr("message %1 · %2").arg(index + 1).arg(role); }
    static QString preferred(int index, const QString &role)
    {
        return tr("preferred %1 · %2").arg(index + 1).arg(role);
    }
    static QString nonPreferred(int index, const QString &role)
    {
        return tr("non-preferred %1 · %2").arg(index + 1).arg(role);
    }
    static QString part(const QString &field, int part) { return tr("%1 · part %2").arg(field).arg(part + 1); }
    static QString newSystem() { return tr("message 1 · system (new)"); }
    static QString wholeExample() { return tr("whole example"); }
    static QString split() { return tr("split"); }
    static QString duplicateOf(int line) { return tr("duplicate of line %1").arg(line); }
    static QString prompt() { return tr("prompt"); }
    static QString completion() { return tr("completion"); }
    static QString emptyPrompt() { return tr("Type the system prompt to set."); }
};

constexpr int ChunkRows = 1024;
constexpr int ExcerptContext = 60;
constexpr int ExcerptLength = 220;

struct Excerpt
{
    QString text;
    QList<TextSpan> marks;
};

/** A one-line window of @p text around its first mark, newlines shown as ↵, marks moved along. */
Excerpt makeExcerpt(const QString &text, const QList<TextSpan> &marks)
{
    qsizetype start = 0;
    if (!marks.isEmpty())
        start = qMax(0, marks.constFirst().start - ExcerptContext);
    qsizetype end = qMin(text.size(), start + ExcerptLength);
    if (!marks.isEmpty())
        end = qMin(text.size(), qMax(end, qsizetype(marks.constFirst().start) + 1));
    Excerpt excerpt;
    const bool cutStart = start > 0;
    if (cutStart)
        excerpt.text += QChar(0x2026);
    const qsizetype shift = excerpt.text.size() - start;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = text.at(i);
        excerpt.text += c == u'\n' ? QChar(0x21B5) : (c == u'\t' || c == u'\r') ? QChar(u' ') : c;
    }
    if (end < text.size())
        excerpt.text += QChar(0x2026);
    for (const TextSpan &mark : marks) {
        if (mark.start >= end)
            break;
        const qsizetype from = qMax(qsizetype(mark.start), start);
        const qsizetype to = qMin(qsizetype(mark.start + mark.length), end);
        // A zero-length match (an insertion point) still gets a mark when its replacement is not empty.
        if (to >= from)
            excerpt.marks.append(TextSpan{int(from + shift), int(to - from)});
    }
    return excerpt;
}

void setExcerpts(BulkPreviewItem &item, const QString &before, const QList<TextSpan> &beforeMarks,
                 const QString &after, const QList<TextSpan> &afterMarks)
{
    Excerpt b = makeExcerpt(before, beforeMarks);
    Excerpt a = makeExcerpt(after, afterMarks);
    item.before = std::move(b.text);
    item.beforeMarks = std::move(b.marks);
    item.after = std::move(a.text);
    item.afterMarks = std::move(a.marks);
}

int roleFlag(const QString &role)
{
    if (role == u"system" || role == u"developer")
        return BulkOperation::SystemRole;
    if (role == u"user")
        return BulkOperation::UserRole;
    if (role == u"assistant")
        return BulkOperation::AssistantRole;
    if (role == u"tool" || role == u"function")
        return BulkOperation::ToolRole;
    return 0;
}

/** A text value find and replace may change. */
struct TextField
{
    QString pointer;
    QString label;
    QString text;
};

void collectMessageFields(const QJsonObject &example, const QString &base, int roles,
                          const std::function<QString(int, const QString &)> &label, QList<TextField> &fields)
{
    const QJsonArray messages = ExampleJson::valueAt(example, base).toArray();
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        const int flag = roleFlag(role);
        if (roles != BulkOperation::AllRoles && !(roles & flag))
            continue;
        const QString pointer = base + QLatin1Char('/') + QString::number(i) + QStringLiteral("/content");
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString()) {
            fields.append(TextField{pointer, label(i, role), content.toString()});
        } else if (content.isArray()) {
            const QJsonArray parts = content.toArray();
            for (int p = 0; p < parts.size(); ++p) {
                const QJsonObject part = parts.at(p).toObject();
                if (part.value(QLatin1String("type")).toString() == u"text" && part.value(QLatin1String("text")).isString())
                    fields.append(TextField{pointer + QLatin1Char('/') + QString::number(p) + QStringLiteral("/text"),
                                            PlannerText::part(label(i, role), p),
                                            part.value(QLatin1String("text")).toString()});
            }
        }
    }
}

QList<TextField> textFields(const QJsonObject &example, int roles)
{
    QList<TextField> fields;
    switch (ExampleJson::format(example)) {
    case ExampleJson::Format::Chat:
        collectMessageFields(example, QStringLiteral("/messages"), roles, &PlannerText::message, fields);
        break;
    case ExampleJson::Format::Preference:
        collectMessageFields(example, QStringLiteral("/input/messages"), roles, &PlannerText::message, fields);
        collectMessageFields(example, QStringLiteral("/preferred_output"), roles, &PlannerText::preferred, fields);
        collectMessageFields(example, QStringLiteral("/non_preferred_output"), roles, &PlannerText::nonPreferred,
                             fields);
        break;
    case ExampleJson::Format::PromptCompletion:
        if (roles & BulkOperation::UserRole)
            fields.append(TextField{QStringLiteral("/prompt"), PlannerText::prompt(),
                                    example.value(QLatin1String("prompt")).toString()});
        if (roles & BulkOperation::AssistantRole)
            fields.append(TextField{QStringLiteral("/completion"), PlannerText::completion(),
                                    example.value(QLatin1String("completion")).toString()});
        break;
    case ExampleJson::Format::Other:
        break;
    }
    return fields;
}

QString examplePreview(QByteArrayView line, const QJsonObject *example)
{
    if (example) {
        const QString preview = ExampleJson::preview(*example, ExcerptLength);
        if (!preview.isEmpty())
            return preview;
    }
    return QString::fromUtf8(line.first(qMin(line.size(), qsizetype(ExcerptLength)))).simplified();
}

/** What one chunk of rows contributes to the plan; merged in row order. */
struct ChunkResult
{
    QList<ReplaceExamplesCommand::Change> lineChanges;
    QList<int> removedRows;
    QList<SetSplitsCommand::Assignment> splitAssignments;
    QList<BulkPreviewItem> items;
    QList<int> skippedLines;
    int changeCount = 0;
    int exampleCount = 0;
    /** Per row of the chunk, for deduplication: the key of the normalised example (0 = not an object). */
    std::vector<std::pair<size_t, size_t>> keys;
};

/** Everything a worker needs, shared read-only by all workers. */
struct Context
{
    const BulkSnapshot &snapshot;
    const BulkOperation &operation;
    const BulkTextReplacer *replacer = nullptr;
    QByteArray lowerMatchText;
    /** Preview rows kept with their excerpts so far; rows beyond the budget are described after merging. */
    std::atomic_int *excerptBudget = nullptr;
};

bool takeExcerpt(const Context &context)
{
    return context.excerptBudget->fetch_add(1, std::memory_order_relaxed) < 2 * BulkPlan::MaxPreviewItems;
}

void planFindReplace(const Context &context, int row, ChunkResult &result)
{
    const QByteArrayView line = context.snapshot.line(row);
    if (!context.replacer->mayMatchLine(line))
        return;
    QJsonObject example;
    if (!ExampleJson::parse(line.toByteArray(), &example)) {
        result.skippedLines.append(context.snapshot.lineNumber(row));
        return;
    }
    QJsonObject changed = example;
    int changes = 0;
    QString replaced;
    for (const TextField &field : textFields(example, context.operation.roles)) {
        QList<TextSpan> found, inserted;
        const int count = context.replacer->replace(field.text, &replaced, &found, &inserted);
        if (count == 0 || replaced == field.text)
            continue;
        changed = ExampleJson::withValueAt(changed, field.pointer, replaced);
        changes += count;
        BulkPreviewItem item{row, context.snapshot.lineNumber(row), field.label, field.pointer, {}, {}, {}, {}, count};
        if (takeExcerpt(context))
            setExcerpts(item, field.text, found, replaced, inserted);
        result.items.append(std::move(item));
    }
    if (changes == 0)
        return;
    result.lineChanges.append(
        {row, ExampleJson::serializeEdit(changed, line, context.snapshot.spacedSeparators())});
    result.changeCount += changes;
    ++result.exampleCount;
}

void planSystemPrompt(const Context &context, int row, ChunkResult &result)
{
    const QByteArrayView line = context.snapshot.line(row);
    QJsonObject example;
    if (!ExampleJson::parse(line.toByteArray(), &example)) {
        result.skippedLines.append(context.snapshot.lineNumber(row));
        return;
    }
    const ExampleJson::Format format = ExampleJson::format(example);
    if (format != ExampleJson::Format::Chat && format != ExampleJson::Format::Preference)
        return;
    const QString base = format == ExampleJson::Format::Chat ? QStringLiteral("/messages") : QStringLiteral("/input/messages");
    QJsonArray messages = ExampleJson::valueAt(example, base).toArray();
    const QString &prompt = context.operation.systemPrompt;
    int existing = -1;
    for (int i = 0; i < messages.size(); ++i) {
        if (roleFlag(messages.at(i).toObject().value(QLatin1String("role")).toString()) == BulkOperation::SystemRole) {
            existing = i;
            break;
        }
    }
    BulkPreviewItem item{row, context.snapshot.lineNumber(row), {}, {}, {}, {}, {}, {}, 1};
    QString before;
    if (existing >= 0) {
        const QJsonObject message = messages.at(existing).toObject();
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString() && content.toString() == prompt)
            return;
        before = ExampleJson::contentText(content);
        item.pointer = base + QLatin1Char('/') + QString::number(existing) + QStringLiteral("/content");
        item.field = PlannerText::message(existing, message.value(QLatin1String("role")).toString());
        example = ExampleJson::withValueAt(example, item.pointer, prompt);
    } else {
        if (context.operation.onlyReplaceExisting)
            return;
        QJsonObject message{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), prompt}};
        messages.prepend(message);
        example = ExampleJson::withValueAt(example, base, messages);
        item.pointer = base + QStringLiteral("/0/content");
        item.field = PlannerText::newSystem();
    }
    if (takeExcerpt(context))
        setExcerpts(item, before, {TextSpan{0, int(before.size())}}, prompt, {TextSpan{0, int(prompt.size())}});
    result.items.append(std::move(item));
    result.lineChanges.append(
        {row, ExampleJson::serializeEdit(example, line, context.snapshot.spacedSeparators())});
    ++result.changeCount;
    ++result.exampleCount;
}

/** The example list's filter, on the snapshot (ExampleFilterModel::filterAcceptsRow). */
bool matchesCriteria(const Context &context, int row)
{
    const BulkOperation &operation = context.operation;
    const BulkSnapshot &snapshot = context.snapshot;
    using Status = ExampleListModel::Status;
    using StatusFilter = ExampleFilterModel::StatusFilter;
    if (operation.matchStatus != StatusFilter::All) {
        const auto status = Status(snapshot.status(row));
        const bool keep = (operation.matchStatus == StatusFilter::Errors && status == Status::Error)
            || (operation.matchStatus == StatusFilter::Warnings && status == Status::Warning)
            || (operation.matchStatus == StatusFilter::Problems && (status == Status::Error || status == Status::Warning));
        if (!keep)
            return false;
    }
    if (operation.matchSplit >= 0 && int(snapshot.split(row)) != operation.matchSplit)
        return false;
    if (context.lowerMatchText.isEmpty())
        return true;
    const QByteArrayView line = snapshot.line(row);
    if (ExampleFilterModel::containsIgnoringAsciiCase(line, context.lowerMatchText))
        return true;
    if (!line.contains('\\'))
        return false;
    QJsonObject example;
    if (!ExampleJson::parse(line.toByteArray(), &example))
        return false;
    return ExampleJson::searchableText(example).contains(operation.matchText, Qt::CaseInsensitive);
}

void planMatching(const Context &context, int row, ChunkResult &result)
{
    if (!matchesCriteria(context, row))
        return;
    const bool move = context.operation.kind == BulkOperation::Kind::MoveToSplit;
    const DatasetSplit from = context.snapshot.split(row);
    if (move && from == context.operation.targetSplit)
        return;
    BulkPreviewItem item{row, context.snapshot.lineNumber(row),
                         move ? PlannerText::split() : PlannerText::wholeExample(), {}, {}, {}, {}, {}, 1};
    if (takeExcerpt(context)) {
        const QByteArrayView line = context.snapshot.line(row);
        QJsonObject example;
        const bool parsed = ExampleJson::parse(line.toByteArray(), &example);
        const QString preview = examplePreview(line, parsed ? &example : nullptr);
        if (move) {
            const QString oldName = DatasetSplitNames::displayName(from);
            const QString newName = DatasetSplitNames::displayName(context.operation.targetSplit);
            item.before = oldName + QStringLiteral(" · ") + preview;
            item.beforeMarks = {TextSpan{0, int(oldName.size())}};
            item.after = newName + QStringLiteral(" · ") + preview;
            item.afterMarks = {TextSpan{0, int(newName.size())}};
        } else {
            item.before = preview;
        }
    }
    result.items.append(std::move(item));
    if (move)
        result.splitAssignments.append({row, context.operation.targetSplit});
    else
        result.removedRows.append(row);
    ++result.changeCount;
    ++result.exampleCount;
}

/** The normalised example (or conversation) that deduplication compares; empty when the line is not an object. */
QByteArray normalised(QByteArrayView line, bool messagesOnly)
{
    QJsonObject example;
    if (!ExampleJson::parse(line.toByteArray(), &example))
        return QByteArray();
    // QJsonObject keeps keys sorted and re-escapes strings: key order, spacing and escapes no longer matter.
    if (messagesOnly)
        return QJsonDocument(ExampleJson::messages(example)).toJson(QJsonDocument::Compact);
    return QJsonDocument(example).toJson(QJsonDocument::Compact);
}

void keyDuplicate(const Context &context, int row, ChunkResult &result)
{
    const QByteArray bytes = normalised(context.snapshot.line(row), context.operation.compareMessagesOnly);
    if (bytes.isEmpty()) {
        result.skippedLines.append(context.snapshot.lineNumber(row));
        result.keys.emplace_back(0, 0);
        return;
    }
    result.keys.emplace_back(qHash(bytes, 0x9e3779b9u) | 1u, qHash(bytes, 0x85ebca6bu));
}

struct KeyHash
{
    size_t operator()(const std::pair<size_t, size_t> &key) const { return key.first ^ (key.second * 31); }
};

} // namespace

BulkPlan BulkPlanner::plan(const BulkSnapshot &snapshot, const BulkOperation &operation,
                           const std::atomic_bool *cancel, const ProgressFunction &progress)
{
    BulkPlan plan;
    plan.operation = operation;
    plan.revision = snapshot.revision();

    std::vector<int> rows;
    if (operation.restrictToRows) {
        for (int row : operation.rows) {
            if (row >= 0 && row < snapshot.exampleCount())
                rows.push_back(row);
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    } else {
        rows.resize(size_t(snapshot.exampleCount()));
        std::iota(rows.begin(), rows.end(), 0);
    }
    plan.consideredCount = int(rows.size());

    std::unique_ptr<BulkTextReplacer> replacer;
    Context context{snapshot, operation, nullptr, QByteArray(), nullptr};
    std::atomic_int excerptBudget{0};
    context.excerptBudget = &excerptBudget;
    void (*perRow)(const Context &, int, ChunkResult &) = nullptr;
    switch (operation.kind) {
    case BulkOperation::Kind::FindReplace:
        replacer = std::make_unique<BulkTextReplacer>(operation.find, operation.replacement,
                                                      operation.regularExpression, operation.caseSensitive,
                                                      operation.wholeWord);
        if (!replacer->isValid()) {
            plan.errorMessage = replacer->errorMessage();
            return plan;
        }
        context.replacer = replacer.get();
        perRow = &planFindReplace;
        break;
    case BulkOperation::Kind::SetSystemPrompt:
        if (operation.systemPrompt.isEmpty()) {
            plan.errorMessage = PlannerText::emptyPrompt();
            return plan;
        }
        perRow = &planSystemPrompt;
        break;
    case BulkOperation::Kind::DeleteMatching:
    case BulkOperation::Kind::MoveToSplit:
        context.lowerMatchText = operation.matchText.toLower().toUtf8();
        perRow = &planMatching;
        break;
    case BulkOperation::Kind::RemoveDuplicates:
        perRow = &keyDuplicate;
        break;
    }

    const int total = int(rows.size());
    const int chunkCount = (total + ChunkRows - 1) / ChunkRows;
    std::vector<ChunkResult> chunks(static_cast<size_t>(chunkCount));
    std::atomic_int nextChunk{0};
    std::atomic_int done{0};
    std::atomic_bool stopped{false};
    const auto work = [&] {
        for (;;) {
            const int chunk = nextChunk.fetch_add(1);
            if (chunk >= chunkCount)
                return;
            if ((cancel && cancel->load()) || stopped.load()) {
                stopped = true;
                return;
            }
            ChunkResult &result = chunks[size_t(chunk)];
            const int end = qMin(total, (chunk + 1) * ChunkRows);
            for (int i = chunk * ChunkRows; i < end; ++i)
                perRow(context, rows[size_t(i)], result);
            const int finished = done.fetch_add(end - chunk * ChunkRows) + (end - chunk * ChunkRows);
            if (progress)
                progress(finished, total);
        }
    };
    // The calling thread works too; waiting on a pool task that has not started runs it here (no deadlock).
    QList<QFuture<void>> helpers;
    const int threads = qMin(qMax(1, QThread::idealThreadCount()), qMax(1, chunkCount));
    for (int t = 1; t < threads; ++t)
        helpers.append(QtConcurrent::run(work));
    work();
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
    if (stopped || (cancel && cancel->load())) {
        plan.cancelled = true;
        return plan;
    }

    if (operation.kind == BulkOperation::Kind::RemoveDuplicates) {
        std::unordered_map<std::pair<size_t, size_t>, int, KeyHash> firstRows;
        firstRows.reserve(size_t(total));
        int index = 0;
        for (const ChunkResult &chunk : chunks) {
            plan.skippedInvalidLines += chunk.skippedLines;
            for (const auto &key : chunk.keys) {
                const int row = rows[size_t(index++)];
                if (key.first == 0)
                    continue;
                const auto [first, inserted] = firstRows.emplace(key, row);
                if (inserted)
                    continue;
                // Equal hashes are checked byte for byte: only real duplicates are removed.
                if (normalised(snapshot.line(first->second), operation.compareMessagesOnly)
                    != normalised(snapshot.line(row), operation.compareMessagesOnly))
                    continue;
                plan.removedRows.append(row);
                BulkPreviewItem item{row, snapshot.lineNumber(row), PlannerText::duplicateOf(snapshot.lineNumber(first->second)),
                                     {}, {}, {}, {}, {}, 1};
                if (plan.previewItems.size() < BulkPlan::MaxPreviewItems) {
                    QJsonObject example;
                    const QByteArrayView line = snapshot.line(row);
                    const bool parsed = ExampleJson::parse(line.toByteArray(), &example);
                    item.before = examplePreview(line, parsed ? &example : nullptr);
                    plan.previewItems.append(std::move(item));
                }
            }
        }
        plan.changeCount = plan.exampleCount = int(plan.removedRows.size());
        plan.skippedInvalidCount = int(plan.skippedInvalidLines.size());
        return plan;
    }

    for (ChunkResult &chunk : chunks) {
        plan.lineChanges += std::move(chunk.lineChanges);
        plan.removedRows += std::move(chunk.removedRows);
        plan.splitAssignments += std::move(chunk.splitAssignments);
        plan.skippedInvalidLines += std::move(chunk.skippedLines);
        plan.changeCount += chunk.changeCount;
        plan.exampleCount += chunk.exampleCount;
        const qsizetype room = BulkPlan::MaxPreviewItems - plan.previewItems.size();
        if (room > 0)
            plan.previewItems += chunk.items.mid(0, room);
    }
    plan.skippedInvalidCount = int(plan.skippedInvalidLines.size());

    // Rows that came after the excerpt budget ran out (workers race for it) are described now.
    for (BulkPreviewItem &item : plan.previewItems) {
        if (!item.before.isNull() || !item.after.isNull())
            continue;
        ChunkResult again;
        std::atomic_int unlimited{0};
        Context single = context;
        single.excerptBudget = &unlimited;
        perRow(single, item.row, again);
        for (const BulkPreviewItem &described : std::as_const(again.items)) {
            if (described.pointer == item.pointer) {
                item = described;
                break;
            }
        }
    }
    return plan;
}

BulkPlanner::BulkPlanner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<BulkPlan>::finished, this, &BulkPlanner::onFinished);
}

BulkPlanner::~BulkPlanner()
{
    cancel();
    for (QFuture<BulkPlan> &future : m_running)
        future.waitForFinished();
}

void BulkPlanner::start(std::shared_ptr<const BulkSnapshot> snapshot, const BulkOperation &operation)
{
    cancel();
    m_running.removeIf([](const QFuture<BulkPlan> &future) { return future.isFinished(); });
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_lastPercent = -1;
    auto cancelFlag = m_cancel;
    // The destructor waits for every worker, so `this` outlives them; queued calls to a deleted object are dropped.
    auto progress = [this, cancelFlag](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        if (!cancelFlag->load() && m_lastPercent.exchange(percent) != percent)
            QMetaObject::invokeMethod(
                this, [this, percent, cancelFlag] {
                    if (!cancelFlag->load())
                        Q_EMIT progressChanged(percent);
                },
                Qt::QueuedConnection);
    };
    QFuture<BulkPlan> future = QtConcurrent::run([snapshot, operation, cancelFlag, progress] {
        return plan(*snapshot, operation, cancelFlag.get(), progress);
    });
    m_running.append(future);
    m_watcher.setFuture(future);
}

void BulkPlanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool BulkPlanner::isRunning() const
{
    return m_watcher.isRunning();
}

void BulkPlanner::onFinished()
{
    const BulkPlan result = m_watcher.future().result();
    if (result.cancelled || (m_cancel && m_cancel->load()))
        return;
    Q_EMIT finished(result);
}

} // namespace Fts::Core

#include "moc_BulkPlanner.cpp"
