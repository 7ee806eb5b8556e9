// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/ImportSummaryPanel.h"

#include "core/import/ImportResult.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Fts {

namespace {
// Enough to see what is wrong; a file with thousands of bad rows needs fixing at the source anyway.
constexpr int s_shownProblems = 500;
constexpr int s_visibleProblemRows = 4;
}

ImportSummaryPanel::ImportSummaryPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Conversion progress"));
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelConversion"));
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop reading the file"));
    connect(m_cancel, &QToolButton::clicked, this, &ImportSummaryPanel::cancelRequested);
    row->addWidget(m_summary, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);
    m_notes->hide();
    layout->addWidget(m_notes);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Rows that will not be imported"));
    m_problems->hide();
    layout->addWidget(m_problems);
    showMessage(QString());
}

QString ImportSummaryPanel::summaryText() const
{
    return m_summary->text();
}

void ImportSummaryPanel::showRunning(int percent)
{
    m_summary->setText(tr("Reading…"));
    m_progress->setValue(percent);
    m_progress->show();
    m_cancel->show();
}

void ImportSummaryPanel::showMessage(const QString &message)
{
    m_summary->setText(message);
    m_progress->hide();
    m_cancel->hide();
    m_notes->hide();
    m_problems->clear();
    m_problems->hide();
}

void ImportSummaryPanel::showResult(const Core::ImportResult &result)
{
    m_progress->hide();
    m_cancel->hide();
    if (!result.fatalError.isEmpty()) {
        showMessage(result.fatalError);
        return;
    }
    if (result.cancelled) {
        showMessage(tr("Stopped. Change an option to read the file again."));
        return;
    }
    QString text = tr("%n example(s) will be imported", nullptr, result.exampleCount());
    if (!result.problems.isEmpty())
        text += tr("; %n row(s) will not (see below)", nullptr, int(result.problems.size()));
    m_summary->setText(text + QLatin1Char('.'));
    m_notes->setText(result.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!result.notes.isEmpty());
    m_problems->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Core::ImportProblem &problem : result.problems.mid(0, s_shownProblems)) {
        const QString text = problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.message) : problem.message;
        auto *item = new QListWidgetItem(warning, text, m_problems);
        item->setData(Qt::UserRole, problem.line);
    }
    if (result.problems.size() > s_shownProblems)
        new QListWidgetItem(tr("… and %n more", nullptr, int(result.problems.size() - s_shownProblems)), m_problems);
    // As tall as its rows, up to a few: one problem should not take the preview's room.
    const int rows = qMin(m_problems->count(), s_visibleProblemRows);
    if (rows > 0)
        m_problems->setFixedHeight(rows * m_problems->sizeHintForRow(0) + 2 * m_problems->frameWidth());
    m_problems->setVisible(!result.problems.isEmpty());
}

} // namespace Fts
