// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/bulk/BulkEditDialog.h"
#include "desktop/InlineErrorLabel.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/DatasetSplitNames.h"
#include "core/editing/ExampleFilterModel.h"
#include "core/editing/ExampleListModel.h"
#include "core/editing/bulk/BulkPlanner.h"
#include "core/editing/bulk/BulkPreviewModel.h"
#include "core/editing/bulk/BulkSnapshot.h"
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/bulk/BulkPreviewDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Fts {

using Core::BulkOperation;

namespace {

enum Scope { AllScope, SelectedScope, ShownScope };

QString titleFor(BulkEditDialog::Kind kind)
{
    switch (kind) {
    case BulkEditDialog::Kind::FindReplace:
        return BulkEditDialog::tr("Find and Replace");
    case BulkEditDialog::Kind::SetSystemPrompt:
        return BulkEditDialog::tr("Set System Prompt");
    case BulkEditDialog::Kind::DeleteMatching:
        return BulkEditDialog::tr("Delete Matching Examples");
    case BulkEditDialog::Kind::MoveToSplit:
        return BulkEditDialog::tr("Move Matching to Split");
    case BulkEditDialog::Kind::RemoveDuplicates:
        return BulkEditDialog::tr("Remove Duplicates");
    }
    return QString();
}

QString applyTextFor(BulkEditDialog::Kind kind)
{
    switch (kind) {
    case BulkEditDialog::Kind::FindReplace:
        return BulkEditDialog::tr("&Replace All");
    case BulkEditDialog::Kind::SetSystemPrompt:
        return BulkEditDialog::tr("&Set Prompt");
    case BulkEditDialog::Kind::DeleteMatching:
        return BulkEditDialog::tr("&Delete");
    case BulkEditDialog::Kind::MoveToSplit:
        return BulkEditDialog::tr("&Move");
    case BulkEditDialog::Kind::RemoveDuplicates:
        return BulkEditDialog::tr("&Remove Duplicates");
    }
    return QString();
}

void addSplits(QComboBox *combo)
{
    for (Core::DatasetSplit split : {Core::DatasetSplit::Train, Core::DatasetSplit::Validation,
                                     Core::DatasetSplit::Test, Core::DatasetSplit::Unassigned})
        combo->addItem(Core::DatasetSplitNames::displayName(split), int(split));
}

} // namespace

BulkEditDialog::BulkEditDialog(Kind kind, Core::DatasetDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_document(document)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(titleFor(kind));
    setSizeGripEnabled(true);
    m_planner = new Core::BulkPlanner(this);
    m_preview = new Core::BulkPreviewModel(this);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QWidget(this);
    switch (kind) {
    case Kind::FindReplace:
        buildFindReplace(form);
        break;
    case Kind::SetSystemPrompt:
        buildSystemPrompt(form);
        break;
    case Kind::DeleteMatching:
    case Kind::MoveToSplit:
        buildMatching(form);
        break;
    case Kind::RemoveDuplicates:
        buildDuplicates(form);
        break;
    }
    layout->addWidget(form);

    auto *scopeRow = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Apply to:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    scopeLabel->setBuddy(m_scope);
    m_scope->addItem(QString(), AllScope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch(1);
    layout->addLayout(scopeRow);

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryRow->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Preview progress"));
    m_progress->hide();
    summaryRow->addWidget(m_progress);
    layout->addLayout(summaryRow);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setAccessibleName(tr("Preview of the changes"));
    m_view->setModel(m_preview);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegate(new BulkPreviewDelegate(m_view));
    // Fixed heights of two text lines: the view never measures ten thousand rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() * 2 + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Core::BulkPreviewModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Core::BulkPreviewModel::AfterColumn, QHeaderView::Stretch);
    header->resizeSection(Core::BulkPreviewModel::LineColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 12);
    // Wide enough for a typical label with its count, so that rows with several matches do not wrap.
    const QString widestField = Core::BulkPreviewModel::fieldLabel(QStringLiteral("message 12 · assistant"), 3);
    header->resizeSection(Core::BulkPreviewModel::FieldColumn, m_view->fontMetrics().horizontalAdvance(widestField) + 16);
    m_view->setToolTip(tr("Double-click a row to show the example."));
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT exampleActivated(index.data(Core::BulkPreviewModel::ExampleRowRole).toInt(),
                                index.data(Core::BulkPreviewModel::PointerRole).toString());
    });
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(applyTextFor(kind), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(false);
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_planDelay = new QTimer(this);
    m_planDelay->setSingleShot(true);
    m_planDelay->setInterval(120);
    connect(m_planDelay, &QTimer::timeout, this, &BulkEditDialog::startPlan);
    connect(m_planner, &Core::BulkPlanner::progressChanged, this, [this](int percent) {
        m_progress->setValue(percent);
        if (percent < 100)
            m_progress->show();
    });
    connect(m_planner, &Core::BulkPlanner::finished, this, &BulkEditDialog::showPlan);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BulkEditDialog::schedulePlan);
    // Row numbers taken when the dialog opened (the selection, the filtered list) no longer name the same
    // examples once rows are inserted, removed or moved: those scopes are dropped rather than applied to others.
    const auto dropRowScopes = [this] {
        if (m_selectedRows.isEmpty() && m_shownRows.isEmpty())
            return;
        m_selectedRows.clear();
        m_shownRows.clear();
        m_rowScopesDropped = true;
        updateScopeLabels();
        schedulePlan();
    };
    for (auto signal : {&Core::DatasetDocument::examplesInserted, &Core::DatasetDocument::examplesRemoved,
                        &Core::DatasetDocument::exampleMoved})
        connect(m_document, signal, this, dropRowScopes);
    connect(m_document, &Core::DatasetDocument::contentReset, this, dropRowScopes);
    for (auto signal : {&Core::DatasetDocument::examplesInsertedInRanges, &Core::DatasetDocument::examplesRemovedInRanges})
        connect(m_document, signal, this, dropRowScopes);
    // Edits made meanwhile (the dialog is not modal) make the preview stale: plan again.
    connect(m_document, &Core::DatasetDocument::changed, this, [this] {
        m_planIsCurrent = false;
        m_apply->setEnabled(false);
        m_planDelay->start(400);
    });
    updateScopeLabels();
    resize(980, 640);
    schedulePlan();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::buildFindReplace(QWidget *form)
{
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_find = new QLineEdit(form);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Text or pattern to find"));
    m_find->setClearButtonEnabled(true);
    m_replacement = new QLineEdit(form);
    m_replacement->setObjectName(QStringLiteral("replaceField"));
    m_replacement->setPlaceholderText(tr("Replacement (empty removes the match)"));
    layout->addRow(tr("&Find:"), m_find);
    layout->addRow(tr("Replace &with:"), m_replacement);
    auto *options = new QHBoxLayout;
    m_caseSensitive = new QCheckBox(tr("Match &case"), form);
    m_caseSensitive->setObjectName(QStringLiteral("caseCheck"));
    m_wholeWord = new QCheckBox(tr("W&hole words"), form);
    m_wholeWord->setObjectName(QStringLiteral("wholeWordCheck"));
    m_regex = new QCheckBox(tr("Regular e&xpression"), form);
    m_regex->setObjectName(QStringLiteral("regexCheck"));
    m_regex->setToolTip(tr("The replacement may use \\1 or $1 for groups, ${name} for named groups and $& for "
                           "the whole match."));
    options->addWidget(m_caseSensitive);
    options->addWidget(m_wholeWord);
    options->addWidget(m_regex);
    options->addStretch(1);
    layout->addRow(QString(), options);
    auto *roles = new QHBoxLayout;
    const QList<std::pair<QString, QString>> names{{tr("S&ystem"), QStringLiteral("roleSystem")},
                                                   {tr("&User"), QStringLiteral("roleUser")},
                                                   {tr("Assis&tant"), QStringLiteral("roleAssistant")},
                                                   {tr("T&ool"), QStringLiteral("roleTool")}};
    for (const auto &[text, name] : names) {
        auto *box = new QCheckBox(text, form);
        box->setObjectName(name);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::schedulePlan);
        roles->addWidget(box);
        m_roles.append(box);
    }
    roles->addStretch(1);
    layout->addRow(tr("In messages of:"), roles);
    for (QLineEdit *field : {m_find, m_replacement})
        connect(field, &QLineEdit::textChanged, this, &BulkEditDialog::schedulePlan);
    for (QCheckBox *box : {m_caseSensitive, m_wholeWord, m_regex})
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::schedulePlan);
    setFocusProxy(m_find);
}

void BulkEditDialog::buildSystemPrompt(QWidget *form)
{
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&System prompt:"), form);
    m_prompt = new QPlainTextEdit(form);
    m_prompt->setObjectName(QStringLiteral("promptEdit"));
    m_prompt->setPlaceholderText(tr("The instructions every example should start with"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 6 + 12);
    label->setBuddy(m_prompt);
    m_onlyExisting = new QCheckBox(tr("&Only replace existing system prompts (add none where missing)"), form);
    m_onlyExisting->setObjectName(QStringLiteral("onlyExistingCheck"));
    layout->addWidget(label);
    layout->addWidget(m_prompt);
    layout->addWidget(m_onlyExisting);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &BulkEditDialog::schedulePlan);
    connect(m_onlyExisting, &QCheckBox::toggled, this, &BulkEditDialog::schedulePlan);
    setFocusProxy(m_prompt);
}

void BulkEditDialog::buildMatching(QWidget *form)
{
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_matchText = new QLineEdit(form);
    m_matchText->setObjectName(QStringLiteral("matchTextField"));
    m_matchText->setPlaceholderText(tr("Any text (as in the list's search)"));
    m_matchText->setClearButtonEnabled(true);
    m_matchSplit = new QComboBox(form);
    m_matchSplit->setObjectName(QStringLiteral("matchSplitCombo"));
    m_matchSplit->addItem(tr("Any split"), -1);
    addSplits(m_matchSplit);
    m_matchStatus = new QComboBox(form);
    m_matchStatus->setObjectName(QStringLiteral("matchStatusCombo"));
    m_matchStatus->addItems({tr("Any status"), tr("With problems"), tr("With errors"), tr("With warnings")});
    layout->addRow(tr("&Containing:"), m_matchText);
    layout->addRow(tr("In &split:"), m_matchSplit);
    layout->addRow(tr("Validation s&tatus:"), m_matchStatus);
    if (m_kind == Kind::MoveToSplit) {
        m_targetSplit = new QComboBox(form);
        m_targetSplit->setObjectName(QStringLiteral("targetSplitCombo"));
        addSplits(m_targetSplit);
        m_targetSplit->setCurrentIndex(2);
        layout->addRow(tr("&Move to:"), m_targetSplit);
        connect(m_targetSplit, &QComboBox::currentIndexChanged, this, &BulkEditDialog::schedulePlan);
    }
    connect(m_matchText, &QLineEdit::textChanged, this, &BulkEditDialog::schedulePlan);
    connect(m_matchSplit, &QComboBox::currentIndexChanged, this, &BulkEditDialog::schedulePlan);
    connect(m_matchStatus, &QComboBox::currentIndexChanged, this, &BulkEditDialog::schedulePlan);
    setFocusProxy(m_matchText);
}

void BulkEditDialog::buildDuplicates(QWidget *form)
{
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *explanation = new QLabel(
        tr("Examples that are the same after normalising their JSON count as duplicates: key order, spacing and "
           "escapes do not matter. The first of each is kept; lines that are not valid JSON are left alone."),
        form);
    explanation->setWordWrap(true);
    m_messagesOnly = new QCheckBox(tr("Compare only the &conversation (ignore tools and other keys)"), form);
    m_messagesOnly->setObjectName(QStringLiteral("messagesOnlyCheck"));
    layout->addWidget(explanation);
    layout->addWidget(m_messagesOnly);
    connect(m_messagesOnly, &QCheckBox::toggled, this, &BulkEditDialog::schedulePlan);
}

BulkEditDialog *BulkEditDialog::openFor(MainWindow *window, Kind kind)
{
    for (BulkEditDialog *open : window->findChildren<BulkEditDialog *>()) {
        // A closed dialog is only waiting for its deferred deletion: it must not be shown again.
        if (open->kind() == kind && open->isVisible()) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new BulkEditDialog(kind, window->document(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    DatasetPage *page = window->datasetPage();
    Core::ExampleFilterModel *filter = page->filterModel();
    QList<int> shown;
    if (filter->rowCount() != window->exampleModel()->rowCount()) {
        shown.reserve(filter->rowCount());
        for (int i = 0; i < filter->rowCount(); ++i)
            shown.append(filter->mapToSource(filter->index(i, 0)).row());
        std::sort(shown.begin(), shown.end());
    }
    const QList<int> selected = page->selectedRows();
    dialog->setScopes(selected.size() > 1 ? selected : QList<int>(), shown);
    dialog->setStatusProvider([model = window->exampleModel()] {
        QList<quint8> statuses;
        statuses.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            statuses.append(quint8(model->status(row)));
        return statuses;
    });
    // The list's search is the natural first guess of what to match (an empty one changes nothing).
    dialog->setMatchText(filter->searchText());
    connect(dialog, &BulkEditDialog::exampleActivated, window, [window](int row) {
        window->showWorkflowPage(MainWindow::WorkflowPage::Dataset);
        window->datasetPage()->selectExample(row);
    });
    dialog->show();
    return dialog;
}

void BulkEditDialog::setScopes(const QList<int> &selectedRows, const QList<int> &shownRows)
{
    m_selectedRows = selectedRows;
    m_shownRows = shownRows;
    updateScopeLabels();
    // The narrowest scope the user prepared is the likely intent.
    if (!m_selectedRows.isEmpty())
        m_scope->setCurrentIndex(m_scope->findData(SelectedScope));
    else if (!m_shownRows.isEmpty())
        m_scope->setCurrentIndex(m_scope->findData(ShownScope));
    schedulePlan();
}

void BulkEditDialog::setStatusProvider(const std::function<QList<quint8>()> &statuses)
{
    m_statuses = statuses;
    m_snapshot.reset();
    schedulePlan();
}

void BulkEditDialog::setMatchText(const QString &text)
{
    if (m_matchText)
        m_matchText->setText(text);
    else if (m_find)
        m_find->setText(text);
}

void BulkEditDialog::updateScopeLabels()
{
    const QSignalBlocker blocker(m_scope);
    const int current = m_scope->currentData().toInt();
    m_scope->clear();
    m_scope->addItem(tr("All examples (%1)").arg(QLocale().toString(m_document->exampleCount())), AllScope);
    if (!m_selectedRows.isEmpty())
        m_scope->addItem(tr("Selected examples (%1)").arg(QLocale().toString(m_selectedRows.size())), SelectedScope);
    if (!m_shownRows.isEmpty())
        m_scope->addItem(tr("Examples shown in the list (%1)").arg(QLocale().toString(m_shownRows.size())), ShownScope);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(current)));
}

BulkOperation BulkEditDialog::operation() const
{
    BulkOperation operation;
    operation.kind = m_kind;
    switch (m_scope->currentData().toInt()) {
    case SelectedScope:
        operation.restrictToRows = true;
        operation.rows = m_selectedRows;
        break;
    case ShownScope:
        operation.restrictToRows = true;
        operation.rows = m_shownRows;
        break;
    default:
        break;
    }
    switch (m_kind) {
    case Kind::FindReplace: {
        operation.find = m_find->text();
        operation.replacement = m_replacement->text();
        operation.regularExpression = m_regex->isChecked();
        operation.caseSensitive = m_caseSensitive->isChecked();
        operation.wholeWord = m_wholeWord->isChecked();
        const int flags[] = {BulkOperation::SystemRole, BulkOperation::UserRole, BulkOperation::AssistantRole,
                             BulkOperation::ToolRole};
        operation.roles = 0;
        for (int i = 0; i < m_roles.size(); ++i) {
            if (m_roles.at(i)->isChecked())
                operation.roles |= flags[i];
        }
        break;
    }
    case Kind::SetSystemPrompt:
        operation.systemPrompt = m_prompt->toPlainText();
        operation.onlyReplaceExisting = m_onlyExisting->isChecked();
        break;
    case Kind::DeleteMatching:
    case Kind::MoveToSplit:
        operation.matchText = m_matchText->text();
        operation.matchSplit = m_matchSplit->currentData().toInt();
        operation.matchStatus = Core::ExampleFilterModel::StatusFilter(m_matchStatus->currentIndex());
        if (m_targetSplit)
            operation.targetSplit = Core::DatasetSplit(m_targetSplit->currentData().toInt());
        break;
    case Kind::RemoveDuplicates:
        operation.compareMessagesOnly = m_messagesOnly->isChecked();
        break;
    }
    return operation;
}

void BulkEditDialog::schedulePlan()
{
    m_planIsCurrent = false;
    m_apply->setEnabled(false);
    m_planDelay->start(120);
}

void BulkEditDialog::startPlan()
{
    if (m_kind == Kind::FindReplace && m_find->text().isEmpty()) {
        m_planner->cancel();
        m_preview->clear();
        m_progress->hide();
        m_summary->setText(tr("Type the text to find."));
        m_note->hide();
        m_planIsCurrent = true;
        return;
    }
    if (!m_snapshot || m_snapshot->revision() != m_document->revision()) {
        m_snapshot = Core::BulkSnapshot::capture(*m_document, m_statuses ? m_statuses() : QList<quint8>());
    }
    m_planner->start(m_snapshot, operation());
}

void BulkEditDialog::showPlan(const Core::BulkPlan &plan)
{
    if (plan.revision != m_document->revision()) {
        schedulePlan();
        return;
    }
    m_progress->hide();
    m_preview->setPlan(plan);
    m_planIsCurrent = true;
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, plan.errorMessage.isEmpty() ? this->palette().color(QPalette::WindowText)
                                                                       : InlineErrorLabel::errorColour(palette));
    m_summary->setPalette(palette);
    if (plan.errorMessage.isEmpty() && plan.changeCount == 0 && m_kind == Kind::FindReplace)
        m_summary->setText(tr("No matches in %n example(s)", nullptr, plan.consideredCount));
    else if (plan.errorMessage.isEmpty() && plan.isEmpty())
        m_summary->setText(tr("Nothing to change in %n example(s)", nullptr, plan.consideredCount));
    else
        m_summary->setText(plan.summary());
    QStringList notes;
    if (m_rowScopesDropped)
        notes.append(tr("Examples were inserted, removed or moved since this dialog opened, so the selection it was "
                        "opened with no longer applies: the change is for all examples."));
    if (plan.skippedInvalidCount > 0) {
        QStringList lines;
        for (int line : plan.skippedInvalidLines.mid(0, 5))
            lines.append(QString::number(line));
        notes.append(tr("%n line(s) are not valid JSON and stay exactly as they are (line %1).", nullptr,
                        plan.skippedInvalidCount)
                         .arg(lines.join(QStringLiteral(", "))
                              + (plan.skippedInvalidCount > 5 ? QStringLiteral(", …") : QString())));
    }
    if (plan.previewItems.size() >= Core::BulkPlan::MaxPreviewItems)
        notes.append(tr("The preview lists the first %1 changes; all of them are applied.")
                         .arg(QLocale().toString(plan.previewItems.size())));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    m_apply->setEnabled(!plan.isEmpty() && plan.errorMessage.isEmpty());
}

void BulkEditDialog::apply()
{
    if (!m_planIsCurrent || m_preview->plan().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QUndoCommand *command = m_preview->plan().createCommand(m_document);
    if (command)
        m_document->undoStack()->push(command);
    QApplication::restoreOverrideCursor();
    if (!command) {
        // The dataset changed since the preview: show the new one rather than apply an outdated plan.
        schedulePlan();
        return;
    }
    accept();
}

} // namespace Fts
