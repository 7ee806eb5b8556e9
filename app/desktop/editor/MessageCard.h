// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace Fts {

/**
 * One message of a conversation as an editable card: role, name, content, the weight toggle of assistant
 * messages and the tool calls (function name plus JSON arguments, checked while typing).
 *
 * The card does not change the document: it emits what the user asked for and the ExampleEditor turns
 * that into undo commands.
 */
class MessageCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageCard)
public:
    MessageCard(int messageIndex, const QJsonObject &message, QWidget *parent = nullptr);

    int messageIndex() const { return m_messageIndex; }
    QPlainTextEdit *contentEditor() const { return m_content; }

Q_SIGNALS:
    /** A value at @p pointer (relative to the message, e.g. "/content") changed; typing merges. */
    void valueEdited(int messageIndex, const QString &pointer, const QJsonValue &value);
    void roleChanged(int messageIndex, const QString &role);
    void moveRequested(int messageIndex, int delta);
    void duplicateRequested(int messageIndex);
    void deleteRequested(int messageIndex);
    void insertAfterRequested(int messageIndex);

private:
    void addToolCall(int callIndex, const QJsonObject &call);
    static bool isTextContent(const QJsonValue &content);

    const int m_messageIndex;
    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_weight = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace Fts
