// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/MetricPoint.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace Fts::Eval {

MetricPoint::MetricPoint()
{
    m_values.fill(std::numeric_limits<double>::quiet_NaN());
}

MetricPoint::MetricPoint(int step)
    : MetricPoint()
{
    m_step = step;
}

bool MetricPoint::has(Kind kind) const
{
    return !std::isnan(value(kind));
}

void MetricPoint::setValue(Kind kind, double value)
{
    // Infinite values would wreck every axis range; a provider glitch is treated as "not reported".
    m_values[static_cast<size_t>(kind)] = std::isfinite(value) ? value : std::numeric_limits<double>::quiet_NaN();
}

bool MetricPoint::isEmpty() const
{
    for (double v : m_values)
        if (!std::isnan(v))
            return false;
    return true;
}

bool MetricPoint::mergeFrom(const MetricPoint &other)
{
    bool changed = false;
    for (size_t i = 0; i < m_values.size(); ++i) {
        const double incoming = other.m_values[i];
        if (std::isnan(incoming) || incoming == m_values[i])
            continue;
        m_values[i] = incoming;
        changed = true;
    }
    return changed;
}

QString MetricPoint::jsonKey(Kind kind)
{
    switch (kind) {
    case Kind::TrainLoss: return QStringLiteral("train_loss");
    case Kind::TrainAccuracy: return QStringLiteral("train_mean_token_accuracy");
    case Kind::ValidLoss: return QStringLiteral("valid_loss");
    case Kind::ValidAccuracy: return QStringLiteral("valid_mean_token_accuracy");
    case Kind::FullValidLoss: return QStringLiteral("full_valid_loss");
    case Kind::FullValidAccuracy: return QStringLiteral("full_valid_mean_token_accuracy");
    }
    return {};
}

QString MetricPoint::displayName(Kind kind)
{
    switch (kind) {
    case Kind::TrainLoss: return tr("Training loss");
    case Kind::TrainAccuracy: return tr("Training token accuracy");
    case Kind::ValidLoss: return tr("Validation loss");
    case Kind::ValidAccuracy: return tr("Validation token accuracy");
    case Kind::FullValidLoss: return tr("Full validation loss");
    case Kind::FullValidAccuracy: return tr("Full validation token accuracy");
    }
    return {};
}

bool MetricPoint::isLoss(Kind kind)
{
    return kind == Kind::TrainLoss || kind == Kind::ValidLoss || kind == Kind::FullValidLoss;
}

static double numberOrNaN(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

MetricPoint MetricPoint::fromJson(const QJsonObject &data, bool *ok)
{
    MetricPoint point;
    const QJsonValue step = data.value(QLatin1String("step"));
    const double stepNumber = numberOrNaN(step);
    const bool hasStep = !std::isnan(stepNumber) && stepNumber >= 0;
    point.m_step = hasStep ? static_cast<int>(stepNumber) : 0;
    for (int i = 0; i < KindCount; ++i) {
        const auto kind = static_cast<Kind>(i);
        point.setValue(kind, numberOrNaN(data.value(jsonKey(kind))));
    }
    if (ok)
        *ok = hasStep;
    return point;
}

QJsonObject MetricPoint::toJson() const
{
    QJsonObject object{{QStringLiteral("step"), m_step}};
    for (int i = 0; i < KindCount; ++i) {
        const auto kind = static_cast<Kind>(i);
        if (has(kind))
            object.insert(jsonKey(kind), value(kind));
    }
    return object;
}

} // namespace Fts::Eval
