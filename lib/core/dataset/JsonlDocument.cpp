// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset/JsonlDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>
#include <iterator>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Fts::Core {

namespace {

constexpr char s_bom[] = "\xEF\xBB\xBF";
// Progress is reported every this many bytes while indexing.
constexpr qint64 s_progressStep = 8 * 1024 * 1024;
// Files from this size on are indexed on all cores.
constexpr qint64 s_parallelIndexBytes = 16 * 1024 * 1024;

} // namespace

JsonlDocument::JsonlDocument(QObject *parent)
    : QObject(parent)
{
}

JsonlDocument::~JsonlDocument() = default;

bool JsonlDocument::isBlankBytes(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

QByteArrayView JsonlDocument::terminatorBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None: return {};
    case LineEnding::Lf: return QByteArrayView("\n", 1);
    case LineEnding::CrLf: return QByteArrayView("\r\n", 2);
    }
    return {};
}

bool JsonlDocument::open(const QString &path, QString *errorMessage)
{
    return open(path, {}, nullptr, errorMessage);
}

bool JsonlDocument::open(const QString &path, const ProgressFunction &progress, const std::atomic_bool *cancel,
                         QString *errorMessage)
{
    if (!indexFile(path, progress, cancel, errorMessage))
        return false;
    const bool wasModified = m_modified;
    m_modified = false;
    rebuildExampleIndex();
    Q_EMIT reset();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
    Q_EMIT filePathChanged(m_filePath);
    return true;
}

bool JsonlDocument::indexFile(const QString &path, const ProgressFunction &progress,
                              const std::atomic_bool *cancel, QString *errorMessage)
{
    auto file = std::make_unique<QFile>(path);
    if (QFileInfo(path).isDir()) {
        if (errorMessage)
            *errorMessage = tr("'%1' is a folder, not a file").arg(path);
        return false;
    }
    if (!file->open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot open '%1': %2").arg(path, file->errorString());
        return false;
    }
    const qint64 size = file->size();
    const char *data = nullptr;
    QByteArray owned;
    if (size > 0) {
        data = reinterpret_cast<const char *>(file->map(0, size));
        if (!data) {
            // Not mappable (a pipe, some network file systems): read it instead.
            owned = file->readAll();
            if (file->error() != QFileDevice::NoError) {
                if (errorMessage)
                    *errorMessage = tr("cannot read '%1': %2").arg(path, file->errorString());
                return false;
            }
            data = owned.constData();
        }
    }
    std::vector<LineRecord> records;
    bool hasBom = false;
    LineEnding majority = LineEnding::Lf;
    indexBytes(data, owned.isEmpty() ? size : owned.size(), records, hasBom, majority, progress, cancel);
    if (cancel && cancel->load()) {
        if (errorMessage)
            *errorMessage = tr("opening '%1' was cancelled").arg(path);
        return false;
    }
    // Only now replace the old state: a failed open leaves the document as it was.
    m_lines = std::move(records);
    m_hasBom = hasBom;
    m_defaultEnding = majority;
    m_ownedData = owned;
    m_file = std::move(file);
    m_data = owned.isEmpty() ? data : m_ownedData.constData();
    m_size = owned.isEmpty() ? size : owned.size();
    m_filePath = QFileInfo(path).absoluteFilePath();
    return true;
}

void JsonlDocument::indexRange(const char *data, qint64 from, qint64 to, qint64 size, std::vector<LineRecord> &records,
                               qint64 &crlfLines, qint64 &lfLines, const ProgressFunction &progress,
                               const std::atomic_bool *cancel)
{
    qint64 pos = from;
    // Average JSONL lines are kilobytes long; this guess avoids most reallocations.
    records.reserve(size_t((to - from) / 1024 + 16));
    qint64 nextProgress = pos + s_progressStep;
    while (pos < to) {
        const char *start = data + pos;
        const auto *newline = static_cast<const char *>(std::memchr(start, '\n', size_t(to - pos)));
        LineRecord record;
        record.offset = pos;
        if (newline) {
            qint64 length = newline - start;
            if (length > 0 && start[length - 1] == '\r') {
                record.ending = LineEnding::CrLf;
                --length;
                ++crlfLines;
            } else {
                record.ending = LineEnding::Lf;
                ++lfLines;
            }
            record.length = length;
            pos = (newline - data) + 1;
        } else {
            record.length = to - pos;
            record.ending = LineEnding::None;
            pos = to;
        }
        record.blank = isBlankBytes(QByteArrayView(start, record.length));
        records.push_back(std::move(record));
        if (pos >= nextProgress) {
            nextProgress = pos + s_progressStep;
            if (cancel && cancel->load())
                return;
            if (progress)
                progress(pos, size);
        }
    }
}

void JsonlDocument::indexBytes(const char *data, qint64 size, std::vector<LineRecord> &records, bool &hasBom,
                               LineEnding &majority, const ProgressFunction &progress,
                               const std::atomic_bool *cancel) const
{
    records.clear();
    hasBom = size >= 3 && std::memcmp(data, s_bom, 3) == 0;
    const qint64 begin = hasBom ? 3 : 0;
    // Big files are cut at newlines into one chunk per core; each chunk is indexed on its own thread and the
    // records are joined in order. Small files are not worth a thread.
    const int threads = size >= s_parallelIndexBytes ? std::max(1, QThread::idealThreadCount()) : 1;
    std::vector<qint64> cuts{begin};
    for (int i = 1; i < threads; ++i) {
        qint64 cut = std::max(cuts.back(), begin + (size - begin) * i / threads);
        const auto *newline = cut < size ? static_cast<const char *>(std::memchr(data + cut, '\n', size_t(size - cut)))
                                         : nullptr;
        cut = newline ? (newline - data) + 1 : size;
        if (cut > cuts.back() && cut < size)
            cuts.push_back(cut);
    }
    cuts.push_back(size);
    const size_t chunkCount = cuts.size() - 1;
    qint64 crlfLines = 0;
    qint64 lfLines = 0;
    if (chunkCount == 1) {
        indexRange(data, begin, size, size, records, crlfLines, lfLines, progress, cancel);
    } else {
        struct IndexedChunk
        {
            std::vector<LineRecord> records;
            qint64 crlfLines = 0;
            qint64 lfLines = 0;
        };
        // The first chunk is indexed straight into the result; only the others are appended to it afterwards.
        std::vector<IndexedChunk> chunks(chunkCount);
        records.reserve(size_t((size - begin) / 1024 + 16));
        // Only the first chunk reports, scaled to the whole file: the chunks advance at about the same pace.
        const qint64 firstChunk = cuts[1] - cuts[0];
        ProgressFunction scaled;
        if (progress) {
            scaled = [&progress, firstChunk, size, begin](qint64 done, qint64) {
                progress(std::min(size, (done - begin) * size / std::max<qint64>(1, firstChunk)), size);
            };
        }
        std::vector<QFuture<void>> futures;
        for (size_t i = 1; i < chunkCount; ++i) {
            futures.push_back(QtConcurrent::run([&, i] {
                indexRange(data, cuts[i], cuts[i + 1], size, chunks[i].records, chunks[i].crlfLines, chunks[i].lfLines,
                           {}, cancel);
            }));
        }
        indexRange(data, cuts[0], cuts[1], size, records, chunks[0].crlfLines, chunks[0].lfLines, scaled, cancel);
        for (QFuture<void> &future : futures)
            future.waitForFinished();
        size_t total = 0;
        for (const IndexedChunk &chunk : chunks)
            total += chunk.records.size();
        records.reserve(records.size() + total);
        for (IndexedChunk &chunk : chunks) {
            std::move(chunk.records.begin(), chunk.records.end(), std::back_inserter(records));
            crlfLines += chunk.crlfLines;
            lfLines += chunk.lfLines;
        }
    }
    if (cancel && cancel->load())
        return;
    majority = crlfLines > lfLines ? LineEnding::CrLf : LineEnding::Lf;
    if (progress)
        progress(size, size);
}

void JsonlDocument::setData(const QByteArray &data)
{
    m_file.reset();
    m_filePath.clear();
    m_ownedData = data;
    m_data = m_ownedData.constData();
    m_size = m_ownedData.size();
    indexBytes(m_data, m_size, m_lines, m_hasBom, m_defaultEnding, {}, nullptr);
    const bool wasModified = m_modified;
    m_modified = false;
    rebuildExampleIndex();
    Q_EMIT reset();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
    Q_EMIT filePathChanged(m_filePath);
}

void JsonlDocument::clear()
{
    setData(QByteArray());
}

std::shared_ptr<const void> JsonlDocument::retainBytes() const
{
    if (m_file && m_ownedData.isEmpty())
        return m_file;
    // Implicit sharing keeps the buffer alive when the document lets go of it.
    return std::make_shared<const QByteArray>(m_ownedData);
}

QByteArrayView JsonlDocument::lineView(int lineIndex) const
{
    Q_ASSERT(lineIndex >= 0 && lineIndex < lineCount());
    const LineRecord &record = m_lines[size_t(lineIndex)];
    if (record.offset < 0)
        return QByteArrayView(record.edited);
    return QByteArrayView(m_data + record.offset, record.length);
}

JsonlDocument::LineEnding JsonlDocument::lineEnding(int lineIndex) const
{
    Q_ASSERT(lineIndex >= 0 && lineIndex < lineCount());
    return m_lines[size_t(lineIndex)].ending;
}

JsonlDocument::Line JsonlDocument::line(int lineIndex) const
{
    return Line{lineBytes(lineIndex), lineEnding(lineIndex)};
}

QList<JsonlDocument::Line> JsonlDocument::lines(int first, int count) const
{
    QList<Line> result;
    if (first < 0 || count < 0 || first + count > lineCount())
        return result;
    result.reserve(count);
    for (int i = first; i < first + count; ++i)
        result.append(line(i));
    return result;
}

bool JsonlDocument::isLineOriginal(int lineIndex) const
{
    return m_lines[size_t(lineIndex)].offset >= 0;
}

void JsonlDocument::releaseMappedPages(int first, int end) const
{
#if defined(Q_OS_LINUX)
    if (!m_file || !m_ownedData.isEmpty() || first < 0 || end > lineCount() || first >= end)
        return;
    const LineRecord &firstRecord = m_lines[size_t(first)];
    const LineRecord &lastRecord = m_lines[size_t(end - 1)];
    // Edits and moves break the order of offsets; a hint may then simply be ignored.
    if (firstRecord.offset < 0 || lastRecord.offset < firstRecord.offset)
        return;
    static const auto pageSize = quintptr(sysconf(_SC_PAGESIZE));
    // Only whole pages: the pages at either end are shared with lines a neighbouring reader may still be reading.
    const auto from = (reinterpret_cast<quintptr>(m_data + firstRecord.offset) + pageSize - 1) / pageSize * pageSize;
    const auto to = reinterpret_cast<quintptr>(m_data + lastRecord.offset + lastRecord.length) / pageSize * pageSize;
    if (to > from)
        madvise(reinterpret_cast<void *>(from), size_t(to - from), MADV_DONTNEED);
#else
    Q_UNUSED(first);
    Q_UNUSED(end);
#endif
}

bool JsonlDocument::isBlank(int lineIndex) const
{
    return m_lines[size_t(lineIndex)].blank;
}

int JsonlDocument::lineIndexOfExample(int exampleIndex) const
{
    if (exampleIndex < 0 || exampleIndex >= exampleCount())
        return -1;
    return m_exampleLines[size_t(exampleIndex)];
}

int JsonlDocument::exampleIndexOfLine(int lineIndex) const
{
    const auto it = std::lower_bound(m_exampleLines.begin(), m_exampleLines.end(), lineIndex);
    if (it == m_exampleLines.end() || *it != lineIndex)
        return -1;
    return int(it - m_exampleLines.begin());
}

void JsonlDocument::rebuildExampleIndex()
{
    m_exampleLines.clear();
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (!m_lines[i].blank)
            m_exampleLines.push_back(int(i));
    }
}

void JsonlDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void JsonlDocument::markModified()
{
    rebuildExampleIndex();
    setModified(true);
}

void JsonlDocument::setByteOrderMark(bool present)
{
    if (m_hasBom == present)
        return;
    m_hasBom = present;
    setModified(true);
}

JsonlDocument::LineRecord JsonlDocument::recordFor(const Line &line)
{
    LineRecord record;
    record.offset = -1;
    record.edited = line.bytes;
    record.length = line.bytes.size();
    record.ending = line.ending;
    record.blank = isBlankBytes(line.bytes);
    return record;
}

bool JsonlDocument::replaceLine(int lineIndex, const QByteArray &bytes)
{
    if (lineIndex < 0 || lineIndex >= lineCount() || bytes.contains('\n'))
        return false;
    LineRecord &record = m_lines[size_t(lineIndex)];
    const bool wasBlank = record.blank;
    record = recordFor(Line{bytes, record.ending});
    // The example index only changes when a line turns blank or stops being blank; rebuilding it for every
    // replaced line made a bulk replace over 100k examples quadratic.
    if (record.blank != wasBlank)
        rebuildExampleIndex();
    setModified(true);
    Q_EMIT linesReplaced(lineIndex, 1);
    return true;
}

bool JsonlDocument::insertLines(int lineIndex, const QList<Line> &lines)
{
    if (lineIndex < 0 || lineIndex > lineCount() || lines.isEmpty())
        return false;
    for (const Line &line : lines) {
        if (line.bytes.contains('\n'))
            return false;
    }
    std::vector<LineRecord> records;
    records.reserve(size_t(lines.size()));
    for (const Line &line : lines)
        records.push_back(recordFor(line));
    m_lines.insert(m_lines.begin() + lineIndex, std::make_move_iterator(records.begin()),
                   std::make_move_iterator(records.end()));
    markModified();
    Q_EMIT linesInserted(lineIndex, int(lines.size()));
    return true;
}

bool JsonlDocument::insertLines(int lineIndex, const QList<QByteArray> &lines)
{
    QList<Line> withEndings;
    withEndings.reserve(lines.size());
    for (const QByteArray &bytes : lines)
        withEndings.append(Line{bytes, m_defaultEnding});
    return insertLines(lineIndex, withEndings);
}

bool JsonlDocument::removeLines(int lineIndex, int count)
{
    if (lineIndex < 0 || count <= 0 || lineIndex + count > lineCount())
        return false;
    m_lines.erase(m_lines.begin() + lineIndex, m_lines.begin() + lineIndex + count);
    markModified();
    Q_EMIT linesRemoved(lineIndex, count);
    return true;
}

bool JsonlDocument::removeRanges(const QList<Range> &ranges)
{
    int previousEnd = 0;
    for (const Range &range : ranges) {
        if (range.count <= 0 || range.first < previousEnd || range.first + range.count > lineCount())
            return false;
        previousEnd = range.first + range.count;
    }
    if (ranges.isEmpty())
        return true;
    removeRangesFrom(m_lines, ranges);
    markModified();
    for (auto range = ranges.crbegin(); range != ranges.crend(); ++range)
        Q_EMIT linesRemoved(range->first, range->count);
    return true;
}

bool JsonlDocument::insertRanges(const QList<Range> &ranges, const QList<Line> &lines)
{
    qsizetype total = 0;
    int previousEnd = 0;
    for (const Range &range : ranges) {
        if (range.count <= 0 || range.first < previousEnd)
            return false;
        previousEnd = range.first + range.count;
        total += range.count;
    }
    if (total != lines.size() || previousEnd > lineCount() + total)
        return false;
    for (const Line &line : lines) {
        if (line.bytes.contains('\n'))
            return false;
    }
    if (ranges.isEmpty())
        return true;
    insertRangesInto(m_lines, ranges, [&lines](qsizetype i) { return recordFor(lines.at(i)); });
    markModified();
    for (const Range &range : ranges)
        Q_EMIT linesInserted(range.first, range.count);
    return true;
}

bool JsonlDocument::moveLines(int first, int count, int destination)
{
    if (first < 0 || count <= 0 || first + count > lineCount() || destination < 0
        || destination + count > lineCount())
        return false;
    if (destination == first)
        return true;
    auto begin = m_lines.begin();
    if (destination < first)
        std::rotate(begin + destination, begin + first, begin + first + count);
    else
        std::rotate(begin + first, begin + first + count, begin + destination + count);
    markModified();
    Q_EMIT linesMoved(first, count, destination);
    return true;
}

JsonlDocument::LineEnding JsonlDocument::effectiveEnding(size_t index) const
{
    const LineEnding ending = m_lines[index].ending;
    // A line that lost its place at the end of the file still needs a terminator to stay a line;
    // it keeps remembering "none" so that moving it back to the end restores the original bytes.
    if (ending == LineEnding::None && index + 1 < m_lines.size())
        return m_defaultEnding;
    return ending;
}

QByteArray JsonlDocument::toByteArray() const
{
    QByteArray out;
    qint64 total = m_hasBom ? 3 : 0;
    for (const LineRecord &record : m_lines)
        total += record.length + 2;
    out.reserve(total);
    if (m_hasBom)
        out.append(s_bom, 3);
    for (size_t i = 0; i < m_lines.size(); ++i) {
        out.append(lineView(int(i)));
        out.append(terminatorBytes(effectiveEnding(i)));
    }
    return out;
}

bool JsonlDocument::writeTo(const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    if (m_hasBom)
        file.write(s_bom, 3);
    // Consecutive untouched lines are contiguous in the mapping: write them as one block.
    qint64 runStart = -1;
    qint64 runEnd = -1;
    auto flushRun = [&] {
        if (runStart >= 0)
            file.write(m_data + runStart, runEnd - runStart);
        runStart = runEnd = -1;
    };
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const LineRecord &record = m_lines[i];
        const LineEnding ending = effectiveEnding(i);
        const QByteArrayView terminator = terminatorBytes(ending);
        if (record.offset >= 0 && ending == record.ending) {
            const qint64 end = record.offset + record.length + terminator.size();
            if (runStart >= 0 && record.offset == runEnd) {
                runEnd = end;
            } else {
                flushRun();
                runStart = record.offset;
                runEnd = end;
            }
            continue;
        }
        flushRun();
        const QByteArrayView bytes = lineView(int(i));
        file.write(bytes.data(), bytes.size());
        file.write(terminator.data(), terminator.size());
    }
    flushRun();
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool JsonlDocument::save(QString *errorMessage)
{
    if (m_filePath.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("the document has no file yet; choose where to save it");
        return false;
    }
    return saveAs(m_filePath, errorMessage);
}

bool JsonlDocument::saveAs(const QString &path, QString *errorMessage)
{
    if (!writeTo(path, errorMessage))
        return false;
    // The rename left our mapping on the old inode; map the new file so that untouched lines point at it.
    QString reopenError;
    std::vector<LineRecord> oldLines = std::move(m_lines);
    if (!indexFile(path, {}, nullptr, &reopenError)) {
        // Saved, but cannot map the result: keep serving the old bytes, which are still valid.
        m_lines = std::move(oldLines);
        if (errorMessage)
            *errorMessage = reopenError;
        return false;
    }
    rebuildExampleIndex();
    if (lineCount() == int(oldLines.size())) {
        // Re-indexing decides "None" only for the last line; keep each moved line's memory of it.
        for (size_t i = 0; i < oldLines.size(); ++i) {
            if (oldLines[i].ending == LineEnding::None)
                m_lines[i].ending = LineEnding::None;
        }
    } else {
        // Only an inserted empty last line without terminator vanishes when written; tell the views.
        Q_EMIT reset();
    }
    setModified(false);
    Q_EMIT filePathChanged(m_filePath);
    return true;
}

} // namespace Fts::Core

#include "moc_JsonlDocument.cpp"
