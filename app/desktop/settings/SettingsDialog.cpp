// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Fts {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pageList->setFixedWidth(170);
    m_pageList->setIconSize(QSize(20, 20));
    m_pageList->setSpacing(2);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *content = new QHBoxLayout;
    content->addWidget(m_pageList);
    content->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

int SettingsDialog::addPage(const QString &title, QWidget *page, const QIcon &icon)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_pageList);
    item->setSizeHint(QSize(0, 32));
    if (m_pageList->currentRow() < 0)
        m_pageList->setCurrentRow(0);
    return index;
}

void SettingsDialog::setCurrentPage(int index)
{
    m_pageList->setCurrentRow(index);
}

int SettingsDialog::currentPage() const
{
    return m_pages->currentIndex();
}

int SettingsDialog::pageCount() const
{
    return m_pages->count();
}

QWidget *SettingsDialog::page(int index) const
{
    return m_pages->widget(index);
}

} // namespace Fts
