// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ValidationDock.h"

#include "core/editing/IssueListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Fts {

ValidationDock::ValidationDock(Core::IssueListModel *issues, QWidget *parent)
    : QDockWidget(tr("Validation"), parent)
{
    setObjectName(QStringLiteral("validationDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(tr("No dataset open"), content);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    layout->addWidget(m_summary);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("issueView"));
    m_view->setAccessibleName(tr("Validation issues"));
    m_view->setModel(issues);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(Core::IssueListModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(Core::IssueListModel::SeverityColumn,
                                                     QHeaderView::ResizeToContents);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT issueActivated(index.data(Core::IssueListModel::LineRole).toInt(),
                              index.data(Core::IssueListModel::PathRole).toString());
    });
}

void ValidationDock::setSummary(const QString &text)
{
    m_summary->setText(text);
}

} // namespace Fts
