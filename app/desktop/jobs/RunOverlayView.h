// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QTableWidget;

namespace Fts::Eval {
class RunStore;
}

namespace Fts {

class LossChartView;

/**
 * Several runs on one chart, each in its own colour, above a table of their settings and training files
 * where the rows that differ are highlighted: the question is always "what did I change?".
 */
class RunOverlayView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOverlayView)
public:
    explicit RunOverlayView(Eval::RunStore *store, QWidget *parent = nullptr);

    void setRunIds(const QStringList &runIds);
    QStringList runIds() const { return m_runIds; }
    LossChartView *chart() const { return m_chart; }
    QTableWidget *settingsTable() const { return m_table; }
    /** Names of the settings rows whose values differ between the runs. */
    QStringList differingSettings() const;

private:
    void rebuildTable();

    QPointer<Eval::RunStore> m_store;
    QStringList m_runIds;
    LossChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Fts
