// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QMimeData;
class QPushButton;
class QScrollArea;
class QSplitter;
class QToolButton;
class QVBoxLayout;

namespace Fts::Core {
class DatasetDocument;
}

namespace Fts {

class MessageCard;
class ToolDefinitionsPanel;

/**
 * Edits one example as a conversation of message cards; a preference (DPO) example shows its input
 * conversation and then the preferred and non-preferred answers side by side (compact cards that wrap,
 * so both fit next to the list in a 1280-pixel window). The example's tool definitions ("tools", or the
 * legacy "functions") are edited in a side panel, opened by the Tools button and shown on its own when
 * the example has any. Messages are reordered by their buttons, Alt+Up/Alt+Down or by dragging their grip.
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
    ToolDefinitionsPanel *toolsPanel() const { return m_tools; }
    QToolButton *toolsButton() const { return m_toolsButton; }
    /** The widget message cards are dropped on. */
    QWidget *canvas() const { return m_canvas; }
    /** Where the tool definitions of the shown example are ("/tools", "/functions", "/input/tools"). */
    QString toolsPointer() const { return m_toolsPointer; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void clearCards();
    /** Gives the cards their geometry at once instead of on the next event loop pass. */
    void layOutCards();
    void addCard(QVBoxLayout *layout, const QString &basePointer, const QJsonObject &message,
                 bool preferenceAnswer = false);
    void showTools(const QJsonObject &example);
    void setToolsPanelOpen(bool open);
    void editToolValue(const QString &pointer, const QJsonValue &value);
    void changeTools(const QString &text, const std::function<void(QJsonArray &tools)> &change);
    /** The card a drop at @p y (canvas coordinates) goes before, among the cards of @p fromCard's array. */
    int dropTarget(int fromCard, int y) const;
    int draggedCard(const QMimeData *data) const;
    void moveCard(int fromCard, int beforeCard);
    void focusCard(int cardIndex);
    void editValue(int cardIndex, const QString &pointer, const QJsonValue &value);
    /** Sets one value as typed (SetExampleValueCommand: typing in one field merges into one step). */
    void setValue(const QString &pointer, const QJsonValue &value, const QString &text);
    /** Replaces the value at @p pointer of @p example (the current one) as one undo step. */
    void replaceValue(const QJsonObject &example, const QString &pointer, const QJsonValue &value, const QString &text);
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
    QToolButton *m_toolsButton = nullptr;
    QSplitter *m_body = nullptr;
    ToolDefinitionsPanel *m_tools = nullptr;
    QString m_toolsPointer;
    /** The user opened the tools panel for examples without tools too. */
    bool m_toolsWanted = false;
    /** The part of the editor's width the tools panel takes when open; the user's last splitter position. */
    double m_toolsShare = 0.4;
    QFrame *m_dropIndicator = nullptr;
    QList<MessageCard *> m_cards;
    /** JSON pointer of each card's message inside the example ("/messages/2", "/preferred_output/0"). */
    QStringList m_bases;
};

} // namespace Fts
