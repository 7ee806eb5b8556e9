// SPDX-License-Identifier: GPL-3.0-or-later
// Token counting throughput on generated long multilingual chat data, whole file and both cores.
//
//   BenchTokenizer [--examples N] [--file FILE] [--keep FILE] [--encoding o200k_base|cl100k_base] [--repeat N]
//
// Without --file it generates N examples (default 20000) into a temporary file (or FILE with --keep, to run the
// npm reference on the same bytes: tests/tools/tokenizer-golden/count-chat-tokens.js). It prints the totals,
// which must equal the reference's, then the best of --repeat runs (default 3) of open + count of the whole
// file, and single-thread tokenizer figures. The commands and figures are in docs/PERFORMANCE.md.
#include "core/dataset/JsonlDocument.h"
#include "core/stats/DatasetTokenCounter.h"
#include "core/tokenizer/BpeEncoding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QThreadPool>

#include <cstdio>

using namespace Fts::Core;

namespace {

const char *const Sentences[] = {
    "The patient is a 67-year-old man with a history of type 2 diabetes, hypertension and chronic kidney disease "
    "stage 3, presenting with progressive dyspnoea on exertion over three weeks.",
    "Der Kläger macht geltend, dass die Kündigung vom 12. März 2024 gemäß § 626 BGB unwirksam sei, weil kein "
    "wichtiger Grund vorlag und die Zwei-Wochen-Frist versäumt wurde.",
    "Le tribunal a considéré que la clause de non-concurrence était disproportionnée au regard des intérêts "
    "légitimes de l’employeur et l’a donc déclarée nulle.",
    "患者主诉胸痛三天，伴有呼吸困难。既往有高血压病史十年，规律服用氨氯地平。体格检查：血压150/95毫米汞柱。",
    "本件契約は、当事者の合意により令和六年四月一日に成立し、第三条に定める条件に従って更新されるものとする。",
    "Пациентка 45 лет поступила с жалобами на головную боль, тошноту и повышение артериального давления до 180/110.",
    "قررت المحكمة أن العقد باطل لعدم توافر ركن الرضا، وألزمت المدعى عليه بالمصاريف وأتعاب المحاماة.",
    "रोगी को तीन दिनों से बुखार और खांसी है; छाती का एक्स-रे निमोनिया की पुष्टि करता है।",
    "Ο ασθενής εμφανίζει πυρετό 38,5 °C και βήχα με απόχρεμψη εδώ και πέντε ημέρες.",
    "환자는 3일 전부터 복통과 설사를 호소하였으며, 최근 해외 여행력이 있다.",
    "Assessment: NSTEMI (I21.4) vs. unstable angina; troponin I 0.42 ng/mL → 1.37 ng/mL at 3 h. Plan: ASA 300 mg, "
    "ticagrelor 180 mg loading, heparin per protocol 🙂",
    "def triage(score: float) -> str:\n    return \"urgent\" if score >= 0.8 else \"routine\"  # ICD-10 R07.9\n",
    "Ergebnis: ✅ 3/4 Kriterien erfüllt — Empfehlung: stationäre Aufnahme 🚑; Rücksprache mit Oberärztin 👩‍⚕️.",
};

QByteArray jsonString(const QString &text)
{
    // QJsonDocument escapes exactly as JSON requires; strip the surrounding array.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString paragraph(QRandomGenerator &random, int sentences)
{
    QString text;
    for (int i = 0; i < sentences; ++i) {
        text += QString::fromUtf8(Sentences[random.bounded(int(std::size(Sentences)))]);
        text += random.bounded(6) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    return text;
}

QByteArray generate(int examples)
{
    QRandomGenerator random(20261125);
    QByteArray data;
    for (int i = 0; i < examples; ++i) {
        QByteArray line = R"({"messages":[{"role":"system","content":)"
                        + jsonString(QStringLiteral("You are a careful clinical and legal documentation assistant. ")
                                     + paragraph(random, 1))
                        + "}";
        const int turns = 1 + random.bounded(3);
        for (int turn = 0; turn < turns; ++turn) {
            line += R"(,{"role":"user","content":)" + jsonString(paragraph(random, 2 + random.bounded(10))) + "}";
            line += R"(,{"role":"assistant","content":)" + jsonString(paragraph(random, 3 + random.bounded(14)))
                  + (turn + 1 < turns && random.bounded(2) ? R"(,"weight":0})" : "}");
        }
        data += line + "]}\n";
    }
    return data;
}

QString argument(const QStringList &arguments, const QString &name, const QString &fallback = QString())
{
    const qsizetype index = arguments.indexOf(name);
    return index >= 0 && index + 1 < arguments.size() ? arguments.at(index + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int exampleCount = argument(arguments, QStringLiteral("--examples"), QStringLiteral("20000")).toInt();
    const int repeat = std::max(1, argument(arguments, QStringLiteral("--repeat"), QStringLiteral("3")).toInt());
    const auto encoding = BpeEncoding::fromName(argument(arguments, QStringLiteral("--encoding"), QStringLiteral("o200k_base")));
    if (!encoding) {
        std::fprintf(stderr, "unknown encoding\n");
        return 2;
    }

    QString path = argument(arguments, QStringLiteral("--file"));
    QTemporaryFile temporary;
    if (path.isEmpty()) {
        const QByteArray data = generate(exampleCount);
        const QString keep = argument(arguments, QStringLiteral("--keep"));
        QFile out(keep);
        if (keep.isEmpty() ? !temporary.open() : !out.open(QIODevice::WriteOnly))
            return 2;
        QIODevice &device = keep.isEmpty() ? static_cast<QIODevice &>(temporary) : out;
        device.write(data);
        device.close();
        path = keep.isEmpty() ? temporary.fileName() : keep;
    }
    const double megabytes = double(QFileInfo(path).size()) / 1e6;

    // Load the vocabulary outside the timings: it happens once per process.
    const BpeEncoding &bpe = BpeEncoding::get(*encoding);
    QElapsedTimer timer;
    double best = 1e300;
    DatasetTokenCounter::Result result;
    for (int round = 0; round < repeat; ++round) {
        timer.start();
        JsonlDocument document;
        if (!document.open(path))
            return 2;
        result = DatasetTokenCounter::count(document, *encoding);
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    qint64 examples = 0, total = 0, assistant = 0, trained = 0, uncounted = 0;
    for (const ExampleTokens &example : result.examples) {
        if (!example.isCounted()) {
            ++uncounted;
            continue;
        }
        ++examples;
        total += example.totalTokens;
        assistant += example.assistantTokens;
        trained += example.trainedAssistantTokens;
    }
    std::printf("{\"encoding\":\"%s\",\"examples\":%lld,\"total\":%lld,\"assistant\":%lld,\"trained\":%lld,"
                "\"uncounted\":%lld}\n",
                qPrintable(bpe.name()), examples, total, assistant, trained, uncounted);
    std::printf("file %.1f MB, %d threads: best of %d %.3f s = %.0f examples/s, %.2f M tokens/s, %.1f MB/s\n",
                megabytes, QThreadPool::globalInstance()->maxThreadCount(), repeat, best, double(examples) / best,
                double(total) / best / 1e6, megabytes / best);

    // The tokenizer alone, one thread, on the assistant texts of the first examples.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    QList<QByteArray> texts;
    qint64 textBytes = 0;
    for (int i = 0; i < 2000 && !file.atEnd(); ++i) {
        const QJsonObject example = QJsonDocument::fromJson(file.readLine()).object();
        for (const QJsonValue &message : example.value(QStringLiteral("messages")).toArray()) {
            texts.append(message.toObject().value(QStringLiteral("content")).toString().toUtf8());
            textBytes += texts.last().size();
        }
    }
    double bestSingle = 1e300;
    std::size_t tokens = 0;
    for (int round = 0; round < repeat; ++round) {
        timer.start();
        tokens = 0;
        for (const QByteArray &text : texts)
            tokens += bpe.countTokensValidUtf8(std::string_view(text.constData(), std::size_t(text.size())));
        bestSingle = std::min(bestSingle, double(timer.nsecsElapsed()) / 1e9);
    }
    std::printf("tokenizer alone, 1 thread: %.2f M tokens/s, %.1f MB/s (%zu tokens)\n", double(tokens) / bestSingle / 1e6,
                double(textBytes) / 1e6 / bestSingle, tokens);
    return 0;
}
