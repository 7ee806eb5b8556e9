// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ExampleListModel.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/DatasetSplitNames.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/commands/MoveExampleCommand.h"
#include "core/stats/ChatTokenCounter.h"
#include "core/stats/DatasetTokenCounter.h"

#include <QColor>
#include <QDataStream>
#include <QJsonArray>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>

namespace Fts::Core {

namespace {

/** A chunk's bytes are copied out of the document: small enough to cost nothing, big enough to use the cores. */
constexpr qsizetype TokenChunkBytes = 4 * 1024 * 1024;
constexpr int TokenChunkExamples = 4096;
/** Inserting more examples than this (an import, a paste) counts them in the background instead of at once. */
constexpr int SynchronousRecountLimit = 256;

int tokensOf(const ExampleTokens &counted)
{
    return counted.isCounted() ? int(qMin<qint64>(counted.totalTokens, std::numeric_limits<int>::max()))
                               : ExampleListModel::TokensUnknown;
}

} // namespace

QString ExampleListModel::rowsMimeType()
{
    return QStringLiteral("application/x-finetune-studio-example-rows");
}

ExampleListModel::ExampleListModel(DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&m_chunkWatcher, &QFutureWatcherBase::finished, this, &ExampleListModel::onTokenChunkCounted);
    const auto resetAll = [this] {
        beginResetModel();
        m_summaries = QList<Summary>(m_document->exampleCount());
        m_statuses = QList<Status>(m_document->exampleCount(), Status::Unknown);
        m_tokens = QList<int>(m_document->exampleCount(), TokensPending);
        m_countedExamples = 0;
        m_countCursor = 0;
        noteLayoutChange();
        endResetModel();
        scheduleTokenChunk();
    };
    resetAll();
    connect(document, &DatasetDocument::contentReset, this, resetAll);
    connect(document, &DatasetDocument::examplesChanged, this, [this](int first, int last) {
        invalidate(first, last);
        recountRows(first, last);
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
    connect(document, &DatasetDocument::splitsChanged, this, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, SplitColumn), index(last, SplitColumn));
    });
    connect(document, &DatasetDocument::examplesAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(document, &DatasetDocument::examplesInserted, this, [this](int first, int last) {
        const int count = last - first + 1;
        m_summaries.insert(first, count, Summary{});
        m_statuses.insert(first, count, Status::Unknown);
        m_tokens.insert(first, count, TokensPending);
        noteLayoutChange();
        endInsertRows();
        if (m_countTokens && count <= SynchronousRecountLimit)
            recountRows(first, last);
        else
            scheduleTokenChunk();
        // Row numbers and line numbers below the insertion moved.
        if (last + 1 < rowCount())
            Q_EMIT dataChanged(index(last + 1, IndexColumn), index(rowCount() - 1, IndexColumn));
    });
    connect(document, &DatasetDocument::examplesAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows(QModelIndex(), first, last); });
    connect(document, &DatasetDocument::examplesRemoved, this, [this](int first, int last) {
        const int count = last - first + 1;
        m_summaries.remove(first, count);
        m_statuses.remove(first, count);
        for (int row = first; row <= last; ++row)
            m_countedExamples -= m_tokens.at(row) != TokensPending ? 1 : 0;
        m_tokens.remove(first, count);
        noteLayoutChange();
        endRemoveRows();
        if (first < rowCount())
            Q_EMIT dataChanged(index(first, IndexColumn), index(rowCount() - 1, IndexColumn));
    });
    // Many ranges at once: a reset, but the rows' cached summaries, statuses and token counts move with them.
    connect(document, &DatasetDocument::examplesAboutToBeRemovedInRanges, this, [this] { beginResetModel(); });
    connect(document, &DatasetDocument::examplesRemovedInRanges, this, [this](const QList<JsonlDocument::Range> &rows) {
        for (const JsonlDocument::Range &range : rows) {
            for (int row = range.first; row < range.first + range.count; ++row)
                m_countedExamples -= m_tokens.at(row) != TokensPending ? 1 : 0;
        }
        JsonlDocument::removeRangesFrom(m_summaries, rows);
        JsonlDocument::removeRangesFrom(m_statuses, rows);
        JsonlDocument::removeRangesFrom(m_tokens, rows);
        noteLayoutChange();
        endResetModel();
    });
    connect(document, &DatasetDocument::examplesAboutToBeInsertedInRanges, this, [this] { beginResetModel(); });
    connect(document, &DatasetDocument::examplesInsertedInRanges, this, [this](const QList<JsonlDocument::Range> &rows) {
        JsonlDocument::insertRangesInto(m_summaries, rows, [](qsizetype) { return Summary{}; });
        JsonlDocument::insertRangesInto(m_statuses, rows, [](qsizetype) { return Status::Unknown; });
        JsonlDocument::insertRangesInto(m_tokens, rows, [](qsizetype) { return TokensPending; });
        noteLayoutChange();
        endResetModel();
        scheduleTokenChunk();
    });
    connect(document, &DatasetDocument::exampleAboutToBeMoved, this, [this](int from, int to) {
        // QList::move(from, to) puts the row at `to`; beginMoveRows wants the row it lands before.
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    });
    connect(document, &DatasetDocument::exampleMoved, this, [this](int from, int to) {
        m_summaries.move(from, to);
        m_statuses.move(from, to);
        m_tokens.move(from, to);
        noteLayoutChange();
        endMoveRows();
        Q_EMIT dataChanged(index(qMin(from, to), IndexColumn), index(qMax(from, to), IndexColumn));
    });
}

ExampleListModel::~ExampleListModel()
{
    stopTokenCounting();
}

int ExampleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->exampleCount();
}

int ExampleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExampleListModel::Summary &ExampleListModel::summary(int row) const
{
    Summary &summary = m_summaries[row];
    if (!summary.computed) {
        bool ok = false;
        const QJsonObject example = m_document->example(row, &ok);
        summary.parsed = ok;
        summary.computed = true;
        if (ok) {
            summary.preview = ExampleJson::preview(example);
            summary.messageCount = int(ExampleJson::messages(example).size());
            if (example.contains(QLatin1String("preferred_output")))
                summary.messageCount += 1;
        } else {
            summary.preview = QString::fromUtf8(m_document->exampleLine(row).left(200)).simplified();
        }
    }
    return summary;
}

void ExampleListModel::invalidate(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_summaries[row] = Summary{};
        if (m_statuses.at(row) != Status::Error)
            m_statuses[row] = Status::Unknown;
    }
}

ExampleListModel::Status ExampleListModel::status(int row) const
{
    if (!summary(row).parsed)
        return Status::Error;
    return m_statuses.value(row, Status::Unknown);
}

QVariant ExampleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return row + 1;
        case PreviewColumn:
            return summary(row).preview;
        case MessagesColumn:
            return summary(row).parsed ? QVariant(summary(row).messageCount) : QVariant();
        case TokensColumn:
            return tokens(row) >= 0 ? QVariant(QLocale().toString(tokens(row))) : QVariant();
        case SplitColumn:
            return m_document->split(row) == DatasetSplit::Unassigned
                ? QString()
                : DatasetSplitNames::displayName(m_document->split(row));
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return m_statusIcons.value(int(status(row)));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            switch (status(row)) {
            case Status::Error:
                return summary(row).parsed ? tr("This example has errors") : tr("This line is not a JSON object");
            case Status::Warning:
                return tr("This example has warnings");
            case Status::Valid:
                return tr("No problems found");
            case Status::Unknown:
                return tr("Not validated yet");
            }
        }
        if (index.column() == PreviewColumn)
            return summary(row).preview;
        if (index.column() == TokensColumn) {
            const int count = tokens(row);
            if (count == TokensPending)
                return tr("Not counted yet");
            if (count == TokensUnknown)
                return tr("Cannot be counted: not a chat example");
            if (m_tokenLimit > 0 && count > m_tokenLimit)
                return tr("%1 tokens: %2 over the limit of %3, the end will be cut off in training")
                    .arg(QLocale().toString(count), QLocale().toString(count - m_tokenLimit),
                         QLocale().toString(m_tokenLimit));
            return tr("%1 tokens").arg(QLocale().toString(count));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TokensColumn && m_tokenLimit > 0 && tokens(row) > m_tokenLimit)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IndexColumn || index.column() == MessagesColumn || index.column() == TokensColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return data(index, Qt::ToolTipRole);
        return {};
    case StatusRole:
        return int(status(row));
    case LineNumberRole:
        return m_document->lineNumber(row);
    case SplitRole:
        return int(m_document->split(row));
    case TokensRole:
        return tokens(row);
    default:
        return {};
    }
}

QVariant ExampleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case StatusColumn:
        return tr("Status");
    case PreviewColumn:
        return tr("First user message");
    case MessagesColumn:
        return tr("Messages");
    case TokensColumn:
        return tr("Tokens");
    case SplitColumn:
        return tr("Split");
    default:
        return {};
    }
}

Qt::ItemFlags ExampleListModel::flags(const QModelIndex &index) const
{
    // Rows are dragged to reorder them; dropping between rows (not onto one) is what moves them.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions ExampleListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ExampleListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ExampleListModel::mimeTypes() const
{
    return {rowsMimeType()};
}

QMimeData *ExampleListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // The model's address tells a drop in this list from one in another window's list.
    stream << quint64(reinterpret_cast<quintptr>(this)) << m_layoutRevision << rows;
    auto *data = new QMimeData;
    data->setData(rowsMimeType(), encoded);
    QByteArray lines;
    for (int row : rows)
        lines += m_document->exampleLineView(row).toByteArray() + '\n';
    data->setText(QString::fromUtf8(lines));
    return data;
}

namespace {

/** The rows a drag from @p model carried, or nothing when it came from elsewhere or the rows changed since. */
QList<int> draggedRows(const QMimeData *data, const QAbstractItemModel *model, quint64 layoutRevision)
{
    if (!data || !data->hasFormat(ExampleListModel::rowsMimeType()))
        return {};
    QDataStream stream(data->data(ExampleListModel::rowsMimeType()));
    quint64 source = 0;
    quint64 revision = 0;
    QList<int> rows;
    stream >> source >> revision >> rows;
    if (stream.status() != QDataStream::Ok || source != quint64(reinterpret_cast<quintptr>(model))
        || revision != layoutRevision)
        return {};
    return rows;
}

} // namespace

bool ExampleListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return action == Qt::MoveAction && !draggedRows(data, this, m_layoutRevision).isEmpty();
}

bool ExampleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QList<int> rows = draggedRows(data, this, m_layoutRevision);
    if (action != Qt::MoveAction || rows.isEmpty())
        return false;
    // Dropped onto a row: the examples go before it; dropped below the last row: to the end.
    int destination = row;
    if (destination < 0)
        destination = parent.isValid() ? parent.row() : rowCount();
    moveExamples(rows, destination);
    // The view then asks to remove the source rows of a move; removeRows() is not offered, so nothing more happens.
    return true;
}

int ExampleListModel::moveExamples(QList<int> rows, int destination)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(), [this](int row) { return row < 0 || row >= rowCount(); }),
               rows.end());
    if (rows.isEmpty())
        return -1;
    destination = std::clamp(destination, 0, rowCount());
    // Where the block starts once the moved rows are taken out above the destination.
    const int start = destination - int(std::count_if(rows.begin(), rows.end(), [destination](int row) {
                          return row < destination;
                      }));
    // Rows above the destination go, last first, to just above it; rows below it go, first first, to just
    // below them. Neither kind disturbs the positions of the rows still to move.
    QList<std::pair<int, int>> moves;
    int above = 0;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (*it < destination) {
            const int to = destination - 1 - above++;
            if (*it != to)
                moves.append({*it, to});
        }
    }
    int below = 0;
    for (int row : rows) {
        if (row >= destination) {
            const int to = destination + below++;
            if (row != to)
                moves.append({row, to});
        }
    }
    if (moves.isEmpty())
        return -1;
    QUndoStack *stack = m_document->undoStack();
    if (moves.size() == 1) {
        stack->push(new MoveExampleCommand(m_document, moves.constFirst().first, moves.constFirst().second));
    } else {
        stack->beginMacro(tr("Move %n example(s)", nullptr, int(rows.size())));
        for (const auto &[from, to] : moves)
            stack->push(new MoveExampleCommand(m_document, from, to));
        stack->endMacro();
    }
    return start;
}

void ExampleListModel::setStatusIcons(const QList<QIcon> &icons)
{
    m_statusIcons = icons;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DecorationRole});
}

void ExampleListModel::setValidationStatuses(const QHash<int, Status> &statuses)
{
    for (int row = 0; row < m_statuses.size(); ++row)
        m_statuses[row] = statuses.value(row, Status::Valid);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn),
                           {Qt::DecorationRole, Qt::ToolTipRole, StatusRole});
}

void ExampleListModel::setRowStatus(int row, Status status)
{
    if (row < 0 || row >= m_statuses.size() || m_statuses.at(row) == status)
        return;
    m_statuses[row] = status;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn),
                       {Qt::DecorationRole, Qt::ToolTipRole, StatusRole});
}

void ExampleListModel::setValidationReport(const ValidationReport &report)
{
    QHash<int, Status> statuses;
    for (const ValidationIssue &issue : report.issues) {
        const int row = m_document->rowForLine(issue.line);
        if (row < 0)
            continue;
        Status &status = statuses[row];
        if (issue.isError())
            status = Status::Error;
        else if (status != Status::Error)
            status = Status::Warning;
    }
    setValidationStatuses(statuses);
}

void ExampleListModel::setTokenCounts(const QList<int> &tokens)
{
    m_tokens = tokens;
    m_tokens.resize(rowCount(), TokensUnknown);
    m_countedExamples = rowCount();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TokensColumn), index(rowCount() - 1, TokensColumn));
}

void ExampleListModel::setTokenEncoding(EncodingId encoding)
{
    if (m_countTokens && encoding == m_encoding)
        return;
    stopTokenCounting();
    m_countTokens = true;
    m_encoding = encoding;
    m_tokens.fill(TokensPending);
    m_countedExamples = 0;
    m_countCursor = 0;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TokensColumn), index(rowCount() - 1, TokensColumn));
    scheduleTokenChunk();
}

void ExampleListModel::setTokenLimit(qint64 limit)
{
    if (limit == m_tokenLimit)
        return;
    m_tokenLimit = limit;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TokensColumn), index(rowCount() - 1, TokensColumn),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

bool ExampleListModel::isCountingTokens() const
{
    return m_countTokens && m_countedExamples < rowCount();
}

void ExampleListModel::noteLayoutChange()
{
    ++m_layoutRevision;
}

void ExampleListModel::setRowTokens(int row, int tokens)
{
    const int old = m_tokens.at(row);
    if (old == TokensPending && tokens != TokensPending)
        ++m_countedExamples;
    else if (old != TokensPending && tokens == TokensPending)
        --m_countedExamples;
    m_tokens[row] = tokens;
}

void ExampleListModel::recountRows(int first, int last)
{
    if (!m_countTokens)
        return;
    const ChatTokenCounter counter(m_encoding);
    for (int row = first; row <= last; ++row) {
        setRowTokens(row, tokensOf(counter.count(m_document->exampleLineView(row))));
        if (m_chunkWatcher.isRunning())
            m_editedDuringChunk.insert(row);
    }
    Q_EMIT dataChanged(index(first, TokensColumn), index(last, TokensColumn));
    if (m_countedExamples == rowCount() && !m_chunkWatcher.isRunning())
        Q_EMIT tokenCountingFinished();
}

void ExampleListModel::stopTokenCounting()
{
    if (m_cancelChunk)
        m_cancelChunk->store(true);
    m_chunkWatcher.waitForFinished();
    m_countTokens = false;
}

void ExampleListModel::scheduleTokenChunk()
{
    if (!m_countTokens || m_chunkWatcher.isRunning())
        return;
    const int rows = rowCount();
    // The next row still pending after the cursor, then from the top (rows inserted above it meanwhile).
    int first = -1;
    for (int row = m_countCursor; row < rows && first < 0; ++row) {
        if (m_tokens.at(row) == TokensPending)
            first = row;
    }
    for (int row = 0; row < qMin(m_countCursor, rows) && first < 0; ++row) {
        if (m_tokens.at(row) == TokensPending)
            first = row;
    }
    if (first < 0) {
        Q_EMIT tokenCountingFinished();
        return;
    }
    QByteArray bytes;
    QList<qsizetype> offsets;
    int row = first;
    for (; row < rows && row - first < TokenChunkExamples && bytes.size() < TokenChunkBytes; ++row) {
        offsets.append(bytes.size());
        bytes.append(m_document->exampleLineView(row));
    }
    offsets.append(bytes.size());
    m_chunkFirst = first;
    m_chunkLayoutRevision = m_layoutRevision;
    m_editedDuringChunk.clear();
    m_cancelChunk = std::make_shared<std::atomic_bool>(false);
    const EncodingId encoding = m_encoding;
    auto cancel = m_cancelChunk;
    m_chunkWatcher.setFuture(QtConcurrent::run([bytes, offsets, encoding, cancel] {
        const qsizetype count = offsets.size() - 1;
        const DatasetTokenCounter::Result result = DatasetTokenCounter::count(
            count,
            [&](qsizetype i) {
                return QByteArrayView(bytes.constData() + offsets.at(i), offsets.at(i + 1) - offsets.at(i));
            },
            {}, encoding, {}, cancel.get());
        QList<int> tokens;
        if (result.cancelled)
            return tokens;
        tokens.reserve(count);
        for (const ExampleTokens &counted : result.examples)
            tokens.append(tokensOf(counted));
        return tokens;
    }));
}

void ExampleListModel::onTokenChunkCounted()
{
    const QList<int> counted = m_chunkWatcher.future().result();
    if (!m_countTokens || (m_cancelChunk && m_cancelChunk->load()))
        return;
    // Rows moved while the chunk was counted: its rows may now be other examples, so count them again.
    if (m_chunkLayoutRevision == m_layoutRevision && !counted.isEmpty()) {
        const int last = qMin(m_chunkFirst + int(counted.size()), rowCount()) - 1;
        for (int row = m_chunkFirst; row <= last; ++row) {
            if (!m_editedDuringChunk.contains(row) && m_tokens.at(row) == TokensPending)
                setRowTokens(row, counted.at(row - m_chunkFirst));
        }
        m_countCursor = last + 1;
        if (last >= m_chunkFirst) {
            Q_EMIT dataChanged(index(m_chunkFirst, TokensColumn), index(last, TokensColumn));
            Q_EMIT tokenCountsArrived(m_chunkFirst, last);
        }
    }
    m_editedDuringChunk.clear();
    scheduleTokenChunk();
}

} // namespace Fts::Core

#include "moc_ExampleListModel.cpp"
