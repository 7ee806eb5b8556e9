// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/resources/ChatCompletionRequest.h"

#include <QJsonArray>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Fts {

class ProfileClientResolver;

/**
 * Chat with a model, answers streamed as they are written, or with two models side by side on the same
 * prompt: the quickest way to feel the difference a fine-tune makes before running a whole test set.
 * Ctrl+Return sends, Escape stops; each answer ends with its latency and token counts.
 */
class PlaygroundView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundView)
public:
    explicit PlaygroundView(ProfileClientResolver *resolver, QWidget *parent = nullptr);

    void setModel(int side, const QString &profile, const QString &model);
    void setCompareMode(bool compare);
    bool compareMode() const;
    void setSystemPrompt(const QString &text);
    /** Sends @p text (or the input box) to the model(s). */
    void send(const QString &text = {});
    void stop();
    void newChat();
    bool isBusy() const;

    QTextBrowser *transcript(int side) const { return m_sides[side].transcript; }
    QString answerText(int side) const { return m_sides[side].lastAnswer; }

Q_SIGNALS:
    /** Both sides finished (or failed) the last message. */
    void idle();

private:
    struct Side
    {
        QComboBox *profile = nullptr;
        QLineEdit *model = nullptr;
        QTextBrowser *transcript = nullptr;
        QLabel *status = nullptr;
        QWidget *panel = nullptr;
        QJsonArray history;
        QString lastAnswer;
        QString transcriptHtml;
        QPointer<Api::ChatCompletionRequest> request;
        bool busy = false;
    };
    void sendOn(int side, const QString &text);
    void refreshProfiles();
    void render(int side);
    void finishSide(int side);
    void updateButtons();

    ProfileClientResolver *m_resolver;
    Side m_sides[2];
    QCheckBox *m_compare = nullptr;
    QLineEdit *m_system = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Fts
