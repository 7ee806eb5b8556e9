// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QFile;

namespace Fts::Core {

/**
 * A JSONL file held losslessly: opened and saved without edits it is byte-identical.
 *
 * Physical lines and examples. The file is split at LF bytes only. A line's terminator is LF, CRLF (a CR
 * right before the LF) or nothing (the last line of a file without a final newline). A lone CR is not a
 * line break: it stays inside the line's bytes (JSON parsers then treat it as whitespace or reject it).
 * A UTF-8 byte order mark is kept apart (hasByteOrderMark()) and is not part of line 1's bytes.
 * A file "a\nb\n" has two lines, "a\nb" has two lines (the second without terminator), "" has none.
 * An *example* is a line that is not blank (blank: empty or only spaces, tabs and CRs); blank lines are kept
 * and counted as physical lines but are not examples. Line indexes are 0-based; lineNumber() gives the
 * 1-based physical line number used in every message.
 *
 * Storage. The file is memory-mapped (QFile::map) and indexed by byte offset; nothing is parsed here.
 * Edited and inserted lines hold their own bytes, untouched lines are written back from the mapping.
 * The document is safe to read from several threads as long as nobody edits it meanwhile.
 */
class JsonlDocument : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonlDocument)
public:
    enum class LineEnding : quint8 { None, Lf, CrLf };
    Q_ENUM(LineEnding)

    /** One line's bytes (without terminator) and its terminator: what undo commands keep. */
    struct Line
    {
        QByteArray bytes;
        LineEnding ending = LineEnding::Lf;
        bool operator==(const Line &) const = default;
    };

    /** Lines [first, first + count). */
    struct Range
    {
        int first = 0;
        int count = 0;
        bool operator==(const Range &) const = default;
    };

    /**
     * Removes @p ranges (ascending, not overlapping, within the list) from any list kept per line or per row, in
     * one pass: the lines here, and the splits and model caches that follow the same removals.
     */
    template<typename List>
    static void removeRangesFrom(List &list, const QList<Range> &ranges)
    {
        if (ranges.isEmpty())
            return;
        qsizetype kept = ranges.constFirst().first;
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const qsizetype from = ranges.at(i).first + ranges.at(i).count;
            const qsizetype to = i + 1 < ranges.size() ? ranges.at(i + 1).first : qsizetype(list.size());
            for (qsizetype item = from; item < to; ++item)
                list[kept++] = std::move(list[item]);
        }
        list.resize(kept);
    }
    /** The inverse: each range of @p ranges (positions in the result) gets valueAt(0), valueAt(1)… in turn. */
    template<typename List, typename ValueAt>
    static void insertRangesInto(List &list, const QList<Range> &ranges, const ValueAt &valueAt)
    {
        List result;
        qsizetype old = 0, inserted = 0;
        for (const Range &range : ranges) {
            for (const qsizetype before = range.first - inserted; old < before; ++old)
                result.push_back(std::move(list[old]));
            for (int i = 0; i < range.count; ++i)
                result.push_back(valueAt(inserted++));
        }
        for (; old < qsizetype(list.size()); ++old)
            result.push_back(std::move(list[old]));
        list = std::move(result);
    }

    /** Called while indexing with (bytes done, bytes total); return value ignored. */
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    explicit JsonlDocument(QObject *parent = nullptr);
    ~JsonlDocument() override;

    /** Maps and indexes @p path. On failure the document is unchanged and @p errorMessage says why. */
    bool open(const QString &path, QString *errorMessage = nullptr);
    /** As open(), reporting progress and stopping early (returning false) when @p cancel becomes true. */
    bool open(const QString &path, const ProgressFunction &progress, const std::atomic_bool *cancel,
              QString *errorMessage = nullptr);
    /** Replaces the content with @p data (no file; save() needs saveAs() first). */
    void setData(const QByteArray &data);
    /** Empties the document and forgets the file. */
    void clear();

    /** Atomically writes the document to its file (QSaveFile) and remaps it. */
    bool save(QString *errorMessage = nullptr);
    /** Atomically writes to @p path, which becomes the document's file. */
    bool saveAs(const QString &path, QString *errorMessage = nullptr);
    /** The whole file as it would be saved. */
    QByteArray toByteArray() const;

    QString filePath() const { return m_filePath; }
    /** Size in bytes of the file as opened (0 without a file). */
    qint64 originalSize() const { return m_size; }

    bool isModified() const { return m_modified; }
    /** Lets an undo stack mark the clean state. */
    void setModified(bool modified);

    bool hasByteOrderMark() const { return m_hasBom; }
    void setByteOrderMark(bool present);

    int lineCount() const { return int(m_lines.size()); }
    static int lineNumber(int lineIndex) { return lineIndex + 1; }
    /** A line's bytes without terminator; valid until the next edit, save or open. */
    QByteArrayView lineView(int lineIndex) const;
    QByteArray lineBytes(int lineIndex) const { return lineView(lineIndex).toByteArray(); }
    LineEnding lineEnding(int lineIndex) const;
    Line line(int lineIndex) const;
    QList<Line> lines(int first, int count) const;
    /**
     * Keeps the bytes behind lineView() of the original lines (isLineOriginal()) readable for as long as the
     * returned handle lives, even after this document saves, opens another file, clears or is destroyed: a worker
     * holding it reads those views without a copy of the file. Edited lines are not covered: copy them.
     */
    std::shared_ptr<const void> retainBytes() const;
    /** True when the line's bytes came from the file unchanged. */
    bool isLineOriginal(int lineIndex) const;
    /**
     * A hint from a reader that went once through lines [first, end) and will not come back soon: the pages of
     * the mapping that only those lines use are unmapped. Their bytes stay in the page cache and map again on the
     * next read, so nothing changes for anybody reading them later. A reader that streams a big file in parallel
     * spreads the unmapping over its threads this way; otherwise closing a 300 MB file spends 13 ms unmapping it
     * on one thread. Does nothing for edited lines or a document not read from a mapped file.
     */
    void releaseMappedPages(int first, int end) const;
    bool isBlank(int lineIndex) const;

    /** Non-blank lines. */
    int exampleCount() const { return int(m_exampleLines.size()); }
    /** The line index of the @p exampleIndex-th example. */
    int lineIndexOfExample(int exampleIndex) const;
    /** The example index of a line, or -1 for a blank line. */
    int exampleIndexOfLine(int lineIndex) const;

    /** The terminator given to inserted lines: the file's majority (LF for a new file). */
    LineEnding defaultLineEnding() const { return m_defaultEnding; }
    void setDefaultLineEnding(LineEnding ending) { m_defaultEnding = ending; }

    // Editing primitives for undo commands. Line bytes must not contain LF (returns false / does nothing).
    bool replaceLine(int lineIndex, const QByteArray &bytes);
    bool insertLines(int lineIndex, const QList<Line> &lines);
    bool insertLines(int lineIndex, const QList<QByteArray> &lines);
    /** Removes @p count lines; read them first with lines() to undo. */
    bool removeLines(int lineIndex, int count);
    /**
     * Removes many ranges in one pass (ascending, not overlapping, non-empty; false and no change otherwise):
     * removing 10k ranges one by one moved the rest of the lines 10k times. Emits linesRemoved() per range, last
     * range first, so that each signal's indexes hold when it is handled in turn.
     */
    bool removeRanges(const QList<Range> &ranges);
    /**
     * Inserts @p lines (concatenated) at @p ranges in one pass; each range says where its lines end up in the
     * result (ascending, not overlapping, counts adding up to lines.size()). The inverse of removeRanges().
     * Emits linesInserted() per range, first range first.
     */
    bool insertRanges(const QList<Range> &ranges, const QList<Line> &lines);
    /** Moves [first, first+count) so that it starts at @p destination (an index in the result). */
    bool moveLines(int first, int count, int destination);

    static bool isBlankBytes(QByteArrayView bytes);
    static QByteArrayView terminatorBytes(LineEnding ending);

Q_SIGNALS:
    /** Everything changed (open, setData, clear). */
    void reset();
    void linesReplaced(int first, int count);
    void linesInserted(int first, int count);
    void linesRemoved(int first, int count);
    /** [first, first+count) now starts at destination. */
    void linesMoved(int first, int count, int destination);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    struct LineRecord
    {
        qint64 offset = -1; // into the mapping; -1 when the bytes are in `edited`
        qint64 length = 0;
        LineEnding ending = LineEnding::Lf;
        bool blank = false;
        QByteArray edited;
    };

    bool indexFile(const QString &path, const ProgressFunction &progress, const std::atomic_bool *cancel,
                   QString *errorMessage);
    void indexBytes(const char *data, qint64 size, std::vector<LineRecord> &records, bool &hasBom,
                    LineEnding &majority, const ProgressFunction &progress, const std::atomic_bool *cancel) const;
    static void indexRange(const char *data, qint64 from, qint64 to, qint64 size, std::vector<LineRecord> &records,
                           qint64 &crlfLines, qint64 &lfLines, const ProgressFunction &progress,
                           const std::atomic_bool *cancel);
    bool writeTo(const QString &path, QString *errorMessage) const;
    LineEnding effectiveEnding(size_t index) const;
    void rebuildExampleIndex();
    void markModified();
    static LineRecord recordFor(const Line &line);

    QString m_filePath;
    std::shared_ptr<QFile> m_file; // shared with retainBytes() holders: the mapping lives while they do
    QByteArray m_ownedData; // the content when it did not come from a mapping
    const char *m_data = nullptr;
    qint64 m_size = 0;
    bool m_hasBom = false;
    bool m_modified = false;
    LineEnding m_defaultEnding = LineEnding::Lf;
    std::vector<LineRecord> m_lines;
    std::vector<int> m_exampleLines;
};

} // namespace Fts::Core
