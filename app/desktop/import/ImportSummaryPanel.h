// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;

namespace Fts::Core {
struct ImportResult;
}

namespace Fts {

/**
 * The outcome of a conversion while it runs and after: progress with a cancel button, then how many
 * examples will be imported, what was changed on the way, and every row that will not be, by line.
 */
class ImportSummaryPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryPanel)
public:
    explicit ImportSummaryPanel(QWidget *parent = nullptr);

    void showRunning(int percent);
    void showResult(const Core::ImportResult &result);
    /** A reason nothing can be imported (bad mapping, unreadable file). */
    void showMessage(const QString &message);
    QString summaryText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_summary;
    QLabel *m_notes;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QListWidget *m_problems;
};

} // namespace Fts
