// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace Fts {

/**
 * Finetune Studio's settings: a list of pages on the left, the page on the right. The connection profiles
 * page is added by whoever owns the profile and secret stores (see ConnectionProfilesPage); other pages
 * (prices, editor) join with addPage().
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Adds @p page (reparented to the dialog) under @p title; returns its index. */
    int addPage(const QString &title, QWidget *page, const QIcon &icon = {});
    void setCurrentPage(int index);
    int currentPage() const;
    int pageCount() const;
    QWidget *page(int index) const;

private:
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
};

} // namespace Fts
