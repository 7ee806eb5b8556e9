// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"

#include "core/editing/ExampleJson.h"
#include "core/editing/SplitSidecar.h"

#include <QFileInfo>
#include <QUndoStack>

namespace Fts::Core {

DatasetDocument::DatasetDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_lines->setModified(!clean);
        Q_EMIT modifiedChanged(!clean);
    });
    adopt(new JsonlDocument(this));
}

DatasetDocument::~DatasetDocument() = default;

void DatasetDocument::adopt(JsonlDocument *lines)
{
    m_undoStack->clear();
    const QString oldPath = m_lines ? m_lines->filePath() : QString();
    if (m_lines && m_lines != lines)
        delete m_lines;
    m_lines = lines;
    m_lines->setParent(this);
    m_lines->setModified(false);
    m_splits = QList<quint8>(m_lines->exampleCount(), quint8(DatasetSplit::Unassigned));
    detectStyle();
    ++m_revision;
    Q_EMIT contentReset();
    Q_EMIT changed();
    Q_EMIT modifiedChanged(false);
    if (oldPath != m_lines->filePath())
        Q_EMIT filePathChanged(m_lines->filePath());
}

void DatasetDocument::reset(JsonlDocument *lines)
{
    adopt(lines);
}

void DatasetDocument::clear()
{
    adopt(new JsonlDocument(this));
}

void DatasetDocument::setData(const QByteArray &data)
{
    auto *lines = new JsonlDocument(this);
    lines->setData(data);
    adopt(lines);
}

void DatasetDocument::detectStyle()
{
    // Edited lines follow the file: Python's json.dumps writes ", " and ": ", most other tools neither.
    m_spacedSeparators = false;
    for (int row = 0; row < qMin(exampleCount(), 20); ++row) {
        const QByteArrayView line = m_lines->lineView(lineIndexOfExample(row));
        const qsizetype colon = line.indexOf("\":");
        if (colon >= 0) {
            m_spacedSeparators = colon + 2 < line.size() && line.at(colon + 2) == ' ';
            return;
        }
    }
}

QString DatasetDocument::displayName() const
{
    return filePath().isEmpty() ? tr("Untitled") : QFileInfo(filePath()).fileName();
}

bool DatasetDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QJsonObject DatasetDocument::example(int row, bool *ok) const
{
    QJsonObject object;
    const bool parsed = ExampleJson::parse(exampleLine(row), &object);
    if (ok)
        *ok = parsed;
    return object;
}

QByteArray DatasetDocument::serializeExample(const QJsonObject &example) const
{
    return ExampleJson::serialize(example, m_spacedSeparators);
}

QByteArray DatasetDocument::serializeEdit(int row, const QJsonObject &example) const
{
    return ExampleJson::serializeEdit(example, exampleLineView(row), m_spacedSeparators);
}

int DatasetDocument::rowForLine(int line) const
{
    if (line < 1 || line > m_lines->lineCount())
        return -1;
    return m_lines->exampleIndexOfLine(line - 1);
}

int DatasetDocument::examplesBeforeLine(int lineIndex) const
{
    int low = 0;
    int high = exampleCount();
    while (low < high) {
        const int middle = (low + high) / 2;
        if (lineIndexOfExample(middle) < lineIndex)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

bool DatasetDocument::save(const QString &path, QString *errorMessage)
{
    const QString oldPath = filePath();
    if (!m_lines->saveAs(path, errorMessage))
        return false;
    if (!SplitSidecar::save(*this, path, errorMessage))
        return false;
    m_undoStack->setClean();
    if (oldPath != filePath())
        Q_EMIT filePathChanged(filePath());
    return true;
}

void DatasetDocument::restoreSplits(const QList<DatasetSplit> &splits)
{
    for (int row = 0; row < exampleCount() && row < splits.size(); ++row)
        m_splits[row] = quint8(splits.at(row));
    if (exampleCount() > 0)
        Q_EMIT splitsChanged(0, exampleCount() - 1);
}

void DatasetDocument::noteChange()
{
    ++m_revision;
    Q_EMIT changed();
}

void DatasetDocument::setExampleLine(int row, const QByteArray &bytes)
{
    m_lines->replaceLine(lineIndexOfExample(row), bytes);
    noteChange();
    Q_EMIT examplesChanged(row, row);
}

void DatasetDocument::setSplit(int row, DatasetSplit split)
{
    m_splits[row] = quint8(split);
    noteChange();
    Q_EMIT splitsChanged(row, row);
}

void DatasetDocument::insertLines(int lineIndex, const QList<Line> &lines, const QList<DatasetSplit> &splits)
{
    if (lines.isEmpty())
        return;
    const int first = examplesBeforeLine(lineIndex);
    const int last = first + int(lines.size()) - 1;
    Q_EMIT examplesAboutToBeInserted(first, last);
    m_lines->insertLines(lineIndex, lines);
    m_splits.insert(first, lines.size(), quint8(DatasetSplit::Unassigned));
    for (qsizetype i = 0; i < splits.size() && i < lines.size(); ++i)
        m_splits[first + i] = quint8(splits.at(i));
    noteChange();
    Q_EMIT examplesInserted(first, last);
}

void DatasetDocument::removeLines(int lineIndex, int count)
{
    if (count <= 0)
        return;
    const int first = examplesBeforeLine(lineIndex);
    const int last = first + count - 1;
    Q_EMIT examplesAboutToBeRemoved(first, last);
    m_lines->removeLines(lineIndex, count);
    m_splits.remove(first, count);
    noteChange();
    Q_EMIT examplesRemoved(first, last);
}

void DatasetDocument::removeLineRanges(const QList<Range> &lineRanges)
{
    if (lineRanges.size() <= FineGrainedRangeLimit) {
        // From the end, so that the line indexes of the earlier ranges stay valid.
        for (auto range = lineRanges.crbegin(); range != lineRanges.crend(); ++range)
            removeLines(range->first, range->count);
        return;
    }
    QList<Range> rows;
    rows.reserve(lineRanges.size());
    for (const Range &range : lineRanges)
        rows.append(Range{examplesBeforeLine(range.first), range.count});
    Q_EMIT examplesAboutToBeRemovedInRanges(rows);
    const bool removed = m_lines->removeRanges(lineRanges);
    Q_ASSERT(removed); // the ranges come from this document's own rows, in order
    JsonlDocument::removeRangesFrom(m_splits, rows);
    noteChange();
    Q_EMIT examplesRemovedInRanges(rows);
}

void DatasetDocument::insertLineRanges(const QList<Range> &lineRanges, const QList<Line> &lines,
                                       const QList<DatasetSplit> &splits)
{
    if (lineRanges.size() <= FineGrainedRangeLimit) {
        qsizetype next = 0;
        for (const Range &range : lineRanges) {
            insertLines(range.first, lines.mid(next, range.count), splits.mid(next, range.count));
            next += range.count;
        }
        return;
    }
    // Each range's row after the insertion: the examples before its place in the current lines, plus the
    // examples the earlier ranges insert.
    QList<Range> rows;
    rows.reserve(lineRanges.size());
    int inserted = 0;
    for (const Range &range : lineRanges) {
        rows.append(Range{examplesBeforeLine(range.first - inserted) + inserted, range.count});
        inserted += range.count;
    }
    Q_EMIT examplesAboutToBeInsertedInRanges(rows);
    const bool restored = m_lines->insertRanges(lineRanges, lines);
    Q_ASSERT(restored); // the inverse of a removal of this document's rows
    JsonlDocument::insertRangesInto(m_splits, rows, [&splits](qsizetype i) {
        return quint8(i < splits.size() ? splits.at(i) : DatasetSplit::Unassigned);
    });
    noteChange();
    Q_EMIT examplesInsertedInRanges(rows);
}

int DatasetDocument::rowAfterRemoval(int row, const QList<Range> &removedRows)
{
    int removedBefore = 0;
    for (const Range &range : removedRows) {
        if (row < range.first)
            break;
        if (row < range.first + range.count)
            return -1;
        removedBefore += range.count;
    }
    return row - removedBefore;
}

int DatasetDocument::nextRowAfterRemoval(int row, const QList<Range> &removedRows)
{
    int removedBefore = 0;
    for (const Range &range : removedRows) {
        if (row < range.first)
            break;
        removedBefore += std::min(range.count, row - range.first);
    }
    return row - removedBefore;
}

int DatasetDocument::rowAfterMove(int row, int from, int to)
{
    if (row == from)
        return to;
    if (from < row && row <= to)
        return row - 1;
    if (to <= row && row < from)
        return row + 1;
    return row;
}

int DatasetDocument::rowAfterInsertion(int row, const QList<Range> &insertedRows)
{
    int shifted = row;
    for (const Range &range : insertedRows) {
        if (range.first > shifted)
            break;
        shifted += range.count;
    }
    return shifted;
}

void DatasetDocument::moveLine(int fromLine, int destinationLine)
{
    if (fromLine == destinationLine)
        return;
    const int from = examplesBeforeLine(fromLine);
    // Rows before the destination in the result: the examples on lines before it, not counting the moved one.
    const int to = destinationLine <= fromLine ? examplesBeforeLine(destinationLine)
                                               : examplesBeforeLine(destinationLine + 1) - 1;
    if (from != to)
        Q_EMIT exampleAboutToBeMoved(from, to);
    m_lines->moveLines(fromLine, 1, destinationLine);
    m_splits.move(from, to);
    noteChange();
    if (from != to)
        Q_EMIT exampleMoved(from, to);
}

DatasetDocument::Line DatasetDocument::makeLine(const QByteArray &bytes) const
{
    return Line{bytes, m_lines->defaultLineEnding()};
}

} // namespace Fts::Core

#include "moc_DatasetDocument.cpp"
