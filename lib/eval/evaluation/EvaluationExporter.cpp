// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/EvaluationExporter.h"

#include "eval/evaluation/WordDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Fts::Eval {

namespace {

QString csvField(const QString &text)
{
    // Quote always and double the quotes; a leading = + - @ is neutralised so spreadsheets do not run it.
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString verdict(const CallRecord &call)
{
    if (call.state == CallRecord::State::Failed)
        return QStringLiteral("error");
    if (!call.passed)
        return QString();
    return *call.passed ? QStringLiteral("pass") : QStringLiteral("fail");
}

QString flipName(ExampleOutcome::Flip flip)
{
    switch (flip) {
    case ExampleOutcome::Flip::Win: return QStringLiteral("win");
    case ExampleOutcome::Flip::Regression: return QStringLiteral("regression");
    case ExampleOutcome::Flip::None: break;
    }
    return QString();
}

QJsonObject sideJson(const CallRecord &call, const QString &model)
{
    QJsonObject object{{QStringLiteral("model"), model}};
    object.insert(QStringLiteral("answer"), call.isAnswered() ? QJsonValue(call.answer) : QJsonValue());
    object.insert(QStringLiteral("passed"), call.passed ? QJsonValue(*call.passed) : QJsonValue());
    if (call.isAnswered()) {
        object.insert(QStringLiteral("prompt_tokens"), call.promptTokens);
        object.insert(QStringLiteral("completion_tokens"), call.completionTokens);
        object.insert(QStringLiteral("latency_ms"), double(call.latencyMs));
        object.insert(QStringLiteral("cost_usd"), call.costUsd ? QJsonValue(*call.costUsd) : QJsonValue());
        object.insert(QStringLiteral("finish_reason"), call.finishReason);
    } else if (!call.error.isEmpty()) {
        object.insert(QStringLiteral("error"), call.error);
    }
    if (!call.judgeReason.isEmpty())
        object.insert(QStringLiteral("judge_reason"), call.judgeReason);
    return object;
}

QString pct(double value)
{
    return QString::number(value * 100.0, 'f', 1) + QLatin1Char('%');
}

/** Two bars with 95% whiskers, drawn as inline SVG so the report needs nothing else. */
QString chartSvg(const EvaluationSummary &summary)
{
    const int width = 420, height = 220, left = 50, bottom = 190, top = 20;
    const double scale = (bottom - top);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\">").arg(width).arg(height);
    for (int tick = 0; tick <= 4; ++tick) {
        const double y = bottom - scale * tick / 4.0;
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#ddd\"/>"
                              "<text x=\"%4\" y=\"%5\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">%6%</text>")
                   .arg(left).arg(width - 10).arg(y).arg(left - 6).arg(y + 4).arg(tick * 25);
    }
    const ModelSummary *sides[2] = {&summary.a, &summary.b};
    const char *colours[2] = {"#8c959f", "#2f81f7"};
    for (int i = 0; i < 2; ++i) {
        const ModelSummary &side = *sides[i];
        const double x = left + 40 + i * 170;
        const double barTop = bottom - scale * side.accuracy;
        const double lo = bottom - scale * side.ci95.first;
        const double hi = bottom - scale * side.ci95.second;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"110\" height=\"%3\" fill=\"%4\"/>")
                   .arg(x).arg(barTop).arg(bottom - barTop).arg(QLatin1String(colours[i]));
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\" stroke=\"#222\" stroke-width=\"2\"/>"
                              "<line x1=\"%4\" x2=\"%5\" y1=\"%2\" y2=\"%2\" stroke=\"#222\" stroke-width=\"2\"/>"
                              "<line x1=\"%4\" x2=\"%5\" y1=\"%3\" y2=\"%3\" stroke=\"#222\" stroke-width=\"2\"/>")
                   .arg(x + 55).arg(lo).arg(hi).arg(x + 45).arg(x + 65);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"middle\">%3 %4</text>")
                   .arg(x + 55).arg(bottom + 16).arg(i == 0 ? QStringLiteral("A") : QStringLiteral("B"), pct(side.accuracy));
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace

QByteArray EvaluationExporter::toCsv(const QList<ExampleOutcome> &outcomes)
{
    QString csv = QStringLiteral("line,prompt,expected,answer_a,result_a,answer_b,result_b,flip,"
                                 "latency_a_ms,latency_b_ms,tokens_a,tokens_b\r\n");
    for (const ExampleOutcome &outcome : outcomes) {
        const QStringList fields = {
            QString::number(outcome.example.lineNumber), csvField(outcome.example.lastUserText()),
            csvField(outcome.example.expected), csvField(outcome.a.isAnswered() ? outcome.a.answer : outcome.a.error),
            verdict(outcome.a), csvField(outcome.b.isAnswered() ? outcome.b.answer : outcome.b.error), verdict(outcome.b),
            flipName(outcome.flip()), QString::number(outcome.a.latencyMs), QString::number(outcome.b.latencyMs),
            QString::number(outcome.a.promptTokens + outcome.a.completionTokens),
            QString::number(outcome.b.promptTokens + outcome.b.completionTokens)};
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    // A byte-order mark so that spreadsheet programs read accents and symbols as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

QByteArray EvaluationExporter::toJsonl(const QList<ExampleOutcome> &outcomes, const QString &modelA, const QString &modelB)
{
    QByteArray jsonl;
    for (const ExampleOutcome &outcome : outcomes) {
        const QString flip = flipName(outcome.flip());
        const QJsonObject line{
            {QStringLiteral("line"), outcome.example.lineNumber},
            {QStringLiteral("prompt"), outcome.example.prompt},
            {QStringLiteral("expected"), outcome.example.expected},
            {QStringLiteral("a"), sideJson(outcome.a, modelA)},
            {QStringLiteral("b"), sideJson(outcome.b, modelB)},
            {QStringLiteral("flip"), flip.isEmpty() ? QJsonValue() : QJsonValue(flip)},
        };
        jsonl += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return jsonl;
}

QByteArray EvaluationExporter::toHtml(const QList<ExampleOutcome> &outcomes, const EvaluationSummary &summary,
                                      const QString &title)
{
    const QString escapedTitle = title.toHtmlEscaped();
    QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title><style>"
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#1f2328;max-width:1200px}"
        "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border:1px solid #d0d7de;padding:6px 8px;"
        "vertical-align:top;text-align:left;font-size:13px}th{background:#f6f8fa}.pass{background:#eafbea}"
        ".fail{background:#fdecec}.num{text-align:right;font-variant-numeric:tabular-nums}h2{margin-top:1.6em}"
        ".muted{color:#59636e}</style></head><body>").arg(escapedTitle);
    html += QStringLiteral("<h1>%1</h1>").arg(escapedTitle);
    html += QStringLiteral("<p class=\"muted\">") + tr("%1 paired examples of %2, scorer %3.")
                .arg(summary.examples).arg(summary.total).arg(summary.scorer.toHtmlEscaped()) + QStringLiteral("</p>");
    html += QStringLiteral("<table><tr><th></th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Model"), tr("Correct"), tr("Accuracy"), tr("95% interval"), tr("Median latency"), tr("Cost"));
    for (const auto &[letter, side] : {std::pair{QStringLiteral("A"), &summary.a}, std::pair{QStringLiteral("B"), &summary.b}}) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                               "<td class=\"num\">%5 \u2013 %6</td><td class=\"num\">%7 ms</td><td class=\"num\">%8</td></tr>")
                    .arg(letter, side->model.toHtmlEscaped()).arg(side->correct).arg(pct(side->accuracy))
                    .arg(pct(side->ci95.first), pct(side->ci95.second)).arg(side->medianLatencyMs)
                    .arg(side->costUsd ? QStringLiteral("$%1").arg(*side->costUsd, 0, 'f', 4) : tr("unknown"));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>") + tr("Wins (A wrong, B right): <b>%1</b>. Regressions (A right, B wrong): <b>%2</b>. "
                                       "Exact McNemar p = <b>%3</b>.")
                                        .arg(summary.wins).arg(summary.regressions).arg(QString::number(summary.pValue, 'g', 4))
            + QStringLiteral("</p>") + chartSvg(summary);
    html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>A</th><th>B</th></tr>")
                .arg(tr("Flips"), tr("Line"), tr("Prompt"), tr("Expected"));
    for (const ExampleOutcome &outcome : outcomes) {
        if (outcome.flip() == ExampleOutcome::Flip::None)
            continue;
        auto cell = [&](const CallRecord &call) {
            const QString cls = call.passed ? (*call.passed ? QStringLiteral("pass") : QStringLiteral("fail")) : QString();
            return QStringLiteral("<td class=\"%1\">%2</td>")
                .arg(cls, WordDiff::toHtml(WordDiff::compute(outcome.example.expected, call.answer)));
        };
        html += QStringLiteral("<tr><td class=\"num\">%1 %2</td><td>%3</td><td>%4</td>")
                    .arg(outcome.example.lineNumber)
                    .arg(outcome.flip() == ExampleOutcome::Flip::Win ? tr("win") : tr("regression"),
                         outcome.example.lastUserText().toHtmlEscaped(), outcome.example.expected.toHtmlEscaped())
                + cell(outcome.a) + cell(outcome.b) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>\n");
    return html.toUtf8();
}

bool EvaluationExporter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Fts::Eval
