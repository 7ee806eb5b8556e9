// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DatasetPage.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleFilterModel.h"
#include "core/editing/ExampleListModel.h"
#include "core/stats/ModelCatalog.h"
#include "desktop/editor/ExampleEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Fts {

DatasetPage::DatasetPage(Core::DatasetDocument *document, Core::ExampleListModel *examples, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_examples(examples)
{
    setObjectName(QStringLiteral("datasetPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("datasetSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 6);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search all examples"));
    m_search->setAccessibleName(tr("Search examples"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    m_statusFilter = new QComboBox(listPane);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show examples by validation status"));
    m_statusFilter->addItems({tr("All examples"), tr("With problems"), tr("With errors"), tr("With warnings")});
    searchRow->addWidget(m_statusFilter);
    listLayout->addLayout(searchRow);

    auto *tokenRow = new QHBoxLayout;
    m_tokenFilter = new QComboBox(listPane);
    m_tokenFilter->setObjectName(QStringLiteral("tokenFilter"));
    m_tokenFilter->setAccessibleName(tr("Show examples by token length"));
    m_tokenFilter->addItems({tr("Any length"), tr("Over the model's limit"), tr("Tokens between")});
    tokenRow->addWidget(m_tokenFilter);
    m_minTokens = new QSpinBox(listPane);
    m_minTokens->setObjectName(QStringLiteral("minimumTokens"));
    m_minTokens->setAccessibleName(tr("Fewest tokens"));
    m_maxTokens = new QSpinBox(listPane);
    m_maxTokens->setObjectName(QStringLiteral("maximumTokens"));
    m_maxTokens->setAccessibleName(tr("Most tokens"));
    for (QSpinBox *box : {m_minTokens, m_maxTokens}) {
        box->setRange(0, 10000000);
        box->setGroupSeparatorShown(true);
        box->setAccelerated(true);
        box->setKeyboardTracking(false);
        box->setEnabled(false);
    }
    m_maxTokens->setValue(4096);
    auto *and_ = new QLabel(tr("and"), listPane);
    tokenRow->addWidget(m_minTokens, 1);
    tokenRow->addWidget(and_);
    tokenRow->addWidget(m_maxTokens, 1);
    listLayout->addLayout(tokenRow);

    m_filter = new Core::ExampleFilterModel(examples, this);
    m_view = new QTableView(listPane);
    m_view->setObjectName(QStringLiteral("exampleView"));
    m_view->setAccessibleName(tr("Examples"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are reordered by dragging them; the model turns a drop into one undoable move.
    // Tab leaves the list for the editor (cells are not edited here; the arrows move between rows).
    m_view->setTabKeyNavigation(false);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(false);
    // DragDrop rather than InternalMove: the model accepts only rows dragged from itself (it checks the drag's
    // origin), and it offers no removeRows(), so the view's remove-after-move does nothing.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Core::ExampleListModel::PreviewColumn, QHeaderView::Stretch);
    header->resizeSection(Core::ExampleListModel::IndexColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("000000")));
    header->resizeSection(Core::ExampleListModel::StatusColumn, m_view->fontMetrics().horizontalAdvance(tr("Status")) + 24);
    header->resizeSection(Core::ExampleListModel::MessagesColumn, m_view->fontMetrics().horizontalAdvance(tr("Messages")) + 16);
    header->resizeSection(Core::ExampleListModel::TokensColumn, m_view->fontMetrics().horizontalAdvance(tr("Tokens")) + 20);
    header->resizeSection(Core::ExampleListModel::SplitColumn, m_view->fontMetrics().horizontalAdvance(tr("Validation")) + 16);
    listLayout->addWidget(m_view, 1);
    m_count = new QLabel(listPane);
    m_count->setObjectName(QStringLiteral("exampleCount"));
    listLayout->addWidget(m_count);

    m_editor = new ExampleEditor(document, m_splitter);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 560});
    layout->addWidget(m_splitter);

    // Searching re-filters after a short pause so that typing stays fluid on big files.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] {
        m_filter->setSearchText(m_search->text());
        updateCount();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchDelay] {
        if (searchDelay->isActive()) {
            searchDelay->stop();
            m_filter->setSearchText(m_search->text());
            updateCount();
        }
        findNext(1);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStatusFilter(Core::ExampleFilterModel::StatusFilter(index));
        updateCount();
    });
    connect(m_tokenFilter, &QComboBox::currentIndexChanged, this, &DatasetPage::applyTokenFilter);
    for (QSpinBox *box : {m_minTokens, m_maxTokens})
        connect(box, &QSpinBox::valueChanged, this, &DatasetPage::applyTokenFilter);
    connect(m_examples, &Core::ExampleListModel::tokenCountsArrived, this, &DatasetPage::updateCount);
    connect(m_examples, &Core::ExampleListModel::tokenCountingFinished, this, &DatasetPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
                m_editor->setRow(row);
                Q_EMIT currentRowChanged(row);
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &DatasetPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DatasetPage::updateCount);
    // Many rows removed or inserted at once reset the list: the example the user was on stays current (or, when
    // it was removed, the one that took its place), as it does when rows go one range at a time.
    for (auto signal : {&Core::DatasetDocument::examplesAboutToBeRemovedInRanges,
                        &Core::DatasetDocument::examplesAboutToBeInsertedInRanges})
        connect(m_document, signal, this, [this] { m_rowBeforeReset = currentRow(); });
    connect(m_document, &Core::DatasetDocument::examplesRemovedInRanges, this,
            [this](const QList<Core::JsonlDocument::Range> &rows) {
                if (m_rowBeforeReset >= 0) {
                    restoreCurrentRow(std::min(Core::DatasetDocument::nextRowAfterRemoval(m_rowBeforeReset, rows),
                                               m_examples->rowCount() - 1));
                }
            });
    connect(m_document, &Core::DatasetDocument::examplesInsertedInRanges, this,
            [this](const QList<Core::JsonlDocument::Range> &rows) {
                restoreCurrentRow(Core::DatasetDocument::rowAfterInsertion(m_rowBeforeReset, rows));
            });
    setTokenModel(Core::ModelCatalog::defaultModel());
    updateCount();
}

void DatasetPage::setTokenModel(const QString &model)
{
    if (model.isEmpty() || model == m_tokenModel)
        return;
    m_tokenModel = model;
    const Core::ModelCatalog::Model described = Core::ModelCatalog::describe(model);
    m_tokenFilter->setItemText(int(TokenFilter::OverLimit),
                               tr("Over the limit of %1 (%2)").arg(model, QLocale().toString(described.maxTokensPerExample)));
    m_examples->setTokenLimit(described.maxTokensPerExample);
    m_examples->setTokenEncoding(described.encoding);
    applyTokenFilter();
}

void DatasetPage::applyTokenFilter()
{
    const auto choice = TokenFilter(m_tokenFilter->currentIndex());
    m_minTokens->setEnabled(choice == TokenFilter::Range);
    m_maxTokens->setEnabled(choice == TokenFilter::Range);
    switch (choice) {
    case TokenFilter::Any:
        m_filter->setTokenRange(-1, -1);
        break;
    case TokenFilter::OverLimit:
        m_filter->setTokenRange(int(qMin<qint64>(m_examples->tokenLimit() + 1, std::numeric_limits<int>::max())), -1);
        break;
    case TokenFilter::Range:
        m_filter->setTokenRange(m_minTokens->value(), qMax(m_minTokens->value(), m_maxTokens->value()));
        break;
    }
    updateCount();
}

void DatasetPage::updateCount()
{
    const int total = m_examples->rowCount();
    const int shown = m_filter->rowCount();
    QString text = shown == total ? tr("%n example(s)", nullptr, total)
                                  : tr("%1 of %n example(s) match", nullptr, total).arg(shown);
    // A token filter can only judge counted examples: say how far counting is.
    if (m_filter->hasTokenFilter() && m_examples->isCountingTokens())
        text += QLatin1String(" · ")
            + tr("counting tokens: %1 of %2").arg(QLocale().toString(m_examples->countedExamples()),
                                                   QLocale().toString(total));
    m_count->setText(text);
}

void DatasetPage::selectExample(int row)
{
    if (row < 0 || row >= m_examples->rowCount())
        return;
    QModelIndex index = m_filter->mapFromSource(m_examples->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_tokenFilter->setCurrentIndex(0);
        m_filter->setSearchText(QString());
        index = m_filter->mapFromSource(m_examples->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void DatasetPage::selectExamples(int first, int count)
{
    selectExample(first);
    QItemSelection selection;
    for (int row = first; row < first + count && row < m_examples->rowCount(); ++row) {
        const QModelIndex index = m_filter->mapFromSource(m_examples->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QList<int> DatasetPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DatasetPage::restoreCurrentRow(int row)
{
    // Unlike selectExample(), never clears the user's search to show the row: a filtered-out row stays hidden.
    m_rowBeforeReset = -1;
    const QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_examples->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

int DatasetPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void DatasetPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DatasetPage::findNext(int direction)
{
    const int count = m_filter->rowCount();
    if (count == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (direction > 0 ? -1 : count);
    const int next = (current + direction + count) % count;
    const QModelIndex index = m_filter->index(next, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace Fts
