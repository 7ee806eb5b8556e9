// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Fts::Core {
class IssueListModel;
}

namespace Fts {

/** The validation issues panel: line, severity, message; double-click (or Enter) jumps to the example. */
class ValidationDock : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationDock)
public:
    ValidationDock(Core::IssueListModel *issues, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /** Shown above the table: "3 errors, 1 warning" or "Validating…". */
    void setSummary(const QString &text);

Q_SIGNALS:
    /** The user asked to see the issue on 1-based @p line (0: the whole file), at JSON @p path. */
    void issueActivated(int line, const QString &path);

private:
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Fts
