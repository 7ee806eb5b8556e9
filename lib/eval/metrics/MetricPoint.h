// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>

namespace Fts::Eval {

/**
 * The metrics of one training step. A provider reports them piecemeal (an event may carry only the
 * training loss, a checkpoint the full validation loss), so every value may be absent (NaN).
 */
class MetricPoint
{
    Q_DECLARE_TR_FUNCTIONS(MetricPoint)
public:
    enum class Kind { TrainLoss, TrainAccuracy, ValidLoss, ValidAccuracy, FullValidLoss, FullValidAccuracy };
    static constexpr int KindCount = 6;

    MetricPoint();
    explicit MetricPoint(int step);

    int step() const { return m_step; }
    void setStep(int step) { m_step = step; }

    double value(Kind kind) const { return m_values[static_cast<size_t>(kind)]; }
    bool has(Kind kind) const;
    void setValue(Kind kind, double value);
    bool isEmpty() const;

    /** Takes every value @p other has; returns whether anything changed. */
    bool mergeFrom(const MetricPoint &other);

    /** Reads the `data` of a metrics event or the `metrics` of a checkpoint; @p ok is false without a step. */
    static MetricPoint fromJson(const QJsonObject &data, bool *ok = nullptr);
    QJsonObject toJson() const;

    static QString jsonKey(Kind kind);
    static QString displayName(Kind kind);
    static bool isLoss(Kind kind);

private:
    int m_step = 0;
    std::array<double, KindCount> m_values;
};

} // namespace Fts::Eval
