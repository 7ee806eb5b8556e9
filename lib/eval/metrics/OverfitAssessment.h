// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Fts::Eval {

/** What OverfitDetector concluded about a run, with the sentence to show the user. */
struct OverfitAssessment
{
    bool overfitting = false;
    /** The step with the lowest validation loss, -1 without validation data. */
    int bestStep = -1;
    double bestValidationLoss = 0;
    /** The checkpoint closest to the best step (empty without checkpoints). */
    QString bestCheckpointId;
    QString bestCheckpointModel;
    int bestCheckpointStep = -1;
    /** Where validation loss started rising for good, -1 when it did not. */
    int risingSinceStep = -1;
    /** Plain language for a clinician or a lawyer, empty when there is nothing to say. */
    QString message;
};

} // namespace Fts::Eval
