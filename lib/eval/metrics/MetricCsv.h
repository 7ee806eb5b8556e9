// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/metrics/MetricHistory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace Fts::Eval {

/**
 * Reads and writes metric series as CSV: OpenAI's result file (`step,train_loss,train_accuracy,valid_loss,
 * valid_mean_token_accuracy,…`, delivered base64-encoded by the files API) and our own export, so a run can be
 * viewed and overlaid without an account. Columns are matched by name; unknown columns are ignored.
 */
class MetricCsv
{
    Q_DECLARE_TR_FUNCTIONS(MetricCsv)
public:
    struct ParseResult
    {
        std::vector<MetricPoint> points;
        /** Empty on success; otherwise names the line and the column. */
        QString error;
        int errorLine = 0;
        bool ok() const { return error.isEmpty(); }
    };

    /** Accepts the CSV itself or its base64 encoding (the result file content as the API returns it). */
    static ParseResult parse(const QByteArray &content);
    /** Our export: every step with every metric, plus the epoch when it is known. */
    static QByteArray write(const MetricHistory &history);
    /** The CSV inside a result file: decodes base64 when the content is not CSV already. */
    static QByteArray decodeResultFile(const QByteArray &content);
};

} // namespace Fts::Eval
