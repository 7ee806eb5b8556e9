// SPDX-License-Identifier: GPL-3.0-or-later
// Index + validate throughput on a generated 100k-example (~300 MB) chat dataset, warm page cache.
//
//   BenchIndexValidate [--examples N] [--file PATH] [--repeat R]
//
// The file is generated once (deterministically) and reused; it is read once before timing so that the
// page cache is warm. Each figure is the best of R runs of: JsonlDocument::open (mmap + line index) and
// DatasetValidator::validate, i.e. what `ftstudio check` and the GUI's loader do. Compare with
// tests/benchmarks/json_loads_per_line.py on the same file; results go to docs/PERFORMANCE.md.
#include "core/dataset/JsonlDocument.h"
#include "core/validation/DatasetValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <random>

using namespace Fts::Core;

namespace {

const char *const s_words[] = {
    "patient", "presents", "with", "acute", "chronic", "pain", "in", "the", "left", "right", "lower", "upper",
    "quadrant", "history", "of", "hypertension", "type", "2", "diabetes", "mellitus", "without", "complications",
    "denies", "fever", "chills", "nausea", "reports", "shortness", "breath", "on", "exertion", "since", "three",
    "days", "medication", "metformin", "lisinopril", "500", "mg", "twice", "daily", "exam", "reveals", "tenderness",
    "no", "rebound", "guarding", "blood", "pressure", "142/88", "heart", "rate", "96", "assessment", "plan",
    "follow-up", "in", "two", "weeks", "café", "Müller", "naïve", "résumé", "\\\"quoted\\\"", "line\\nbreak",
    "ß", "→", "µg", "°C", "±", "≥", "½",
};
constexpr int s_wordCount = int(sizeof(s_words) / sizeof(s_words[0]));

QByteArray sentence(std::mt19937 &random, int words)
{
    QByteArray text;
    std::uniform_int_distribution<int> pick(0, s_wordCount - 1);
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += ' ';
        text += s_words[pick(random)];
    }
    return text;
}

/** A realistic example of about 3 KB: system, one or two user/assistant turns, some tool calls and weights. */
QByteArray example(std::mt19937 &random, int index)
{
    std::uniform_int_distribution<int> percent(0, 99);
    const QByteArray system = R"({"role":"system","content":"You are a clinical coding assistant. Assign the ICD-10-CM code for the main diagnosis. )"
                            + sentence(random, 20) + R"("})";
    QByteArray messages = system;
    const int turns = percent(random) < 30 ? 2 : 1;
    for (int turn = 0; turn < turns; ++turn) {
        messages += R"(,{"role":"user","content":"Note )" + QByteArray::number(index) + ": "
                  + sentence(random, 330 / turns) + R"("})";
        if (percent(random) < 10) {
            messages += R"(,{"role":"assistant","tool_calls":[{"id":"call_)" + QByteArray::number(index)
                      + R"(","type":"function","function":{"name":"lookup_code","arguments":"{\"term\": \"essential hypertension\", \"limit\": 5}"}}]})"
                      + R"(,{"role":"tool","tool_call_id":"call_)" + QByteArray::number(index)
                      + R"(","content":"I10 Essential (primary) hypertension"})";
        }
        messages += R"(,{"role":"assistant","content":"I10 Essential (primary) hypertension. )"
                  + sentence(random, 40) + '"';
        if (turns == 2 && turn == 0)
            messages += R"(,"weight":0)";
        messages += '}';
    }
    QByteArray line = R"({"messages":[)" + messages + ']';
    if (index % 10 == 3) {
        line += R"(,"tools":[{"type":"function","function":{"name":"lookup_code","description":"Search ICD-10-CM","parameters":{"type":"object","properties":{"term":{"type":"string"},"limit":{"type":"integer"}},"required":["term"]}}}])";
    }
    line += "}\n";
    return line;
}

bool generate(const QString &path, int examples)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937 random(20261125);
    QByteArray buffer;
    for (int i = 0; i < examples; ++i) {
        buffer += example(random, i);
        if (buffer.size() > (8 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.error() == QFileDevice::NoError;
}

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Timing
{
    double indexSeconds = 1e9;
    double totalSeconds = 1e9;
    double cpuSeconds = 1e9; // all threads together: shows the cost when other processes steal the cores
    ValidationReport report;
};

Timing measure(const QString &path, DatasetValidator::RuleSet ruleSet, int threads, int repeat)
{
    Timing best;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        const double cpuStart = processCpuSeconds();
        timer.start();
        JsonlDocument document;
        if (!document.open(path))
            qFatal("cannot open the benchmark file");
        const double indexed = timer.nsecsElapsed() / 1e9;
        DatasetValidator validator(ruleSet);
        validator.setMaxThreads(threads);
        ValidationReport report = validator.validate(document);
        const double total = timer.nsecsElapsed() / 1e9;
        best.cpuSeconds = std::min(best.cpuSeconds, processCpuSeconds() - cpuStart);
        best.indexSeconds = std::min(best.indexSeconds, indexed);
        if (total < best.totalSeconds) {
            best.totalSeconds = total;
            best.report = std::move(report);
        }
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption examplesOption(QStringLiteral("examples"), QStringLiteral("Examples to generate."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Dataset to use (generated if missing)."),
                                        QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (best is kept)."),
                                          QStringLiteral("r"), QStringLiteral("3"));
    parser.addOptions({examplesOption, fileOption, repeatOption});
    parser.process(app);
    const int examples = parser.value(examplesOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString path = parser.isSet(fileOption)
        ? parser.value(fileOption)
        : QDir::temp().filePath(QStringLiteral("fts-bench-%1.jsonl").arg(examples));

    if (!QFileInfo::exists(path)) {
        std::printf("generating %s ...\n", qPrintable(path));
        if (!generate(path, examples)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 2;
        }
    }
    // Warm the page cache.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        QByteArray chunk;
        while (!(chunk = file.read(16 << 20)).isEmpty()) {
        }
    }
    const double megabytes = QFileInfo(path).size() / 1e6;
    std::printf("file: %s, %.1f MB, %d cores\n", qPrintable(path), megabytes, QThread::idealThreadCount());

    auto report = [&](const char *label, const Timing &timing) {
        std::printf("%-26s index %5.0f ms  index+validate %5.0f ms = %5.0f MB/s wall; %5.0f ms CPU = %5.0f MB/s per "
                    "core  (%d examples, %d valid, %d issues)\n",
                    label, timing.indexSeconds * 1e3, timing.totalSeconds * 1e3, megabytes / timing.totalSeconds,
                    timing.cpuSeconds * 1e3, megabytes / timing.cpuSeconds,
                    timing.report.examples, timing.report.validExamples, int(timing.report.issues.size()));
    };
    report("openai rules, all cores", measure(path, DatasetValidator::RuleSet::OpenAi, 0, repeat));
    report("openai rules, 1 thread", measure(path, DatasetValidator::RuleSet::OpenAi, 1, repeat));
    report("cookbook rules, all cores", measure(path, DatasetValidator::RuleSet::Cookbook, 0, repeat));
    return 0;
}
