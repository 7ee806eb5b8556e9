// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/GenerationSettings.h"

#include <QDateTime>
#include <QString>

namespace Fts::Eval {

/** A stored evaluation as the "past runs" list shows it; its answers live in the result store's call table. */
struct EvaluationRunInfo
{
    qint64 id = 0;
    QDateTime createdAt;
    QString testSetPath;
    QString modelA;      ///< display label
    QString modelAKey;   ///< ModelEndpoint::storageKey()
    QString modelB;
    QString modelBKey;
    GenerationSettings settings;
    QString scorerSpec;
    QString judgeRubric;
    QString judgeModelKey;
    int exampleCount = 0;
    int answeredCount = 0; ///< calls stored for this run's examples, of 2 × exampleCount
};

} // namespace Fts::Eval
