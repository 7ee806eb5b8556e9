// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk edits on a big dataset: snapshot, find/replace plans (rare match, every example, regex), deduplication,
// and applying a plan as one undo step. Median of --repeat runs (default 3).
// Run: build-x/tests/benchmarks/BenchBulkReplace [examples, default 100000] [--repeat N]; figures go to
// docs/PERFORMANCE.md.
#include "ClinicalNoteExample.h"
#include "core/dataset/JsonlDocument.h"
#include "core/editing/DatasetDocument.h"
#include "core/editing/bulk/BulkPlanner.h"
#include "core/editing/bulk/BulkSnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Fts::Core;

namespace {

QByteArray makeExample(int i)
{
    return Fts::Bench::clinicalNoteExample(i, 22);
}

double medianMs(int repeat, const std::function<void()> &run)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

BulkOperation replace(const QString &find, const QString &replacement, bool regex = false, int roles = BulkOperation::AllRoles)
{
    BulkOperation operation;
    operation.kind = BulkOperation::Kind::FindReplace;
    operation.find = find;
    operation.replacement = replacement;
    operation.regularExpression = regex;
    operation.roles = roles;
    return operation;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 100000;
    int repeat = 3;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--repeat") && i + 1 < arguments.size())
            repeat = arguments.at(++i).toInt();
        else
            count = arguments.at(i).toInt();
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    const bool written = Fts::Bench::writeClinicalNotes(path, count, 22, [count](int i, QByteArray &line) {
        if (i == count - 8)
            line.replace("family", "the rarest needle");
        if (i % 10 == 3)
            line = makeExample(i - 1); // every tenth example repeats the one before it
    });
    if (!written)
        return 1;
    const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
    auto *lines = new JsonlDocument;
    QString error;
    if (!lines->open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    DatasetDocument document;
    document.reset(lines);

    std::shared_ptr<const BulkSnapshot> snapshot;
    const double snapshotMs = medianMs(repeat, [&] { snapshot = BulkSnapshot::capture(document); });
    std::printf("examples %d, file %.1f MB, threads %d, repeat %d\n", count, megabytes, QThread::idealThreadCount(), repeat);
    std::printf("snapshot (copy of the examples)          %8.1f ms\n", snapshotMs);

    const auto report = [&](const char *name, const BulkOperation &operation) {
        BulkPlan plan;
        const double ms = medianMs(repeat, [&] { plan = BulkPlanner::plan(*snapshot, operation); });
        std::printf("%-40s %8.1f ms  %d changes in %d examples, %lld preview rows\n", name, ms, plan.changeCount,
                    plan.exampleCount, qlonglong(plan.previewItems.size()));
        return plan;
    };
    report("plan: plain, one match (typing)", replace(QStringLiteral("rarest needle"), QStringLiteral("pin")));
    report("plan: plain, no match", replace(QStringLiteral("zebra"), QStringLiteral("horse")));
    const BulkPlan everyExample = report("plan: plain, every example (assistant)",
                                         replace(QStringLiteral("Hyperlipidemia"), QStringLiteral("HLD"), false,
                                                 BulkOperation::AssistantRole));
    report("plan: regex with capture, every example",
           replace(QStringLiteral("E78\\.(\\d)"), QStringLiteral("E78.$1 "), true, BulkOperation::AssistantRole));
    BulkOperation duplicates;
    duplicates.kind = BulkOperation::Kind::RemoveDuplicates;
    report("plan: remove duplicates", duplicates);

    // Applying: the plan becomes one undo step (ReplaceExamplesCommand under one parent).
    QElapsedTimer timer;
    timer.start();
    document.undoStack()->push(everyExample.createCommand(&document));
    const double applyMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    document.undoStack()->undo();
    const double undoMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("apply every-example replace (one step)   %8.1f ms, undo %.1f ms\n", applyMs, undoMs);
    // A plan is for the revision it was made on: after the undo above, plan again.
    const BulkPlan duplicatePlan = BulkPlanner::plan(*BulkSnapshot::capture(document), duplicates);
    timer.restart();
    document.undoStack()->push(duplicatePlan.createCommand(&document));
    const double removeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    document.undoStack()->undo();
    const double restoreMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("apply remove duplicates (%d runs of lines)  %8.1f ms, undo %.1f ms\n", duplicatePlan.exampleCount,
                removeMs, restoreMs);
    return 0;
}
