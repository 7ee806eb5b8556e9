// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/MetricCsv.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace Fts::Eval {

namespace {

using Kind = MetricPoint::Kind;

std::optional<Kind> kindForColumn(const QByteArray &name)
{
    static const QHash<QByteArray, Kind> columns{
        {"train_loss", Kind::TrainLoss},
        {"train_accuracy", Kind::TrainAccuracy},
        {"train_mean_token_accuracy", Kind::TrainAccuracy},
        {"valid_loss", Kind::ValidLoss},
        {"valid_accuracy", Kind::ValidAccuracy},
        {"valid_mean_token_accuracy", Kind::ValidAccuracy},
        {"full_valid_loss", Kind::FullValidLoss},
        {"full_valid_accuracy", Kind::FullValidAccuracy},
        {"full_valid_mean_token_accuracy", Kind::FullValidAccuracy},
    };
    const auto it = columns.constFind(name);
    if (it == columns.constEnd())
        return std::nullopt;
    return *it;
}

QList<QByteArray> splitLine(const QByteArray &line)
{
    QList<QByteArray> cells = line.split(',');
    for (QByteArray &cell : cells) {
        cell = cell.trimmed();
        if (cell.size() >= 2 && cell.startsWith('"') && cell.endsWith('"'))
            cell = cell.mid(1, cell.size() - 2);
    }
    return cells;
}

} // namespace

QByteArray MetricCsv::decodeResultFile(const QByteArray &content)
{
    const QByteArray trimmed = content.trimmed();
    if (trimmed.contains(',') || trimmed.isEmpty())
        return content;
    auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : content;
}

MetricCsv::ParseResult MetricCsv::parse(const QByteArray &content)
{
    ParseResult result;
    QByteArray text = decodeResultFile(content);
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');

    int headerLine = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            headerLine = i;
            break;
        }
    }
    if (headerLine < 0) {
        result.error = tr("The file is empty.");
        result.errorLine = 1;
        return result;
    }

    const QList<QByteArray> header = splitLine(lines[headerLine]);
    int stepColumn = -1;
    QList<std::optional<Kind>> kinds;
    bool anyMetric = false;
    for (int c = 0; c < header.size(); ++c) {
        const QByteArray name = header[c].toLower();
        if (name == "step")
            stepColumn = c;
        kinds.append(kindForColumn(name));
        anyMetric = anyMetric || kinds.last().has_value();
    }
    if (stepColumn < 0 || !anyMetric) {
        result.error = tr("Line %1: the header has no \"step\" column or no known metric column "
                          "(expected for example step,train_loss,valid_loss).")
                           .arg(headerLine + 1);
        result.errorLine = headerLine + 1;
        return result;
    }

    for (int i = headerLine + 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QList<QByteArray> cells = splitLine(lines[i]);
        if (cells.size() <= stepColumn) {
            result.error = tr("Line %1: it has %2 columns, the header has %3.").arg(i + 1).arg(cells.size()).arg(header.size());
            result.errorLine = i + 1;
            result.points.clear();
            return result;
        }
        bool stepOk = false;
        const double step = cells[stepColumn].toDouble(&stepOk);
        if (!stepOk || step < 0 || step != std::floor(step)) {
            result.error = tr("Line %1: the step \"%2\" is not a whole number.").arg(i + 1).arg(QString::fromUtf8(cells[stepColumn]));
            result.errorLine = i + 1;
            result.points.clear();
            return result;
        }
        MetricPoint point(static_cast<int>(step));
        for (int c = 0; c < cells.size() && c < kinds.size(); ++c) {
            if (!kinds[c] || cells[c].isEmpty())
                continue;
            bool ok = false;
            const double value = cells[c].toDouble(&ok);
            if (!ok) {
                result.error = tr("Line %1, column \"%2\": \"%3\" is not a number.")
                                   .arg(i + 1)
                                   .arg(QString::fromUtf8(header[c]), QString::fromUtf8(cells[c]));
                result.errorLine = i + 1;
                result.points.clear();
                return result;
            }
            point.setValue(*kinds[c], value);
        }
        result.points.push_back(point);
    }
    if (result.points.empty()) {
        result.error = tr("The file has a header but no rows of metrics.");
        result.errorLine = headerLine + 2;
    }
    return result;
}

QByteArray MetricCsv::write(const MetricHistory &history)
{
    QByteArray out = "step,epoch";
    for (int k = 0; k < MetricPoint::KindCount; ++k)
        out += ',' + MetricPoint::jsonKey(static_cast<Kind>(k)).toLatin1();
    out += '\n';
    const double perEpoch = history.stepsPerEpoch();
    const auto &steps = history.steps();
    for (int i = 0; i < history.size(); ++i) {
        out += QByteArray::number(steps[i]) + ',';
        if (perEpoch > 0)
            out += QByteArray::number(steps[i] / perEpoch, 'g', 6);
        for (int k = 0; k < MetricPoint::KindCount; ++k) {
            out += ',';
            const double v = history.column(static_cast<Kind>(k))[i];
            if (!std::isnan(v))
                out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
        }
        out += '\n';
    }
    return out;
}

} // namespace Fts::Eval
