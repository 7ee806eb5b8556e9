// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/CallRecord.h"
#include "eval/evaluation/EvalExample.h"

namespace Fts::Eval {

/** Both models' answers to one example. */
struct ExampleOutcome
{
    enum class Flip { None, Win, Regression };

    EvalExample example;
    CallRecord a;
    CallRecord b;

    bool isScored() const { return a.passed.has_value() && b.passed.has_value(); }
    /** A win: A wrong, B right. A regression: A right, B wrong. None until both are scored. */
    Flip flip() const
    {
        if (!isScored() || *a.passed == *b.passed)
            return Flip::None;
        return *b.passed ? Flip::Win : Flip::Regression;
    }
    bool answersDiffer() const { return a.answer.trimmed() != b.answer.trimmed(); }
};

} // namespace Fts::Eval
