// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QIcon>
#include <QList>
#include <QSet>

#include "core/tokenizer/BpeEncoding.h"
#include "core/validation/ValidationReport.h"

#include <atomic>
#include <memory>

namespace Fts::Core {

class DatasetDocument;

/**
 * The example list: one row per example of a DatasetDocument, parsed only when a view asks for it.
 *
 * Nothing is computed at load time, so a million-row file shows its first rows at once; a row's summary
 * (preview, message count) is cached until its example changes.
 */
class ExampleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleListModel)
public:
    // The status comes first: column 0 must not change when rows are inserted above (the row number does).
    enum Column { StatusColumn, IndexColumn, PreviewColumn, MessagesColumn, TokensColumn, SplitColumn, ColumnCount };
    enum class Status : quint8 { Unknown, Valid, Warning, Error };
    enum Role { StatusRole = Qt::UserRole + 1, LineNumberRole, SplitRole, TokensRole };
    /** tokens() of an example not counted yet, and of one that cannot be counted (not a chat example). */
    static constexpr int TokensPending = -2;
    static constexpr int TokensUnknown = -1;
    /** The MIME type of dragged examples: their rows, readable only by the model that made them. */
    static QString rowsMimeType();

    explicit ExampleListModel(DatasetDocument *document, QObject *parent = nullptr);
    ~ExampleListModel() override;

    DatasetDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    /** The rows (for a drop in this list) and their JSON lines as text (for a drop in a text editor). */
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /** A drop of this list's rows before @p row (or on @p parent's row) moves them there: one undo step. */
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /**
     * Moves the examples @p rows (any order) so that they stand together, in their order, where row
     * @p destination was (rowCount() for the end). One undo step: a macro of MoveExampleCommand, one per
     * example that changes place. Returns where the first of them ended up, or -1 when nothing moved.
     */
    int moveExamples(QList<int> rows, int destination);

    /** Status icons by Status value (Unknown, Valid, Warning, Error); the widgets provide them. */
    void setStatusIcons(const QList<QIcon> &icons);
    /** Validation results for the rows, by row; rows not listed are Valid. Call with the revision validated. */
    void setValidationStatuses(const QHash<int, Status> &statuses);
    /** The same, from a validation report of the document as it is now (issues by line). */
    void setValidationReport(const ValidationReport &report);
    Status status(int row) const;
    /** The status of one row after its example was re-checked on its own. */
    void setRowStatus(int row, Status status);
    /** Token counts by row (-1 = unknown), from the statistics. */
    void setTokenCounts(const QList<int> &tokens);

    /**
     * Counts every example's tokens with @p encoding (chat formula, as the statistics do) in the background,
     * a chunk of examples at a time so that the copy of their bytes stays small; rows show their count as it
     * arrives. An edited or inserted example is recounted at once, alone.
     */
    void setTokenEncoding(EncodingId encoding);
    /** The per-example limit of the chosen model: rows above it are marked (0: no limit). */
    void setTokenLimit(qint64 limit);
    qint64 tokenLimit() const { return m_tokenLimit; }
    /** TokensPending, TokensUnknown or the example's tokens. */
    int tokens(int row) const { return m_tokens.value(row, TokensPending); }
    bool isCountingTokens() const;
    /** Examples whose count is known or known to be impossible. */
    int countedExamples() const { return m_countedExamples; }

Q_SIGNALS:
    /** Background counts arrived for rows [first, last] (not sent for recounted edits). */
    void tokenCountsArrived(int first, int last);
    /** Every example has been counted. */
    void tokenCountingFinished();

private:
    struct Summary
    {
        QString preview;
        int messageCount = 0;
        bool computed = false;
        bool parsed = false;
    };
    const Summary &summary(int row) const;
    void invalidate(int first, int last);
    void recountRows(int first, int last);
    void setRowTokens(int row, int tokens);
    void scheduleTokenChunk();
    void onTokenChunkCounted();
    void stopTokenCounting();
    void noteLayoutChange();

    DatasetDocument *const m_document;
    mutable QList<Summary> m_summaries;
    QList<Status> m_statuses;
    QList<int> m_tokens;
    QList<QIcon> m_statusIcons;

    // Background token counting, one chunk at a time.
    bool m_countTokens = false;
    EncodingId m_encoding = EncodingId::O200kBase;
    qint64 m_tokenLimit = 0;
    int m_countedExamples = 0;
    int m_countCursor = 0;
    int m_chunkFirst = 0;
    /** Counts inserts, removals, moves and resets: a chunk counted across one of them has stale rows. */
    quint64 m_layoutRevision = 0;
    quint64 m_chunkLayoutRevision = 0;
    /** Rows edited while their chunk was being counted: their recount is newer than the chunk's. */
    QSet<int> m_editedDuringChunk;
    std::shared_ptr<std::atomic_bool> m_cancelChunk;
    QFutureWatcher<QList<int>> m_chunkWatcher;
};

} // namespace Fts::Core
