// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/metrics/CheckpointRecord.h"
#include "eval/metrics/MetricPoint.h"
#include "eval/metrics/RunEvent.h"

#include <QJsonArray>
#include <QList>
#include <QSet>

#include <vector>

namespace Fts::Eval {

/**
 * The complete metric history of one training run, kept column-wise and ordered by step so that the chart
 * can decimate 100k steps in a fraction of a millisecond. Everything a provider reports is merged here:
 * event pages (which overlap and arrive newest first), checkpoints and the result CSV, de-duplicated by
 * step and by event id. The chart never owns data; it reads this.
 */
class MetricHistory
{
public:
    using Kind = MetricPoint::Kind;

    int size() const { return static_cast<int>(m_steps.size()); }
    bool isEmpty() const { return m_steps.empty(); }
    const std::vector<int> &steps() const { return m_steps; }
    const std::vector<double> &column(Kind kind) const { return m_columns[static_cast<size_t>(kind)]; }
    MetricPoint pointAt(int index) const;
    /** The index of @p step, or -1. */
    int indexOfStep(int step) const;
    /** The index of the reported step nearest to @p step (ties go to the earlier one), or -1 when empty. */
    int nearestIndex(double step) const;
    int firstStep() const { return m_steps.empty() ? 0 : m_steps.front(); }
    int lastStep() const { return m_steps.empty() ? 0 : m_steps.back(); }
    /** How many steps have a value of @p kind; kept up to date on merge, so it is free to ask. */
    int countOf(Kind kind) const { return m_counts[static_cast<size_t>(kind)]; }

    /** Merges one point: missing steps are inserted in order, known ones take the newly reported values. */
    bool merge(const MetricPoint &point);
    int mergeAll(const std::vector<MetricPoint> &points);

    /**
     * Merges one page of `GET …/events` (the `data` array, in any order, overlapping earlier pages).
     * Returns the number of events not seen before.
     */
    int mergeEventPage(const QJsonArray &events);
    bool mergeEvent(const QJsonObject &event);
    const QList<RunEvent> &events() const { return m_events; }
    /** Events merged since markClean(), in arrival order: what persistence still has to write. */
    const QList<RunEvent> &unsavedEvents() const { return m_unsavedEvents; }
    bool hasEvent(const QString &id) const { return m_eventIds.contains(id); }

    bool mergeCheckpoint(const CheckpointRecord &checkpoint);
    int mergeCheckpointPage(const QJsonArray &checkpoints);
    /** Ordered by step. */
    const QList<CheckpointRecord> &checkpoints() const { return m_checkpoints; }

    /** The planned number of steps (from `total_steps`), 0 while unknown. */
    int totalSteps() const { return m_totalSteps; }
    void setTotalSteps(int totalSteps);
    /** The resolved epoch count (from the job's hyperparameters), 0 while unknown. */
    int epochCount() const { return m_epochCount; }
    void setEpochCount(int epochs);
    /** Steps per epoch, from total steps and epochs, else from the spacing of full-validation points; 0 if unknown. */
    double stepsPerEpoch() const;
    double epochAtStep(double step) const;
    /** The last step of each completed epoch, as far as it can be known. */
    QList<int> epochEndSteps() const;

    /** Grows with every change: the chart redraws only when it moved. */
    quint64 revision() const { return m_revision; }
    /** The first index changed since markClean(): persistence writes only from there on. */
    int dirtyFromIndex() const { return m_dirtyFrom; }
    bool isDirty() const { return m_dirtyFrom < size() || m_metaDirty; }
    void markClean();

    void clear();

private:
    void touch(int index);

    std::vector<int> m_steps;
    std::array<std::vector<double>, MetricPoint::KindCount> m_columns;
    std::array<int, MetricPoint::KindCount> m_counts{};
    QList<RunEvent> m_events;
    QList<RunEvent> m_unsavedEvents;
    QSet<QString> m_eventIds;
    QList<CheckpointRecord> m_checkpoints;
    int m_totalSteps = 0;
    int m_epochCount = 0;
    quint64 m_revision = 0;
    int m_dirtyFrom = 0;
    bool m_metaDirty = false;
};

} // namespace Fts::Eval
