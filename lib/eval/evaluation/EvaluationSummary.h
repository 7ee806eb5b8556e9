// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/ExampleOutcome.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

namespace Fts::Eval {

/** One model's side of the summary. */
struct ModelSummary
{
    QString model;
    int correct = 0;
    int scored = 0;     ///< examples with a verdict for this model
    int failedCalls = 0;
    double accuracy = 0;
    std::pair<double, double> ci95{0.0, 1.0};
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 medianLatencyMs = 0;
    qint64 p95LatencyMs = 0;
    double meanLatencyMs = 0;
    std::optional<double> costUsd; ///< unknown if any answered call had no price
    int answered = 0;
};

/**
 * The numbers of an evaluation: accuracies with 95% Wilson intervals over the examples both models were
 * scored on (a pair with a failed call is left out of both, so the comparison stays paired), the flips, and
 * the exact McNemar p-value on them.
 */
struct EvaluationSummary
{
    int examples = 0; ///< paired, scored examples
    int total = 0;    ///< examples in the test set
    QString scorer;
    ModelSummary a;
    ModelSummary b;
    int wins = 0;        ///< A wrong, B right
    int regressions = 0; ///< A right, B wrong
    double pValue = 1.0;

    static EvaluationSummary compute(const QList<ExampleOutcome> &outcomes, const QString &modelA,
                                     const QString &modelB, const QString &scorerSpec);
    /** Exactly the shape: examples, scorer, a{model, correct, accuracy, ci95}, b{…}, wins, regressions, p_value; plus usage. */
    QJsonObject toJson() const;
};

} // namespace Fts::Eval
