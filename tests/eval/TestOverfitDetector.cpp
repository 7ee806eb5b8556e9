// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/metrics/OverfitDetector.h"

#include <QTest>

#include <cmath>

using namespace Fts::Eval;
using Kind = MetricPoint::Kind;

namespace {

/** Training loss falls all along; validation loss falls until @p turnStep, then climbs (or keeps falling). */
MetricHistory syntheticRun(int steps, int turnStep, bool withFullValidation)
{
    MetricHistory history;
    for (int step = 1; step <= steps; ++step) {
        MetricPoint point(step);
        const double noise = 0.03 * std::sin(step * 1.7);
        point.setValue(Kind::TrainLoss, 2.0 * std::exp(-step / 150.0) + 0.05 + noise);
        const double validation = step <= turnStep ? 2.0 * std::exp(-step / 150.0) + 0.4
                                                   : 2.0 * std::exp(-turnStep / 150.0) + 0.4 + (step - turnStep) * 0.002;
        point.setValue(Kind::ValidLoss, validation + noise);
        if (withFullValidation && step % 100 == 0)
            point.setValue(Kind::FullValidLoss, validation);
        history.merge(point);
    }
    return history;
}

CheckpointRecord checkpoint(int step, const QString &id)
{
    CheckpointRecord record;
    record.id = id;
    record.step = step;
    record.modelName = QStringLiteral("ft:gpt-4o-mini-2024-07-18:clinic:triage:x1:ckpt-step-%1").arg(step);
    record.metrics = MetricPoint(step);
    return record;
}

} // namespace

class TestOverfitDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyRunGivesNoHint();
    void risingValidationWithFallingTrainingIsFlagged();
    void namesBestCheckpointInPlainLanguage();
    void fullValidationLossIsPreferredOverNoisyStepLoss();
    void singleLateSpikeIsNotOverfitting();
    void runWithoutValidationSaysNothing();
};

void TestOverfitDetector::healthyRunGivesNoHint()
{
    const OverfitAssessment result = OverfitDetector::assess(syntheticRun(600, 600, false));
    QVERIFY(!result.overfitting);
    QVERIFY(result.message.isEmpty());
    QVERIFY(result.bestStep > 500);
}

void TestOverfitDetector::risingValidationWithFallingTrainingIsFlagged()
{
    const OverfitAssessment result = OverfitDetector::assess(syntheticRun(600, 250, false));
    QVERIFY(result.overfitting);
    QVERIFY2(std::abs(result.bestStep - 250) < 40, qPrintable(QString::number(result.bestStep)));
    QVERIFY(result.message.contains(QStringLiteral("validation loss has risen")));
}

void TestOverfitDetector::namesBestCheckpointInPlainLanguage()
{
    MetricHistory history = syntheticRun(600, 300, true);
    history.mergeCheckpoint(checkpoint(400, QStringLiteral("ftckpt_400")));
    history.mergeCheckpoint(checkpoint(300, QStringLiteral("ftckpt_300")));
    history.mergeCheckpoint(checkpoint(500, QStringLiteral("ftckpt_500")));
    const OverfitAssessment result = OverfitDetector::assess(history);
    QVERIFY(result.overfitting);
    QCOMPARE(result.bestStep, 300);
    QCOMPARE(result.bestCheckpointId, QStringLiteral("ftckpt_300"));
    QVERIFY(result.message.contains(QStringLiteral("ft:gpt-4o-mini-2024-07-18:clinic:triage:x1:ckpt-step-300")));
    QVERIFY(result.message.contains(QStringLiteral("step 300")));
}

void TestOverfitDetector::fullValidationLossIsPreferredOverNoisyStepLoss()
{
    MetricHistory history = syntheticRun(600, 600, true);
    // The per-step validation batch is noisy near the end, the whole-set loss is not.
    for (int step = 560; step <= 599; ++step) {
        MetricPoint noisy(step);
        noisy.setValue(Kind::ValidLoss, 3.0);
        history.merge(noisy);
    }
    const OverfitAssessment result = OverfitDetector::assess(history);
    QVERIFY(!result.overfitting);
    QCOMPARE(result.bestStep, 600);
}

void TestOverfitDetector::singleLateSpikeIsNotOverfitting()
{
    MetricHistory history = syntheticRun(600, 600, false);
    MetricPoint spike(600);
    spike.setValue(Kind::ValidLoss, 5.0);
    history.merge(spike);
    QVERIFY(!OverfitDetector::assess(history).overfitting);
}

void TestOverfitDetector::runWithoutValidationSaysNothing()
{
    MetricHistory history;
    for (int step = 1; step <= 100; ++step) {
        MetricPoint point(step);
        point.setValue(Kind::TrainLoss, 1.0 / step);
        history.merge(point);
    }
    const OverfitAssessment result = OverfitDetector::assess(history);
    QVERIFY(!result.overfitting);
    QCOMPARE(result.bestStep, -1);
    QVERIFY(result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestOverfitDetector)
#include "TestOverfitDetector.moc"
