// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/EvaluationSummary.h"
#include "eval/evaluation/ExampleOutcome.h"

#include <QCoreApplication>
#include <QList>

namespace Fts::Eval {

/**
 * Writes an evaluation out: CSV for spreadsheets, JSONL (one example per line, both answers and verdicts — the
 * same lines as `ftstudio eval --output`), and a self-contained HTML report (inline CSS and SVG, no network,
 * safe to mail to a colleague) with the summary, the chart and every flip with its word diff.
 */
class EvaluationExporter
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Eval::EvaluationExporter)
public:
    static QByteArray toCsv(const QList<ExampleOutcome> &outcomes);
    static QByteArray toJsonl(const QList<ExampleOutcome> &outcomes, const QString &modelA, const QString &modelB);
    static QByteArray toHtml(const QList<ExampleOutcome> &outcomes, const EvaluationSummary &summary,
                             const QString &title);
    /** Writes @p data atomically; false and @p error (naming the file) when it cannot. */
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
};

} // namespace Fts::Eval
