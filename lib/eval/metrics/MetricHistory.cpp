// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/MetricHistory.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Fts::Eval {

MetricPoint MetricHistory::pointAt(int index) const
{
    MetricPoint point(m_steps[index]);
    for (int k = 0; k < MetricPoint::KindCount; ++k)
        point.setValue(static_cast<Kind>(k), m_columns[k][index]);
    return point;
}

int MetricHistory::indexOfStep(int step) const
{
    const auto it = std::lower_bound(m_steps.begin(), m_steps.end(), step);
    if (it == m_steps.end() || *it != step)
        return -1;
    return static_cast<int>(it - m_steps.begin());
}

int MetricHistory::nearestIndex(double step) const
{
    if (m_steps.empty())
        return -1;
    const auto it = std::lower_bound(m_steps.begin(), m_steps.end(), step);
    if (it == m_steps.begin())
        return 0;
    if (it == m_steps.end())
        return size() - 1;
    const int after = static_cast<int>(it - m_steps.begin());
    return (step - m_steps[after - 1] <= *it - step) ? after - 1 : after;
}

bool MetricHistory::merge(const MetricPoint &point)
{
    if (point.isEmpty())
        return false;
    const int step = point.step();
    int index;
    if (m_steps.empty() || step > m_steps.back()) {
        // The common case while a job runs: a new step at the end.
        index = size();
        m_steps.push_back(step);
        for (auto &column : m_columns)
            column.push_back(std::numeric_limits<double>::quiet_NaN());
    } else {
        const auto it = std::lower_bound(m_steps.begin(), m_steps.end(), step);
        index = static_cast<int>(it - m_steps.begin());
        if (it == m_steps.end() || *it != step) {
            m_steps.insert(it, step);
            for (auto &column : m_columns)
                column.insert(column.begin() + index, std::numeric_limits<double>::quiet_NaN());
        }
    }
    bool changed = false;
    for (int k = 0; k < MetricPoint::KindCount; ++k) {
        const double incoming = point.value(static_cast<Kind>(k));
        double &stored = m_columns[k][index];
        if (std::isnan(incoming) || incoming == stored)
            continue;
        if (std::isnan(stored))
            ++m_counts[k];
        stored = incoming;
        changed = true;
    }
    if (changed)
        touch(index);
    return changed;
}

int MetricHistory::mergeAll(const std::vector<MetricPoint> &points)
{
    int changed = 0;
    for (const MetricPoint &point : points)
        changed += merge(point) ? 1 : 0;
    return changed;
}

bool MetricHistory::mergeEvent(const QJsonObject &json)
{
    RunEvent event = RunEvent::fromJson(json);
    // An event without an id cannot be de-duplicated by id; its text and time stand in for it.
    if (event.id.isEmpty())
        event.id = QString::number(event.createdAt.toSecsSinceEpoch()) + QLatin1Char(':') + event.message;
    if (m_eventIds.contains(event.id))
        return false;
    m_eventIds.insert(event.id);
    const QJsonObject data = json.value(QLatin1String("data")).toObject();
    if (event.isMetrics || data.contains(QLatin1String("step"))) {
        bool hasStep = false;
        const MetricPoint point = MetricPoint::fromJson(data, &hasStep);
        if (hasStep)
            merge(point);
        const int total = data.value(QLatin1String("total_steps")).toInt();
        if (total > 0)
            setTotalSteps(total);
    }
    // Ordered by time, and among equal times by arrival: pages are newest first, so a stable insert works.
    const auto position = std::upper_bound(m_events.begin(), m_events.end(), event,
                                           [](const RunEvent &a, const RunEvent &b) { return a.createdAt < b.createdAt; });
    m_events.insert(position, event);
    m_unsavedEvents.append(event);
    m_metaDirty = true;
    ++m_revision;
    return true;
}

int MetricHistory::mergeEventPage(const QJsonArray &events)
{
    // Pages are newest first; merging oldest first keeps events of the same second in their real order.
    int added = 0;
    for (qsizetype i = events.size() - 1; i >= 0; --i)
        added += mergeEvent(events.at(i).toObject()) ? 1 : 0;
    return added;
}

bool MetricHistory::mergeCheckpoint(const CheckpointRecord &checkpoint)
{
    merge(checkpoint.metrics);
    auto existing = std::find_if(m_checkpoints.begin(), m_checkpoints.end(),
                                 [&](const CheckpointRecord &c) { return c.id == checkpoint.id; });
    if (existing != m_checkpoints.end()) {
        const bool changed = existing->modelName != checkpoint.modelName || existing->step != checkpoint.step
                             || existing->metrics.mergeFrom(checkpoint.metrics);
        existing->modelName = checkpoint.modelName;
        existing->step = checkpoint.step;
        if (changed) {
            m_metaDirty = true;
            ++m_revision;
        }
        return changed;
    }
    const auto position = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), checkpoint,
                                           [](const CheckpointRecord &a, const CheckpointRecord &b) { return a.step < b.step; });
    m_checkpoints.insert(position, checkpoint);
    m_metaDirty = true;
    ++m_revision;
    return true;
}

int MetricHistory::mergeCheckpointPage(const QJsonArray &checkpoints)
{
    int changed = 0;
    for (const QJsonValue &value : checkpoints)
        changed += mergeCheckpoint(CheckpointRecord::fromJson(value.toObject())) ? 1 : 0;
    return changed;
}

void MetricHistory::setTotalSteps(int totalSteps)
{
    if (totalSteps == m_totalSteps || totalSteps < 0)
        return;
    m_totalSteps = totalSteps;
    m_metaDirty = true;
    ++m_revision;
}

void MetricHistory::setEpochCount(int epochs)
{
    if (epochs == m_epochCount || epochs < 0)
        return;
    m_epochCount = epochs;
    m_metaDirty = true;
    ++m_revision;
}

double MetricHistory::stepsPerEpoch() const
{
    if (m_totalSteps > 0 && m_epochCount > 0)
        return double(m_totalSteps) / m_epochCount;
    // Full validation runs at the end of each epoch: its first step is the length of one epoch.
    const auto &full = column(Kind::FullValidLoss);
    for (size_t i = 0; i < full.size(); ++i)
        if (!std::isnan(full[i]))
            return m_steps[i];
    if (m_checkpoints.size() >= 2)
        return m_checkpoints[1].step - m_checkpoints[0].step;
    return 0;
}

double MetricHistory::epochAtStep(double step) const
{
    const double perEpoch = stepsPerEpoch();
    return perEpoch > 0 ? step / perEpoch : 0;
}

QList<int> MetricHistory::epochEndSteps() const
{
    QList<int> ends;
    const double perEpoch = stepsPerEpoch();
    if (perEpoch <= 0)
        return ends;
    const int last = std::max(lastStep(), m_totalSteps);
    for (int epoch = 1; epoch * perEpoch <= last + 0.5; ++epoch)
        ends.append(static_cast<int>(std::lround(epoch * perEpoch)));
    return ends;
}

void MetricHistory::markClean()
{
    m_dirtyFrom = size();
    m_metaDirty = false;
    m_unsavedEvents.clear();
}

void MetricHistory::clear()
{
    const quint64 revision = m_revision;
    *this = MetricHistory();
    m_revision = revision + 1;
}

void MetricHistory::touch(int index)
{
    m_dirtyFrom = std::min(m_dirtyFrom, index);
    ++m_revision;
}

} // namespace Fts::Eval
