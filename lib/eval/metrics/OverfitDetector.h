// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/metrics/MetricHistory.h"
#include "eval/metrics/OverfitAssessment.h"

#include <QCoreApplication>

namespace Fts::Eval {

/**
 * Spots the classic overfitting shape: validation loss rising while training loss keeps falling. Full
 * validation loss (once per epoch, on the whole validation set) is trusted first; the noisy per-step
 * validation loss is smoothed before it is judged, so a single spike never raises the alarm.
 */
class OverfitDetector
{
    Q_DECLARE_TR_FUNCTIONS(OverfitDetector)
public:
    /** Relative rise of validation loss over its best value that counts as "rising". */
    static constexpr double RiseThreshold = 0.05;

    static OverfitAssessment assess(const MetricHistory &history);
};

} // namespace Fts::Eval
