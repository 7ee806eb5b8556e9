// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/ApiClient.h"
#include "core/dataset/JsonlDocument.h"
#include "core/editing/DatasetDocument.h"
#include "core/editing/SplitAssigner.h"
#include "core/editing/commands/SetSplitsCommand.h"
#include "desktop/jobs/CreateJobDialog.h"
#include "desktop/jobs/HyperparameterField.h"
#include "desktop/jobs/JobPage.h"
#include "desktop/jobs/JobsDashboard.h"
#include "eval/metrics/JobMonitor.h"
#include "eval/metrics/RunListModel.h"
#include "eval/metrics/RunStore.h"
#include "support/Screenshots.h"
#include "support/FakeOpenAiServer.h"
#include "support/FakeServerClients.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Fts;
using Fts::Test::FakeOpenAiServer;
using Fault = FakeOpenAiServer::Fault;

namespace {

const QString SamplePath = QStringLiteral(FTS_SOURCE_DIR "/resources/samples/icd10-train.jsonl");

/** The bundled 65-example sample, with examples 50–64 in the validation split. */
std::unique_ptr<Core::DatasetDocument> sampleWithSplits()
{
    auto document = std::make_unique<Core::DatasetDocument>();
    auto *lines = new Core::JsonlDocument;
    if (!lines->open(SamplePath))
        return nullptr;
    document->reset(lines);
    QList<Core::SetSplitsCommand::Assignment> assignments;
    for (int row = 0; row < document->exampleCount(); ++row)
        assignments.append({row, row < 50 ? Core::DatasetSplit::Train : Core::DatasetSplit::Validation});
    document->undoStack()->push(new Core::SetSplitsCommand(document.get(), assignments));
    return document;
}

bool waitUntilReady(CreateJobDialog &dialog, FakeOpenAiServer &server)
{
    return QTest::qWaitFor([&] {
        return !dialog.isChecking() && !dialog.isLoading() && !server.requestsMatching(QStringLiteral("^/models$")).isEmpty()
               && !server.requestsMatching(QStringLiteral("^/files$"), "GET").isEmpty();
    }, 20000);
}

} // namespace

class TestCreateJobDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryAndSettingsThenJobFromTheTrainSplit();
    void providerErrorIsPlainAndTheUploadIsKept();
    void dataErrorsBlockStartAndNameTheLine();
    void preferenceDataSelectsDpo();
    void dashboardFollowsTheCreatedJobAndOffersToContinue();
};

void TestCreateJobDialog::initTestCase()
{
    // The English plural forms the application loads ("50 examples", not "50 example(s)"): the dialog's counts
    // are checked and photographed as users read them.
    auto *plurals = new QTranslator(this);
    QVERIFY2(plurals->load(QStringLiteral(FTS_BINARY_DIR "/app/finetune-studio_en.qm")),
             "build the application first: its English plural forms are missing");
    QCoreApplication::installTranslator(plurals);
}

void TestCreateJobDialog::summaryAndSettingsThenJobFromTheTrainSplit()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    const QString uploaded = server.addFile(QStringLiteral("earlier.jsonl"), QByteArrayLiteral("{}\n"));
    auto document = sampleWithSplits();
    QVERIFY(document);
    CreateJobDialog dialog(Test::FakeServerClients::create(server, this), document.get());
    dialog.resize(1100, 640);
    dialog.show();
    QVERIFY(waitUntilReady(dialog, server));

    auto *training = dialog.findChild<QComboBox *>(QStringLiteral("trainingSource"));
    auto *validation = dialog.findChild<QComboBox *>(QStringLiteral("validationSource"));
    auto *model = dialog.findChild<QComboBox *>(QStringLiteral("model"));
    QCOMPARE(training->currentText(), QStringLiteral("icd10-train: train split (50 examples)"));
    QCOMPARE(validation->currentText(), QStringLiteral("icd10-train: validation split (15 examples)"));
    QVERIFY(training->findData(QString(QStringLiteral("file:") + uploaded)) >= 0);
    // Models come from the provider, filtered to fine-tunable ones that are not shut down yet.
    QCOMPARE(model->currentData().toString(), QStringLiteral("gpt-4o-mini-2024-07-18"));
    QVERIFY(model->findData(QStringLiteral("gpt-3.5-turbo-0125")) < 0); // shut down 2026-10-23
    QVERIFY(model->findData(QStringLiteral("gpt-4.1-nano-2025-04-14")) < 0); // not on this account
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("modelNote"))->text().contains(QLatin1String("2027")));

    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(QLatin1String("50 examples to train on")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Auto will pick 3 epochs")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Estimated cost: $")), qPrintable(summary));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("findings"))->text().contains(QLatin1String("passed every check")));
    QVERIFY(dialog.startButton()->isEnabled());

    auto *suffix = dialog.findChild<QLineEdit *>(QStringLiteral("suffix"));
    QTest::keyClicks(suffix, QStringLiteral("icd 10"));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("suffixNote"))->text().contains(QLatin1String("Only letters")));
    suffix->clear();
    QTest::keyClicks(suffix, QStringLiteral("icd10-coder"));
    QVERIFY(dialog.startButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("suffixNote"))->text().contains(QLatin1String(":icd10-coder:")));
    // The preview of the model's name follows the model chosen.
    const int other = model->findData(QStringLiteral("gpt-4o-2024-08-06"));
    QVERIFY(other >= 0);
    model->setCurrentIndex(other);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("suffixNote"))->text().contains(QLatin1String("ft:gpt-4o-2024-08-06:")));
    model->setCurrentIndex(model->findData(QStringLiteral("gpt-4o-mini-2024-07-18")));
    QTRY_VERIFY(!dialog.isChecking());

    auto *epochs = dialog.findChild<HyperparameterField *>(QStringLiteral("epochs"));
    QVERIFY(epochs->autoBox()->text().contains(QLatin1String("3")));
    epochs->autoBox()->click();
    epochs->spinBox()->setValue(2);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("2 epochs")), qPrintable(dialog.summaryText()));
    // The estimate follows the model: gpt-4.1 costs more per token than gpt-4o-mini.
    const QString miniCost = dialog.summaryText().section(QLatin1String("Estimated cost: "), 1);
    model->setCurrentIndex(model->findData(QStringLiteral("gpt-4.1-2025-04-14")));
    QVERIFY(dialog.summaryText().section(QLatin1String("Estimated cost: "), 1) != miniCost);
    model->setCurrentIndex(model->findData(QStringLiteral("gpt-4o-mini-2024-07-18")));
    dialog.findChild<QCheckBox *>(QStringLiteral("fixedSeed"))->click();
    dialog.findChild<QSpinBox *>(QStringLiteral("seed"))->setValue(42);
    Fts::Test::Screenshots::save(dialog, QStringLiteral("create-job-dialog.png"));

    QSignalSpy created(&dialog, &CreateJobDialog::jobCreated);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Api::FineTuningJob job = created.first().first().value<Api::FineTuningJob>();
    QVERIFY(job.id.startsWith(QLatin1String("ftjob-")));
    QCOMPARE(server.fileContent(job.trainingFile), Core::SplitAssigner::splitBytes(*document, Core::DatasetSplit::Train));
    QCOMPARE(server.fileContent(job.validationFile),
             Core::SplitAssigner::splitBytes(*document, Core::DatasetSplit::Validation));
    const QJsonObject sent = server.requestsMatching(QStringLiteral("^/fine_tuning/jobs$"), "POST").first().json();
    QCOMPARE(sent.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(sent.value(QLatin1String("suffix")).toString(), QStringLiteral("icd10-coder"));
    QCOMPARE(sent.value(QLatin1String("seed")).toInteger(), 42);
    const QJsonObject method = sent.value(QLatin1String("method")).toObject();
    QCOMPARE(method.value(QLatin1String("type")).toString(), QStringLiteral("supervised"));
    const QJsonObject hyperparameters =
        method.value(QLatin1String("supervised")).toObject().value(QLatin1String("hyperparameters")).toObject();
    QCOMPARE(hyperparameters.value(QLatin1String("n_epochs")).toInt(), 2);
    QVERIFY(!hyperparameters.contains(QLatin1String("batch_size"))); // auto is not sent
    // The uploaded file is named after the dataset, so the user recognises it in the provider's console.
    QVERIFY(server.requestsMatching(QStringLiteral("^/files$"), "POST").first().body.contains("icd10-train-train.jsonl"));
}

void TestCreateJobDialog::providerErrorIsPlainAndTheUploadIsKept()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    auto document = sampleWithSplits();
    QVERIFY(document);
    CreateJobDialog dialog(Test::FakeServerClients::create(server, this), document.get());
    dialog.show();
    QVERIFY(waitUntilReady(dialog, server));
    server.addFault("POST", QStringLiteral("^/fine_tuning/jobs$"),
                    Fault::httpError(403, QStringLiteral("invalid_request_error"), QStringLiteral("not_allowed"),
                                     QStringLiteral("Your organization can no longer create fine-tuning jobs.")));
    QSignalSpy created(&dialog, &CreateJobDialog::jobCreated);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
    const QString error = dialog.errorText();
    QVERIFY2(error.contains(QLatin1String("can no longer create fine-tuning jobs")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("req_")), qPrintable(error)); // the request id, for support
    QVERIFY2(error.contains(QLatin1String("Already uploaded")), qPrintable(error));
    QCOMPARE(server.fileCount(), 2);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.startButton()->isEnabled());

    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    QCOMPARE(server.fileCount(), 2); // the retry reused both uploads
    QCOMPARE(server.requestsMatching(QStringLiteral("^/files$"), "POST").size(), 2);
}

void TestCreateJobDialog::dataErrorsBlockStartAndNameTheLine()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    Core::DatasetDocument document;
    QByteArray bytes;
    for (int i = 0; i < 12; ++i) {
        bytes += i == 7 ? QByteArray("{\"messages\":[{\"role\":\"asistant\",\"content\":\"x\"}]}\n")
                        : "{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i)
                              + "\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n";
    }
    document.setData(bytes);
    CreateJobDialog dialog(Test::FakeServerClients::create(server, this), &document);
    dialog.show();
    QVERIFY(waitUntilReady(dialog, server));
    auto *findings = dialog.findChild<QLabel *>(QStringLiteral("findings"));
    QVERIFY2(findings->text().contains(QLatin1String("error")), qPrintable(findings->text()));
    QVERIFY(findings->text().contains(QLatin1String("href=\"line:8\"")));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.startButton()->toolTip().contains(QLatin1String("Fix the errors")));
    QSignalSpy activated(&dialog, &CreateJobDialog::lineActivated);
    Q_EMIT findings->linkActivated(QStringLiteral("line:8"));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 8);

    // Without an account the dialog still checks and estimates, and says why it cannot start.
    CreateJobDialog offline(nullptr, &document);
    QTRY_VERIFY_WITH_TIMEOUT(!offline.isChecking(), 10000);
    QVERIFY(!offline.startButton()->isEnabled());
    QVERIFY(offline.startButton()->toolTip().contains(QLatin1String("Connect a provider account")));
    QVERIFY(offline.summaryText().contains(QLatin1String("12 examples")));
}

void TestCreateJobDialog::preferenceDataSelectsDpo()
{
    Core::DatasetDocument document;
    QByteArray bytes;
    for (int i = 0; i < 12; ++i)
        bytes += "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i)
                 + "\"}]},\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"good\"}],"
                   "\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"bad\"}]}\n";
    document.setData(bytes);
    CreateJobDialog dialog(nullptr, &document);
    dialog.show();
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    auto *beta = dialog.findChild<HyperparameterField *>(QStringLiteral("beta"));
    QVERIFY(!beta->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), 10000);
    QCOMPARE(method->currentIndex(), 1);
    QVERIFY(beta->isVisible());
    beta->autoBox()->click();
    beta->spinBox()->setValue(0.25);
    const Api::JobCreateParams params = dialog.params();
    QCOMPARE(params.method, Api::JobCreateParams::Method::Dpo);
    QVERIFY(params.beta && !params.beta->isAuto);
    QCOMPARE(params.beta->value, 0.25);
    // Choosing the other method by hand is allowed, but the mismatch is named.
    method->setCurrentIndex(0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("findings"))->text().contains(QLatin1String("DPO method")));
}

void TestCreateJobDialog::dashboardFollowsTheCreatedJobAndOffersToContinue()
{
    FakeOpenAiServer server;
    QVERIFY(server.start());
    Api::ApiClient *client = Test::FakeServerClients::create(server, this);
    Eval::RunStore store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    JobsDashboard dashboard(&store);
    dashboard.setConnection(client, QStringLiteral("test"));
    dashboard.monitor()->setIntervals(100, 300, 1000);
    QCOMPARE(dashboard.client(), client);
    auto document = sampleWithSplits();
    QVERIFY(document);
    CreateJobDialog dialog(dashboard.client(), document.get());
    connect(&dialog, &CreateJobDialog::jobCreated, &dashboard, &JobsDashboard::addCreatedJob);
    dialog.show();
    QVERIFY(waitUntilReady(dialog, server));
    QSignalSpy created(&dialog, &CreateJobDialog::jobCreated);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const QString jobId = created.first().first().value<Api::FineTuningJob>().id;
    // Shown at once, before the next list refresh, and selected.
    QVERIFY(store.contains(jobId));
    QCOMPARE(dashboard.jobPage()->runId(), jobId);

    // Once it succeeds, its model can be trained further from the job page.
    server.setAutoAdvance(true);
    QTRY_VERIFY_WITH_TIMEOUT(!store.record(jobId).fineTunedModel().isEmpty(), 20000);
    const QString fineTuned = store.record(jobId).fineTunedModel();
    QCOMPARE(dashboard.fineTunedModels(), QStringList{fineTuned});
    auto *continueButton = dashboard.jobPage()->findChild<QPushButton *>(QStringLiteral("jobContinue"));
    QTRY_VERIFY(continueButton->isVisibleTo(dashboard.jobPage()));
    QSignalSpy continueRequested(&dashboard, &JobsDashboard::continueTrainingRequested);
    continueButton->click();
    QCOMPARE(continueRequested.size(), 1);
    QCOMPARE(continueRequested.first().first().toString(), fineTuned);

    CreateJobDialog next(dashboard.client(), document.get());
    next.addFineTunedModels(dashboard.fineTunedModels());
    next.setModel(fineTuned);
    QVERIFY(waitUntilReady(next, server));
    QCOMPARE(next.params().model, fineTuned); // kept when the provider's model list arrives
    QVERIFY(next.findChild<QLabel *>(QStringLiteral("modelNote"))->text().contains(QLatin1String("gpt-4o-mini-2024-07-18")));
}

QTEST_MAIN(TestCreateJobDialog)
#include "TestCreateJobDialog.moc"
