// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/eval/PlaygroundView.h"

#include "api/resources/ChatCompletionRequest.h"
#include "api/transport/ApiClient.h"
#include "desktop/eval/ProfileClientResolver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Fts {

namespace {

QString bubble(const QString &who, const QString &text, const QString &colour)
{
    QString body = text.toHtmlEscaped();
    body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p style=\"margin:6px 0\"><b style=\"color:%1\">%2</b><br>%3</p>").arg(colour, who.toHtmlEscaped(), body);
}

} // namespace

PlaygroundView::PlaygroundView(ProfileClientResolver *resolver, QWidget *parent)
    : QWidget(parent)
    , m_resolver(resolver)
    , m_compare(new QCheckBox(tr("Compare two models side by side"), this))
    , m_system(new QLineEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_clear(new QPushButton(tr("New chat"), this))
{
    setObjectName(QStringLiteral("playground"));
    m_system->setPlaceholderText(tr("System message (optional), e.g. the one your training examples use"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setValue(0.0);
    m_input->setPlaceholderText(tr("Type a message; Ctrl+Return sends it"));
    m_input->setMaximumHeight(90);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Ctrl+Return"));
    m_stop->setToolTip(tr("Escape"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    for (int side = 0; side < 2; ++side) {
        Side &s = m_sides[side];
        s.panel = new QWidget(splitter);
        s.profile = new QComboBox(s.panel);
        s.model = new QLineEdit(s.panel);
        s.model->setPlaceholderText(side == 0 ? tr("Model, e.g. gpt-4o-mini") : tr("Second model, e.g. your fine-tune"));
        s.transcript = new QTextBrowser(s.panel);
        s.transcript->setOpenExternalLinks(false);
        s.status = new QLabel(s.panel);
        s.status->setObjectName(QStringLiteral("playgroundStatus%1").arg(side));
        auto *top = new QHBoxLayout;
        top->addWidget(new QLabel(side == 0 ? tr("Model A") : tr("Model B"), s.panel));
        top->addWidget(s.profile);
        top->addWidget(s.model, 1);
        auto *layout = new QVBoxLayout(s.panel);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(top);
        layout->addWidget(s.transcript, 1);
        layout->addWidget(s.status);
        splitter->addWidget(s.panel);
    }

    auto *options = new QHBoxLayout;
    options->addWidget(m_compare);
    options->addStretch();
    options->addWidget(new QLabel(tr("Temperature"), this));
    options->addWidget(m_temperature);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_clear);
    inputRow->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_system);
    layout->addWidget(splitter, 1);
    layout->addLayout(inputRow);

    // Shortcuts rather than keyPressEvent: the input box would otherwise take Ctrl+Return as a new line.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { send(); });
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PlaygroundView::stop);
    connect(m_compare, &QCheckBox::toggled, this, &PlaygroundView::setCompareMode);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundView::stop);
    connect(m_clear, &QPushButton::clicked, this, &PlaygroundView::newChat);
    if (m_resolver)
        connect(m_resolver, &ProfileClientResolver::profilesChanged, this, &PlaygroundView::refreshProfiles);
    refreshProfiles();
    setCompareMode(false);
    updateButtons();
}

void PlaygroundView::refreshProfiles()
{
    const QStringList names = m_resolver ? m_resolver->profileNames() : QStringList();
    for (Side &side : m_sides) {
        const QString current = side.profile->currentText();
        side.profile->clear();
        side.profile->addItems(names);
        if (names.contains(current))
            side.profile->setCurrentText(current);
    }
}

void PlaygroundView::setModel(int side, const QString &profile, const QString &model)
{
    if (!profile.isEmpty())
        m_sides[side].profile->setCurrentText(profile);
    m_sides[side].model->setText(model);
}

void PlaygroundView::setCompareMode(bool compare)
{
    if (m_compare->isChecked() != compare)
        m_compare->setChecked(compare);
    m_sides[1].panel->setVisible(compare);
}

bool PlaygroundView::compareMode() const
{
    return m_compare->isChecked();
}

void PlaygroundView::setSystemPrompt(const QString &text)
{
    m_system->setText(text);
}

bool PlaygroundView::isBusy() const
{
    return m_sides[0].busy || m_sides[1].busy;
}

void PlaygroundView::send(const QString &text)
{
    const QString message = (text.isEmpty() ? m_input->toPlainText() : text).trimmed();
    if (message.isEmpty() || isBusy())
        return;
    m_input->clear();
    sendOn(0, message);
    if (compareMode())
        sendOn(1, message);
}

void PlaygroundView::sendOn(int sideIndex, const QString &text)
{
    Side &side = m_sides[sideIndex];
    if (side.history.isEmpty() && !m_system->text().trimmed().isEmpty())
        side.history.append(Api::ChatCompletionParams::message(QStringLiteral("system"), m_system->text().trimmed()));
    side.history.append(Api::ChatCompletionParams::message(QStringLiteral("user"), text));
    side.transcriptHtml += bubble(tr("You"), text, QStringLiteral("#59636e"));
    side.lastAnswer.clear();
    side.busy = true;
    render(sideIndex);
    const QString model = side.model->text().trimmed();
    if (model.isEmpty()) {
        side.status->setText(tr("Enter a model name first."));
        finishSide(sideIndex);
        return;
    }
    side.status->setText(tr("Connecting\u2026"));
    updateButtons();
    m_resolver->resolve(side.profile->currentText(), this, [this, sideIndex, model](Api::ApiClient *client, const QString &error) {
        Side &side = m_sides[sideIndex];
        if (!client) {
            side.status->setText(error);
            finishSide(sideIndex);
            return;
        }
        Api::ChatCompletionParams params;
        params.model = model;
        params.messages = side.history;
        params.temperature = m_temperature->value();
        auto *request = new Api::ChatCompletionRequest(client, params, true, this);
        side.request = request;
        side.status->setText(tr("%1 is writing\u2026").arg(model));
        connect(request, &Api::ChatCompletionRequest::contentDelta, this, [this, sideIndex](const QString &delta) {
            m_sides[sideIndex].lastAnswer += delta;
            render(sideIndex);
        });
        connect(request, &Api::ApiRequest::finished, this, [this, sideIndex, request, model] {
            Side &side = m_sides[sideIndex];
            const Api::ChatCompletion &completion = request->completion();
            side.lastAnswer = completion.content;
            side.history.append(Api::ChatCompletionParams::message(QStringLiteral("assistant"), completion.content));
            side.transcriptHtml += bubble(model, completion.content, QStringLiteral("#0969da"));
            side.lastAnswer.clear();
            QString status = tr("%1 ms").arg(completion.latencyMs);
            if (completion.timeToFirstTokenMs >= 0)
                status += tr(", first token after %1 ms").arg(completion.timeToFirstTokenMs);
            if (completion.usage.present)
                status += tr(", %1 tokens in, %2 out").arg(completion.usage.promptTokens).arg(completion.usage.completionTokens);
            side.status->setText(status);
            side.lastAnswer = completion.content;
            finishSide(sideIndex);
        });
        connect(request, &Api::ApiRequest::failed, this, [this, sideIndex](const Api::ApiError &error) {
            Side &side = m_sides[sideIndex];
            if (!side.lastAnswer.isEmpty())
                side.transcriptHtml += bubble(tr("(stopped)"), side.lastAnswer, QStringLiteral("#9a6700"));
            side.status->setText(error.kind == Api::ApiError::Kind::Cancelled ? tr("Stopped.") : error.userMessage());
            // The unanswered question stays in the transcript but not in the history sent next time.
            if (!side.history.isEmpty())
                side.history.removeLast();
            finishSide(sideIndex);
        });
        request->start();
    });
}

void PlaygroundView::render(int sideIndex)
{
    Side &side = m_sides[sideIndex];
    QString html = side.transcriptHtml;
    if (side.busy && !side.lastAnswer.isEmpty())
        html += bubble(side.model->text(), side.lastAnswer + QChar(0x258D), QStringLiteral("#0969da"));
    side.transcript->setHtml(html);
    side.transcript->verticalScrollBar()->setValue(side.transcript->verticalScrollBar()->maximum());
}

void PlaygroundView::finishSide(int sideIndex)
{
    Side &side = m_sides[sideIndex];
    side.busy = false;
    side.request.clear();
    render(sideIndex);
    updateButtons();
    if (!isBusy())
        Q_EMIT idle();
}

void PlaygroundView::stop()
{
    for (Side &side : m_sides) {
        if (side.request)
            side.request->cancel();
    }
}

void PlaygroundView::newChat()
{
    stop();
    for (int i = 0; i < 2; ++i) {
        m_sides[i].history = QJsonArray();
        m_sides[i].transcriptHtml.clear();
        m_sides[i].lastAnswer.clear();
        m_sides[i].status->clear();
        render(i);
    }
}

void PlaygroundView::updateButtons()
{
    m_send->setEnabled(!isBusy());
    m_stop->setEnabled(isBusy());
}

} // namespace Fts
