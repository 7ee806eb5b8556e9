// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;

namespace Fts::Core {
class DatasetDocument;
class ExampleFilterModel;
class ExampleListModel;
}

namespace Fts {

class ExampleEditor;

/** The Dataset step: the searchable example list on the left, the example editor on the right. */
class DatasetPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetPage)
public:
    DatasetPage(Core::DatasetDocument *document, Core::ExampleListModel *examples, QWidget *parent = nullptr);

    QTableView *exampleView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    ExampleEditor *editor() const { return m_editor; }
    QSplitter *splitter() const { return m_splitter; }
    Core::ExampleFilterModel *filterModel() const { return m_filter; }

    /** Selects and shows example @p row (a document row), clearing a filter that hides it. */
    void selectExample(int row);
    /** Selects @p count examples from document row @p first, the first one current. */
    void selectExamples(int first, int count);
    /** The selected document rows, ascending. */
    QList<int> selectedRows() const;
    int currentRow() const;
    void focusSearch();
    void findNext(int direction);

    /**
     * The model the dataset is for (as chosen in the statistics): its tokenizer counts the Tokens column and
     * its per-example limit is what "Over the limit" filters on. The default is ModelCatalog::defaultModel().
     */
    void setTokenModel(const QString &model);
    QString tokenModel() const { return m_tokenModel; }
    QComboBox *tokenFilter() const { return m_tokenFilter; }
    QSpinBox *minimumTokensBox() const { return m_minTokens; }
    QSpinBox *maximumTokensBox() const { return m_maxTokens; }
    /** The token filter choices, in the order of tokenFilter(). */
    enum class TokenFilter { Any, OverLimit, Range };

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void updateCount();
    void applyTokenFilter();
    void restoreCurrentRow(int row);

    Core::DatasetDocument *const m_document;
    Core::ExampleListModel *const m_examples;
    Core::ExampleFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_tokenFilter = nullptr;
    QSpinBox *m_minTokens = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QString m_tokenModel;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    ExampleEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_rowBeforeReset = -1; // the current row when a batch of rows began to change
};

} // namespace Fts
