// SPDX-License-Identifier: GPL-3.0-or-later
// The editor on a big dataset: open as the window does (index + validate in DatasetLoader), first visible
// rows, token counts of every row in the background, scrolling, full-text search, memory (peak and now).
// Run: build-x/tests/benchmarks/BenchEditor [examples, default 100000]; figures go to docs/PERFORMANCE.md.
#include "ClinicalNoteExample.h"
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/JsonlDocument.h"
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleFilterModel.h"
#include "core/editing/ExampleListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Fts::Core;

namespace {

/** A /proc/self/status figure in KiB: "VmRSS" (resident now) or "VmHWM" (peak resident). */
long statusKilobytes(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

long residentKilobytes()
{
    return statusKilobytes("VmRSS");
}


} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    if (!Fts::Bench::writeClinicalNotes(path, count, 33, [count](int i, QByteArray &line) {
            if (i == count - 7)
                line.replace("family", "the rarest needle");
        }))
        return 1;
    const double megabytes = double(QFile(path).size()) / (1024.0 * 1024.0);
    const long rssBefore = residentKilobytes();

    QElapsedTimer timer;
    timer.start();
    // As the window opens a file: DatasetLoader maps, indexes and validates off the GUI thread, then the
    // list model takes the document and the view asks for the first screen.
    DatasetLoader loader;
    QEventLoop wait;
    QObject::connect(&loader, &DatasetLoader::finished, &wait, &QEventLoop::quit);
    loader.start(path);
    wait.exec();
    DatasetDocument document;
    document.reset(loader.takeDocument());
    if (document.exampleCount() != count) {
        std::fprintf(stderr, "%s\n", qPrintable(loader.errorMessage()));
        return 1;
    }
    ExampleListModel model(&document);
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    for (int row = 0; row < 40; ++row) {
        for (int column = 0; column < ExampleListModel::ColumnCount; ++column)
            model.index(row, column).data();
    }
    const double firstRowsMs = double(timer.nsecsElapsed()) / 1e6;

    // The Tokens column: every example counted in the background, a chunk at a time.
    timer.restart();
    model.setTokenEncoding(EncodingId::O200kBase);
    QObject::connect(&model, &ExampleListModel::tokenCountingFinished, &wait, &QEventLoop::quit);
    if (model.isCountingTokens())
        wait.exec();
    const double tokensMs = double(timer.nsecsElapsed()) / 1e6;
    const long rssAfterTokens = residentKilobytes();

    // Scrolling: a view asks for about 40 rows per screen; page through 1000 screens spread over the file.
    timer.restart();
    const int screens = 1000;
    for (int screen = 0; screen < screens; ++screen) {
        const int first = int(qint64(screen) * (count - 40) / screens);
        for (int row = first; row < first + 40; ++row)
            model.index(row, ExampleListModel::PreviewColumn).data();
    }
    const double scrollMs = double(timer.nsecsElapsed()) / 1e6;

    ExampleFilterModel filter(&model);
    timer.restart();
    filter.setSearchText(QStringLiteral("RAREST NEEDLE"));
    const int matches = filter.rowCount();
    const double searchMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    filter.setSearchText(QStringLiteral("hypertension"));
    const int common = filter.rowCount();
    const double commonSearchMs = double(timer.nsecsElapsed()) / 1e6;

    const long rssAfter = residentKilobytes();
    const long peak = statusKilobytes("VmHWM");
    std::printf("examples %d, file %.1f MB\n", count, megabytes);
    std::printf("open (index + validate, DatasetLoader) to model ready: %.0f ms\n", indexMs);
    std::printf("first 40 rows shown (all columns): %.0f ms after start\n", firstRowsMs);
    std::printf("tokens of all %d rows counted in the background: %.0f ms (%d counted)\n", count, tokensMs,
                model.countedExamples());
    std::printf("scroll 1000 screens of 40 rows: %.0f ms (%.2f ms per screen)\n", scrollMs, scrollMs / screens);
    std::printf("search rare term: %.0f ms (%d match)\n", searchMs, matches);
    std::printf("search common term: %.0f ms (%d matches)\n", commonSearchMs, common);
    std::printf("resident memory growth: %.1f MB after counting, %.1f MB at the end (%.2fx file size; the mapped file "
                "counts as it is touched)\n",
                double(rssAfterTokens - rssBefore) / 1024.0, double(rssAfter - rssBefore) / 1024.0,
                double(rssAfter - rssBefore) / 1024.0 / megabytes);
    std::printf("peak resident (VmHWM): %.1f MB = %.2fx file size (process total, Qt included)\n", double(peak) / 1024.0,
                double(peak) / 1024.0 / megabytes);
    return matches == 1 && common == count && model.countedExamples() == count ? 0 : 2;
}
