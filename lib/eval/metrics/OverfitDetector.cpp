// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/OverfitDetector.h"

#include "eval/metrics/EmaSmoother.h"

#include <cmath>
#include <limits>

namespace Fts::Eval {

namespace {

struct Extremes
{
    int bestIndex = -1;
    int lastIndex = -1;
};

Extremes findBestAndLast(const std::vector<double> &values)
{
    Extremes result;
    for (int i = 0; i < static_cast<int>(values.size()); ++i) {
        if (std::isnan(values[i]))
            continue;
        if (result.bestIndex < 0 || values[i] < values[result.bestIndex])
            result.bestIndex = i;
        result.lastIndex = i;
    }
    return result;
}

/** The value at @p index or, where the column has a gap, the nearest earlier present value. */
double valueAtOrBefore(const std::vector<double> &values, int index)
{
    for (int i = index; i >= 0; --i)
        if (!std::isnan(values[i]))
            return values[i];
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

OverfitAssessment OverfitDetector::assess(const MetricHistory &history)
{
    using Kind = MetricPoint::Kind;
    OverfitAssessment result;
    const auto &steps = history.steps();

    // Full validation loss needs two epochs to show a trend; until then the smoothed per-step loss decides.
    const bool useFull = history.countOf(Kind::FullValidLoss) >= 2;
    if (!useFull && history.countOf(Kind::ValidLoss) == 0)
        return result;
    std::vector<double> smoothedValidation;
    if (!useFull)
        EmaSmoother::smoothInto(history.column(Kind::ValidLoss), 0.9, smoothedValidation);
    const std::vector<double> &validation = useFull ? history.column(Kind::FullValidLoss) : smoothedValidation;
    const Extremes extremes = findBestAndLast(validation);
    if (extremes.bestIndex < 0)
        return result;
    result.bestStep = steps[extremes.bestIndex];
    result.bestValidationLoss = useFull ? validation[extremes.bestIndex] : history.column(Kind::ValidLoss)[extremes.bestIndex];

    // The checkpoint to recommend: the lowest validation loss among those the provider kept.
    double bestCheckpointLoss = std::numeric_limits<double>::infinity();
    for (const CheckpointRecord &checkpoint : history.checkpoints()) {
        double loss = checkpoint.metrics.value(Kind::FullValidLoss);
        if (std::isnan(loss)) {
            const int index = history.indexOfStep(checkpoint.step);
            loss = index >= 0 ? valueAtOrBefore(validation, index) : checkpoint.metrics.value(Kind::ValidLoss);
        }
        if (std::isnan(loss))
            continue;
        if (loss < bestCheckpointLoss) {
            bestCheckpointLoss = loss;
            result.bestCheckpointId = checkpoint.id;
            result.bestCheckpointModel = checkpoint.modelName;
            result.bestCheckpointStep = checkpoint.step;
        }
    }

    const double best = validation[extremes.bestIndex];
    const double last = validation[extremes.lastIndex];
    const bool validationRose = extremes.lastIndex > extremes.bestIndex && best > 0 && (last - best) / best > RiseThreshold;
    // A spike on the last few steps is not a trend: the rise must span a tenth of the run at least.
    const bool sustained = useFull || (steps[extremes.lastIndex] - steps[extremes.bestIndex]) >= 0.1 * steps[extremes.lastIndex];

    const std::vector<double> training = EmaSmoother::smooth(history.column(Kind::TrainLoss), 0.9);
    const double trainAtBest = valueAtOrBefore(training, extremes.bestIndex);
    const double trainAtLast = valueAtOrBefore(training, extremes.lastIndex);
    const bool trainingFell = !std::isnan(trainAtBest) && !std::isnan(trainAtLast) && trainAtLast < trainAtBest;

    if (!(validationRose && sustained && trainingFell))
        return result;

    result.overfitting = true;
    result.risingSinceStep = result.bestStep;
    QString advice;
    if (!result.bestCheckpointModel.isEmpty()) {
        advice = tr("The best checkpoint is the one at step %1 (%2): use it instead of the final model, "
                    "or train again with fewer epochs.")
                     .arg(result.bestCheckpointStep)
                     .arg(result.bestCheckpointModel);
    } else {
        advice = tr("Training for fewer epochs (stopping near step %1) or adding more varied examples "
                    "should give a better model.")
                     .arg(result.bestStep);
    }
    result.message = tr("Possible overfitting: since step %1, validation loss has risen from %2 to %3 while "
                        "training loss kept falling. The model is starting to memorise its training examples "
                        "instead of learning what generalises. %4")
                         .arg(result.bestStep)
                         .arg(best, 0, 'f', 3)
                         .arg(last, 0, 'f', 3)
                         .arg(advice);
    return result;
}

} // namespace Fts::Eval
