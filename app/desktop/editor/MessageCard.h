// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QJsonObject>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;
class QWidget;

namespace Fts {

/**
 * One message of a conversation as an editable card: role, name, content, the weight toggle of assistant
 * messages and the tool calls (function name plus JSON arguments, checked while typing). Image parts show
 * as thumbnails when embedded (data: URLs) and as clickable links otherwise; nothing is fetched.
 *
 * A card of a conversation is reordered with its buttons, Alt+Up / Alt+Down, or by dragging its grip
 * (the ExampleEditor takes the drop). An answer of a preference (DPO) example is a compact card: no
 * reordering, no weight (DPO has none).
 *
 * The card does not change the document: it emits what the user asked for and the ExampleEditor turns
 * that into undo commands.
 */
class MessageCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageCard)
public:
    enum class Kind { ConversationMessage, PreferenceAnswer };
    /** The MIME type of a dragged card: the editor's address and the card's index. */
    static QString mimeType();

    MessageCard(int messageIndex, const QJsonObject &message, Kind kind, QWidget *parent = nullptr);

    int messageIndex() const { return m_messageIndex; }
    Kind kind() const { return m_kind; }
    QPlainTextEdit *contentEditor() const { return m_content; }
    /** The grip a card is dragged by (nullptr for a preference answer). */
    QWidget *dragHandle() const { return m_handle; }
    /** The weight toggle (nullptr when the message has none). */
    QCheckBox *weightToggle() const { return m_weight; }

    /** The address a drag puts in its data so that a drop is only taken by the editor the card is in. */
    void setDragSource(quintptr editor) { m_dragSource = editor; }
    /** True while this card is being dragged (QDrag::exec() runs). */
    bool isDragging() const { return m_dragging; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    /** A value at @p pointer (relative to the message, e.g. "/content") changed; typing merges. */
    void valueEdited(int messageIndex, const QString &pointer, const QJsonValue &value);
    void roleChanged(int messageIndex, const QString &role);
    void moveRequested(int messageIndex, int delta);
    void duplicateRequested(int messageIndex);
    void deleteRequested(int messageIndex);
    void insertAfterRequested(int messageIndex);
    /** A drag of this card ended (dropped or not); the card may be rebuilt from now on. */
    void dragFinished();

private:
    void addToolCall(int callIndex, const QJsonObject &call);
    void addImagePart(int part, const QString &url);
    void startDrag();
    /** Puts the weight toggle in the header when the header has room for it at its preferred width, else
     *  on a line of its own below it, so that a narrow card (next to the tools panel) never scrolls sideways. */
    void placeWeightToggle();
    static bool isTextContent(const QJsonValue &content);

    const int m_messageIndex;
    const Kind m_kind;
    quintptr m_dragSource = 0;
    QWidget *m_handle = nullptr;
    QPoint m_pressPosition;
    bool m_dragging = false;
    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_weight = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_header = nullptr;
    QHBoxLayout *m_weightRow = nullptr;
    /** The index in m_header the weight toggle goes back to. */
    int m_weightSlot = -1;
};

} // namespace Fts
