// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Fts::Core {
class DatasetDocument;
}

namespace Fts {

class MessageCard;

/**
 * Edits one example as a conversation of message cards; a preference (DPO) example shows its input
 * conversation and then the preferred and non-preferred answers side by side.
 *
 * Every change becomes an undo command on the document: typing in a field merges into one step, adding,
 * removing, duplicating and moving messages are one step each.
 */
class ExampleEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleEditor)
public:
    explicit ExampleEditor(Core::DatasetDocument *document, QWidget *parent = nullptr);

    /** Shows example @p row (-1: nothing). */
    void setRow(int row);
    int row() const { return m_row; }
    QList<MessageCard *> cards() const { return m_cards; }

private:
    void rebuild();
    void clearCards();
    void addCard(QVBoxLayout *layout, const QString &basePointer, const QJsonObject &message);
    void editValue(int cardIndex, const QString &pointer, const QJsonValue &value);
    void changeRole(int cardIndex, const QString &role);
    /** Applies a structural change to the messages array holding card @p cardIndex, as one undo step. */
    void changeMessages(int cardIndex, const QString &text,
                        const std::function<bool(QJsonArray &messages, int index)> &change);
    void addMessage();

    Core::DatasetDocument *const m_document;
    int m_row = -1;
    bool m_applying = false;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_canvas = nullptr;
    QVBoxLayout *m_canvasLayout = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_addMessage = nullptr;
    QList<MessageCard *> m_cards;
    /** JSON pointer of each card's message inside the example ("/messages/2", "/preferred_output/0"). */
    QStringList m_bases;
};

} // namespace Fts
