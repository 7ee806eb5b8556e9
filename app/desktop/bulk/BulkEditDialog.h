// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/bulk/BulkOperation.h"

#include <QDialog>

#include <functional>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Fts::Core {
class BulkPlan;
class BulkPlanner;
class BulkPreviewModel;
class BulkSnapshot;
class DatasetDocument;
}

namespace Fts {

class MainWindow;

/**
 * One bulk edit (find and replace, set the system prompt, delete or move matching examples, remove
 * duplicates) with a preview that follows every keystroke: what changes, where, before and after with the
 * change highlighted, and a count. Apply pushes the plan as one undo step; the dialog is not modal, so a
 * double-click on a preview row shows that example in the editor behind it.
 */
class BulkEditDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)
public:
    using Kind = Core::BulkOperation::Kind;

    BulkEditDialog(Kind kind, Core::DatasetDocument *document, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    /**
     * Opens (or raises) the dialog of @p kind for @p window's dataset, offering the list's selection and the
     * rows its filter shows as scopes, and taking the list's search text as the match text.
     */
    static BulkEditDialog *openFor(MainWindow *window, Kind kind);

    Kind kind() const { return m_kind; }
    /** Scopes besides "all examples": the selected rows and, when the list is filtered, the rows it shows. */
    void setScopes(const QList<int> &selectedRows, const QList<int> &shownRows);
    /** Where the rows' validation statuses come from: asked at each plan, so they match the rows as they are. */
    void setStatusProvider(const std::function<QList<quint8>()> &statuses);
    void setMatchText(const QString &text);

    Core::BulkPreviewModel *previewModel() const { return m_preview; }

Q_SIGNALS:
    /** A preview row was double-clicked: show example @p row (document row), field @p pointer. */
    void exampleActivated(int row, const QString &pointer);

private:
    void buildFindReplace(QWidget *form);
    void buildSystemPrompt(QWidget *form);
    void buildMatching(QWidget *form);
    void buildDuplicates(QWidget *form);
    void schedulePlan();
    void startPlan();
    void showPlan(const Core::BulkPlan &plan);
    void apply();
    Core::BulkOperation operation() const;
    void updateScopeLabels();

    const Kind m_kind;
    Core::DatasetDocument *const m_document;
    Core::BulkPlanner *m_planner = nullptr;
    Core::BulkPreviewModel *m_preview = nullptr;
    std::shared_ptr<const Core::BulkSnapshot> m_snapshot;
    std::function<QList<quint8>()> m_statuses;
    bool m_rowScopesDropped = false;
    QList<int> m_selectedRows;
    QList<int> m_shownRows;
    QTimer *m_planDelay = nullptr;
    bool m_planIsCurrent = false;

    QLineEdit *m_find = nullptr;
    QLineEdit *m_replacement = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QCheckBox *m_wholeWord = nullptr;
    QList<QCheckBox *> m_roles;
    QPlainTextEdit *m_prompt = nullptr;
    QCheckBox *m_onlyExisting = nullptr;
    QLineEdit *m_matchText = nullptr;
    QComboBox *m_matchSplit = nullptr;
    QComboBox *m_matchStatus = nullptr;
    QComboBox *m_targetSplit = nullptr;
    QCheckBox *m_messagesOnly = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_note = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Fts
