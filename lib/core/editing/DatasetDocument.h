// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset/JsonlDocument.h"
#include "core/editing/DatasetSplit.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

class QUndoStack;

namespace Fts::Core {

/**
 * The dataset being edited: a JsonlDocument (the lossless lines), the example splits and the undo stack.
 *
 * Rows are examples (non-blank lines). Widgets never change lines directly: they push commands
 * (core/editing/commands) onto undoStack(), and the commands call the primitives below, which emit the
 * row signals models listen to (as in Tiled's Document). Untouched lines keep their bytes, so saving an
 * unedited file writes it back unchanged.
 */
class DatasetDocument : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDocument)
public:
    using Line = JsonlDocument::Line;
    using Range = JsonlDocument::Range;
    /** More ranges than this are removed or inserted as one batch (the ...InRanges signals). */
    static constexpr int FineGrainedRangeLimit = 16;

    explicit DatasetDocument(QObject *parent = nullptr);
    ~DatasetDocument() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    /** The lines; read-only for everyone but this class (edits go through commands). */
    const JsonlDocument &lines() const { return *m_lines; }

    /** Takes over @p lines (e.g. from DatasetLoader::takeDocument()); clears the undo history. */
    void reset(JsonlDocument *lines);
    /** An empty, untitled dataset. */
    void clear();
    /** Replaces the content with @p data (paste, tests); untitled, clean. */
    void setData(const QByteArray &data);
    QString filePath() const { return m_lines->filePath(); }
    /** The name for titles: the file name, or "Untitled" for a new dataset. */
    QString displayName() const;
    bool isModified() const;
    /** Counts every change, including undo and redo; background work compares it to know it is stale. */
    quint64 revision() const { return m_revision; }

    int exampleCount() const { return m_lines->exampleCount(); }
    int lineIndexOfExample(int row) const { return m_lines->lineIndexOfExample(row); }
    QByteArray exampleLine(int row) const { return m_lines->lineBytes(lineIndexOfExample(row)); }
    /** The example's bytes without a copy; valid until the next change. */
    QByteArrayView exampleLineView(int row) const { return m_lines->lineView(lineIndexOfExample(row)); }
    /** The parsed example; an empty object and false in @p ok when the line is not a JSON object. */
    QJsonObject example(int row, bool *ok = nullptr) const;
    /** The line an edited example is written as, in the file's own separator style. */
    QByteArray serializeExample(const QJsonObject &example) const;
    /** @p example, an edit of the example at @p row, written keeping that line's key order and number spelling. */
    QByteArray serializeEdit(int row, const QJsonObject &example) const;
    /** Whether the file writes JSON with a space after ":" and "," (new lines follow the file's style). */
    bool spacedSeparators() const { return m_spacedSeparators; }
    /** 1-based line number of the example in the file as it would be saved now. */
    int lineNumber(int row) const { return lineIndexOfExample(row) + 1; }
    /** The row of the example on 1-based file line @p line, or -1. */
    int rowForLine(int line) const;
    /** How many examples sit on lines before @p lineIndex. */
    int examplesBeforeLine(int lineIndex) const;
    DatasetSplit split(int row) const { return DatasetSplit(m_splits.value(row)); }
    QByteArray toBytes() const { return m_lines->toByteArray(); }

    /** Restores splits read from the sidecar after opening (not an undo step). */
    void restoreSplits(const QList<DatasetSplit> &splits);

    /**
     * Writes atomically (QSaveFile) to @p path, and the splits sidecar next to it; on success the document
     * is clean and has that path.
     */
    bool save(const QString &path, QString *errorMessage = nullptr);

    // Primitives for the undo commands, by line index so that undo restores blank lines exactly.
    void setExampleLine(int row, const QByteArray &bytes);
    void setSplit(int row, DatasetSplit split);
    /** Inserts example lines at @p lineIndex; they get the splits in @p splits (or none). */
    void insertLines(int lineIndex, const QList<Line> &lines, const QList<DatasetSplit> &splits = {});
    /** Removes @p count example lines (no blank ones) starting at @p lineIndex. */
    void removeLines(int lineIndex, int count);
    /**
     * Removes ranges of example lines (ascending line indexes before the removal, no blank lines). Up to
     * FineGrainedRangeLimit ranges, range by range with examplesRemoved(); more in one pass, announced by
     * examplesAboutToBeRemovedInRanges() / examplesRemovedInRanges() (row ranges before the removal).
     */
    void removeLineRanges(const QList<Range> &lineRanges);
    /**
     * The inverse: inserts @p lines (concatenated) so that each range of lines ends up at its line indexes, with
     * @p splits (one per line). Many ranges are one batch: examplesAboutToBeInsertedInRanges() /
     * examplesInsertedInRanges(), with the rows the examples have after the insertion.
     */
    void insertLineRanges(const QList<Range> &lineRanges, const QList<Line> &lines, const QList<DatasetSplit> &splits);
    void moveLine(int fromLine, int destinationLine);
    Line makeLine(const QByteArray &bytes) const;

    /** Where row @p row is after the removal of @p removedRows (ranges as signalled), or -1 if it was removed. */
    static int rowAfterRemoval(int row, const QList<Range> &removedRows);
    /** The row of the first example after @p row that survives the removal (as a list selects the next one). */
    static int nextRowAfterRemoval(int row, const QList<Range> &removedRows);
    /** Where row @p row is after the example at @p from moved to @p to (exampleMoved()). */
    static int rowAfterMove(int row, int from, int to);
    /** Where row @p row is after the insertion of @p insertedRows (ranges as signalled). */
    static int rowAfterInsertion(int row, const QList<Range> &insertedRows);

Q_SIGNALS:
    void contentReset();
    void examplesChanged(int first, int last);
    void splitsChanged(int first, int last);
    void examplesAboutToBeInserted(int first, int last);
    void examplesInserted(int first, int last);
    void examplesAboutToBeRemoved(int first, int last);
    void examplesRemoved(int first, int last);
    /**
     * Many examples removed or inserted at once (ascending row ranges, before a removal and after an insertion):
     * one signal instead of thousands, each of which a view and a filter model would handle in time
     * proportional to the whole list. Models reset; those who follow a row move it with rowAfterRemoval() or rowAfterInsertion().
     */
    void examplesAboutToBeRemovedInRanges(const QList<Fts::Core::JsonlDocument::Range> &rows);
    void examplesRemovedInRanges(const QList<Fts::Core::JsonlDocument::Range> &rows);
    void examplesAboutToBeInsertedInRanges(const QList<Fts::Core::JsonlDocument::Range> &rows);
    void examplesInsertedInRanges(const QList<Fts::Core::JsonlDocument::Range> &rows);
    /** QList::move semantics: the example at @p from ends up at row @p to. */
    void exampleAboutToBeMoved(int from, int to);
    void exampleMoved(int from, int to);
    /** Any change to the lines or splits; for autosave and background validation. */
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    void adopt(JsonlDocument *lines);
    void noteChange();
    void detectStyle();

    QUndoStack *const m_undoStack;
    JsonlDocument *m_lines = nullptr;
    QList<quint8> m_splits;
    quint64 m_revision = 0;
    bool m_spacedSeparators = false;
};

} // namespace Fts::Core
