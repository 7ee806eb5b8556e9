// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/providers/Provider.h"
#include "api/transport/ApiClient.h"
#include "desktop/eval/PlaygroundView.h"
#include "desktop/eval/ProfileClientResolver.h"

#include "support/Screenshots.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

using namespace Fts;

namespace {

/** Streams "<model> says: <words of the question>" word by word, 30 ms apart, as server-sent events. */
class StreamingChatServer : public QObject
{
public:
    StreamingChatServer()
    {
        m_server.route(QStringLiteral("/v1/chat/completions"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                           stream(request, std::make_shared<QHttpServerResponder>(std::move(responder)));
                       });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)); }
    quint16 port = 0;
    int chunksSent = 0;
    QList<QJsonArray> receivedMessages;

private:
    static QByteArray chunk(const QByteArray &payload)
    {
        return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
    }
    void stream(const QHttpServerRequest &request, std::shared_ptr<QHttpServerResponder> responder)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const QString model = body.value(QLatin1String("model")).toString();
        receivedMessages << body.value(QLatin1String("messages")).toArray();
        const QString question = receivedMessages.last().last().toObject().value(QLatin1String("content")).toString();
        const QStringList words = QString(model + QStringLiteral(" says: ") + question).split(QLatin1Char(' '));
        responder->writeStatusLine();
        responder->writeHeaders({{"Content-Type", "text/event-stream"}, {"Transfer-Encoding", "chunked"}});
        QPointer<QTcpSocket> socket = responder->socket();
        auto events = std::make_shared<QList<QByteArray>>();
        for (int i = 0; i < words.size(); ++i) {
            const QJsonObject delta{{QStringLiteral("content"), QString((i ? QStringLiteral(" ") : QString()) + words.at(i))}};
            events->append("data: " + QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                                                {QStringLiteral("model"), model},
                                                                {QStringLiteral("choices"), QJsonArray{QJsonObject{
                                                                     {QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                                                                     {QStringLiteral("finish_reason"), QJsonValue()}}}}})
                                         .toJson(QJsonDocument::Compact) + "\n\n");
        }
        events->append("data: " + QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                                            {QStringLiteral("model"), model},
                                                            {QStringLiteral("choices"), QJsonArray()},
                                                            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 12},
                                                                                                  {QStringLiteral("completion_tokens"), int(words.size())},
                                                                                                  {QStringLiteral("total_tokens"), 12 + int(words.size())}}}})
                                     .toJson(QJsonDocument::Compact) + "\n\n");
        events->append("data: [DONE]\n\n");
        for (int i = 0; i <= events->size(); ++i) {
            QTimer::singleShot(30 * (i + 1), this, [this, responder, socket, events, i] {
                if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                    return;
                if (i == events->size()) {
                    responder->writeBody("0\r\n\r\n");
                    return;
                }
                ++chunksSent;
                responder->writeBody(chunk(events->at(i)));
            });
        }
    }
    QHttpServer m_server;
};

} // namespace

class TestPlaygroundView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamsOneModelAndKeepsTheConversation();
    void comparesTwoModelsOnTheSamePrompt();
    void stopCancelsMidStream();

private:
    std::unique_ptr<StreamingChatServer> m_server;
    std::unique_ptr<QObject> m_owner;
    ProfileClientResolver *m_resolver = nullptr;
};

void TestPlaygroundView::initTestCase()
{
    m_server = std::make_unique<StreamingChatServer>();
    m_owner = std::make_unique<QObject>();
    Api::ProviderOptions options;
    options.baseUrl = m_server->baseUrl();
    auto *client = new Api::ApiClient(Api::Provider::create(QStringLiteral("compatible"), options), m_owner.get());
    m_resolver = new ProfileClientResolver(nullptr, nullptr, m_owner.get());
    m_resolver->addClient(QStringLiteral("local server"), client);
}

void TestPlaygroundView::streamsOneModelAndKeepsTheConversation()
{
    PlaygroundView view(m_resolver);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setModel(0, QStringLiteral("local server"), QStringLiteral("base"));
    view.setSystemPrompt(QStringLiteral("You are a medical coding assistant."));
    QSignalSpy idle(&view, &PlaygroundView::idle);
    int partialUpdates = 0;
    connect(view.transcript(0), &QTextBrowser::textChanged, this, [&] { ++partialUpdates; });
    view.send(QStringLiteral("Code essential hypertension"));
    QVERIFY(view.isBusy());
    QVERIFY(idle.wait(10000));
    QCOMPARE(view.answerText(0), QStringLiteral("base says: Code essential hypertension"));
    // Streamed: the transcript changed with the words, not once at the end.
    QVERIFY2(partialUpdates >= 4, qPrintable(QString::number(partialUpdates)));
    QVERIFY(view.transcript(0)->toPlainText().contains(QStringLiteral("base says: Code essential hypertension")));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("playgroundStatus0"))->text().contains(QStringLiteral("tokens")));

    view.send(QStringLiteral("And diabetes?"));
    QVERIFY(idle.wait(10000));
    const QJsonArray second = m_server->receivedMessages.last();
    QCOMPARE(second.size(), 4);
    QCOMPARE(second.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(second.at(2).toObject().value(QLatin1String("content")).toString(), QStringLiteral("base says: Code essential hypertension"));
}

void TestPlaygroundView::comparesTwoModelsOnTheSamePrompt()
{
    PlaygroundView view(m_resolver);
    view.resize(1200, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCompareMode(true);
    view.setModel(0, QStringLiteral("local server"), QStringLiteral("gpt-4o-mini"));
    view.setModel(1, QStringLiteral("local server"), QStringLiteral("ft:gpt-4o-mini:clinic"));
    QSignalSpy idle(&view, &PlaygroundView::idle);
    view.send(QStringLiteral("Type 2 diabetes with CKD stage 3b"));
    QVERIFY(idle.wait(10000));
    QCOMPARE(view.answerText(0), QStringLiteral("gpt-4o-mini says: Type 2 diabetes with CKD stage 3b"));
    QCOMPARE(view.answerText(1), QStringLiteral("ft:gpt-4o-mini:clinic says: Type 2 diabetes with CKD stage 3b"));
    Fts::Test::Screenshots::save(view, QStringLiteral("eval-playground.png"));
}

void TestPlaygroundView::stopCancelsMidStream()
{
    PlaygroundView view(m_resolver);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setModel(0, QStringLiteral("local server"), QStringLiteral("base"));
    QSignalSpy idle(&view, &PlaygroundView::idle);
    view.send(QStringLiteral("one two three four five six seven eight nine ten eleven twelve"));
    QTRY_VERIFY(!view.answerText(0).isEmpty());
    view.stop();
    QVERIFY(idle.count() == 1 || idle.wait(5000));
    QVERIFY(!view.isBusy());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("playgroundStatus0"))->text().contains(QStringLiteral("Stopped")));
    // The server survives the client hanging up mid-stream and answers the next question.
    view.send(QStringLiteral("again"));
    QVERIFY(idle.wait(10000));
    QCOMPARE(view.answerText(0), QStringLiteral("base says: again"));
}

QTEST_MAIN(TestPlaygroundView)
#include "TestPlaygroundView.moc"
