// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/ExampleEditor.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/commands/ReplaceExamplesCommand.h"
#include "core/editing/commands/SetExampleValueCommand.h"
#include "desktop/editor/MessageCard.h"
#include "desktop/editor/ToolDefinitionsPanel.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <tuple>

namespace Fts {

ExampleEditor::ExampleEditor(Core::DatasetDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("exampleEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("exampleTitle"));
    m_title->setContentsMargins(8, 6, 8, 2);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 8, 0);
    titleRow->addWidget(m_title, 1);
    m_toolsButton = new QToolButton(this);
    m_toolsButton->setObjectName(QStringLiteral("toolsButton"));
    m_toolsButton->setCheckable(true);
    m_toolsButton->setText(tr("Tools"));
    m_toolsButton->setToolTip(tr("Show the functions this example lets the model call"));
    m_toolsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_toolsButton, &QToolButton::clicked, this, [this](bool checked) {
        m_toolsWanted = checked;
        setToolsPanelOpen(checked);
    });
    titleRow->addWidget(m_toolsButton);
    layout->addLayout(titleRow);

    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setObjectName(QStringLiteral("editorBodySplitter"));
    m_body->setChildrenCollapsible(false);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_canvas = new QWidget(m_scroll);
    m_canvasLayout = new QVBoxLayout(m_canvas);
    m_canvasLayout->setContentsMargins(8, 4, 8, 8);
    m_canvasLayout->setSpacing(8);
    m_scroll->setWidget(m_canvas);
    m_canvas->setAcceptDrops(true);
    m_canvas->installEventFilter(this);
    m_dropIndicator = new QFrame(m_canvas);
    m_dropIndicator->setObjectName(QStringLiteral("dropIndicator"));
    m_dropIndicator->setFrameShape(QFrame::NoFrame);
    m_dropIndicator->setAutoFillBackground(true);
    QPalette indicator = m_dropIndicator->palette();
    indicator.setColor(QPalette::Window, indicator.color(QPalette::Highlight));
    m_dropIndicator->setPalette(indicator);
    m_dropIndicator->hide();
    m_body->addWidget(m_scroll);
    m_tools = new ToolDefinitionsPanel(m_body);
    m_body->addWidget(m_tools);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
    m_tools->hide();
    connect(m_body, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_body->sizes();
        if (sizes.size() == 2 && sizes.at(0) + sizes.at(1) > 0 && sizes.at(1) > 0)
            m_toolsShare = double(sizes.at(1)) / (sizes.at(0) + sizes.at(1));
    });
    connect(m_tools, &ToolDefinitionsPanel::valueEdited, this, &ExampleEditor::editToolValue);
    connect(m_tools, &ToolDefinitionsPanel::addRequested, this, [this] {
        const bool legacy = m_tools->isLegacyFunctions();
        changeTools(tr("Add tool"), [legacy](QJsonArray &tools) {
            const QJsonObject function{{QStringLiteral("name"), QString()},
                                       {QStringLiteral("description"), QString()},
                                       {QStringLiteral("parameters"),
                                        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                    {QStringLiteral("properties"), QJsonObject()}}}};
            tools.append(legacy ? function
                                : QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                              {QStringLiteral("function"), function}});
        });
    });
    connect(m_tools, &ToolDefinitionsPanel::removeRequested, this, [this](int index) {
        changeTools(tr("Remove tool %1").arg(index + 1), [index](QJsonArray &tools) { tools.removeAt(index); });
    });
    layout->addWidget(m_body, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 8);
    m_addMessage = new QPushButton(tr("Add message"), this);
    m_addMessage->setObjectName(QStringLiteral("addMessageButton"));
    connect(m_addMessage, &QPushButton::clicked, this, &ExampleEditor::addMessage);
    buttons->addWidget(m_addMessage);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(document, &Core::DatasetDocument::examplesChanged, this, [this](int first, int last) {
        // Our own typing must not rebuild the cards under the cursor; undo, redo and bulk edits do.
        if (!m_applying && m_row >= first && m_row <= last)
            rebuild();
    });
    connect(document, &Core::DatasetDocument::contentReset, this, [this] { setRow(-1); });
    // The editor follows its example through insertions, removals and moves; it rebuilds only when its row changed
    // (the header shows the row and line number), not for changes below it.
    using Range = Core::JsonlDocument::Range;
    const auto followRow = [this](int row) {
        if (row != m_row) {
            m_row = row;
            rebuild();
        }
    };
    connect(document, &Core::DatasetDocument::examplesRemoved, this, [this, followRow](int first, int last) {
        followRow(Core::DatasetDocument::rowAfterRemoval(m_row, {Range{first, last - first + 1}}));
    });
    connect(document, &Core::DatasetDocument::examplesInserted, this, [this, followRow](int first, int last) {
        followRow(Core::DatasetDocument::rowAfterInsertion(m_row, {Range{first, last - first + 1}}));
    });
    connect(document, &Core::DatasetDocument::exampleMoved, this, [this, followRow](int from, int to) {
        followRow(Core::DatasetDocument::rowAfterMove(m_row, from, to));
    });
    connect(document, &Core::DatasetDocument::examplesRemovedInRanges, this,
            [this, followRow](const QList<Range> &rows) { followRow(Core::DatasetDocument::rowAfterRemoval(m_row, rows)); });
    connect(document, &Core::DatasetDocument::examplesInsertedInRanges, this,
            [this, followRow](const QList<Range> &rows) { followRow(Core::DatasetDocument::rowAfterInsertion(m_row, rows)); });
    rebuild();
}

void ExampleEditor::setRow(int row)
{
    if (row == m_row && row >= 0)
        return;
    m_row = row;
    rebuild();
}

void ExampleEditor::clearCards()
{
    m_cards.clear();
    m_bases.clear();
    // Out of the canvas at once, so that the old cards neither show nor answer lookups until the event loop
    // deletes them; deleted later because the card whose button or shortcut got us here is still running.
    const auto discard = [](QWidget *widget) {
        widget->hide();
        widget->setParent(nullptr);
        widget->deleteLater();
    };
    const std::function<void(QLayout *)> clearLayout = [&](QLayout *layout) {
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QWidget *widget = item->widget())
                discard(widget);
            else if (QLayout *child = item->layout())
                clearLayout(child);
            delete item;
        }
    };
    clearLayout(m_canvasLayout);
}

void ExampleEditor::addCard(QVBoxLayout *layout, const QString &basePointer, const QJsonObject &message,
                            bool preferenceAnswer)
{
    const int cardIndex = int(m_cards.size());
    auto *card = new MessageCard(cardIndex, message,
                                 preferenceAnswer ? MessageCard::Kind::PreferenceAnswer
                                                  : MessageCard::Kind::ConversationMessage,
                                 m_canvas);
    card->setDragSource(reinterpret_cast<quintptr>(this));
    m_cards.append(card);
    m_bases.append(basePointer);
    connect(card, &MessageCard::valueEdited, this, &ExampleEditor::editValue);
    connect(card, &MessageCard::roleChanged, this, &ExampleEditor::changeRole);
    connect(card, &MessageCard::moveRequested, this, [this](int index, int delta) {
        moveCard(index, delta < 0 ? index + delta : index + delta + 1);
    });
    connect(card, &MessageCard::duplicateRequested, this, [this](int index) {
        changeMessages(index, tr("Duplicate message"), [](QJsonArray &messages, int at) {
            messages.insert(at + 1, messages.at(at));
            return true;
        });
    });
    connect(card, &MessageCard::deleteRequested, this, [this](int index) {
        changeMessages(index, tr("Delete message"), [](QJsonArray &messages, int at) {
            messages.removeAt(at);
            return true;
        });
    });
    connect(card, &MessageCard::insertAfterRequested, this, [this](int index) {
        changeMessages(index, tr("Insert message"), [](QJsonArray &messages, int at) {
            const QString previous = messages.at(at).toObject().value(QLatin1String("role")).toString();
            const QString role = previous == QLatin1String("user") ? QStringLiteral("assistant") : QStringLiteral("user");
            messages.insert(at + 1, QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), QString()}});
            return true;
        });
    });
    layout->addWidget(card);
    // Shown now, not when the layout gets round to it: a moved card takes the focus right away.
    card->show();
}

void ExampleEditor::rebuild()
{
    const int scroll = m_scroll->verticalScrollBar()->value();
    clearCards();
    if (m_row < 0 || m_row >= m_document->exampleCount()) {
        m_title->setText(tr("No example selected"));
        m_addMessage->setEnabled(false);
        showTools(QJsonObject());
        return;
    }
    bool ok = false;
    const QJsonObject example = m_document->example(m_row, &ok);
    m_title->setText(tr("Example %1 (line %2)").arg(m_row + 1).arg(m_document->lineNumber(m_row)));
    if (!ok) {
        auto *label = new QLabel(tr("Line %1 is not a JSON object, so it cannot be shown as a conversation. "
                                    "Its text is kept unchanged:").arg(m_document->lineNumber(m_row)), m_canvas);
        label->setWordWrap(true);
        auto *raw = new QPlainTextEdit(QString::fromUtf8(m_document->exampleLine(m_row)), m_canvas);
        raw->setReadOnly(true);
        m_canvasLayout->addWidget(label);
        m_canvasLayout->addWidget(raw, 1);
        label->show();
        raw->show();
        m_addMessage->setEnabled(false);
        showTools(QJsonObject());
        layOutCards();
        return;
    }
    m_addMessage->setEnabled(true);
    using Format = Core::ExampleJson::Format;
    if (Core::ExampleJson::format(example) == Format::Preference) {
        auto *inputLabel = new QLabel(tr("Input conversation"), m_canvas);
        m_canvasLayout->addWidget(inputLabel);
        inputLabel->show();
        const QJsonArray input = Core::ExampleJson::messages(example);
        for (int i = 0; i < input.size(); ++i)
            addCard(m_canvasLayout, QStringLiteral("/input/messages/%1").arg(i), input.at(i).toObject());
        auto *sides = new QHBoxLayout;
        sides->setSpacing(8);
        for (const auto &[key, title, accent] :
             {std::tuple{QStringLiteral("preferred_output"), tr("Preferred answer"), QStringLiteral("#2e7d32")},
              std::tuple{QStringLiteral("non_preferred_output"), tr("Non-preferred answer"), QStringLiteral("#c62828")}}) {
            auto *column = new QVBoxLayout;
            auto *heading = new QLabel(title, m_canvas);
            heading->setObjectName(key + QStringLiteral("Heading"));
            heading->setStyleSheet(QStringLiteral("font-weight: bold; color: %1;").arg(accent));
            column->addWidget(heading);
            heading->show();
            const QJsonArray outputs = example.value(key).toArray();
            for (int i = 0; i < outputs.size(); ++i)
                addCard(column, QStringLiteral("/%1/%2").arg(key).arg(i), outputs.at(i).toObject(), true);
            column->addStretch();
            // Equal columns whatever their content: the two answers are read against each other.
            sides->addLayout(column, 1);
        }
        m_canvasLayout->addLayout(sides);
    } else {
        const QJsonArray messages = Core::ExampleJson::messages(example);
        for (int i = 0; i < messages.size(); ++i)
            addCard(m_canvasLayout, QStringLiteral("/messages/%1").arg(i), messages.at(i).toObject());
    }
    m_canvasLayout->addStretch();
    showTools(example);
    m_dropIndicator->raise();
    layOutCards();
    m_scroll->verticalScrollBar()->setValue(scroll);
}

void ExampleEditor::layOutCards()
{
    // The new cards get their geometry now rather than on the next event loop pass: a move scrolls to the
    // moved card and a drop is placed by the card geometries, right after the rebuild. The scroll area sizes
    // the canvas on a layout request; sent here, it does so at once.
    m_canvasLayout->activate();
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &request);
    // Again for cards that rearranged themselves for their new width (a narrow card moves its weight toggle).
    m_canvasLayout->activate();
}

void ExampleEditor::showTools(const QJsonObject &example)
{
    const bool preference = Core::ExampleJson::format(example) == Core::ExampleJson::Format::Preference;
    const QString base = preference ? QStringLiteral("/input") : QString();
    const QJsonObject holder = preference ? example.value(QLatin1String("input")).toObject() : example;
    // Legacy files use "functions"; a file with both is flagged by the validator, the editor shows "tools".
    const bool legacy = !holder.contains(QLatin1String("tools")) && holder.contains(QLatin1String("functions"));
    m_toolsPointer = base + (legacy ? QStringLiteral("/functions") : QStringLiteral("/tools"));
    const QJsonArray definitions = holder.value(legacy ? QLatin1String("functions") : QLatin1String("tools")).toArray();
    m_tools->setDefinitions(definitions, legacy);
    const bool available = !example.isEmpty();
    m_toolsButton->setEnabled(available);
    m_toolsButton->setText(definitions.isEmpty() ? tr("Tools") : tr("Tools (%1)").arg(definitions.size()));
    const bool visible = available && (m_toolsWanted || !definitions.isEmpty());
    m_toolsButton->setChecked(visible);
    setToolsPanelOpen(visible);
}

void ExampleEditor::setToolsPanelOpen(bool open)
{
    if (open == !m_tools->isHidden())
        return;
    m_tools->setVisible(open);
    if (!open)
        return;
    // A splitter gives a child that was hidden at its first layout no room at all: open the panel at the share
    // it had last (two fifths at first), relative to whatever width the editor has.
    constexpr int scale = 10000;
    const int tools = int(m_toolsShare * scale);
    m_body->setSizes({scale - tools, tools});
}

void ExampleEditor::editToolValue(const QString &pointer, const QJsonValue &value)
{
    if (m_row < 0)
        return;
    setValue(m_toolsPointer + pointer, value, tr("Edit tool definition"));
}

void ExampleEditor::changeTools(const QString &text, const std::function<void(QJsonArray &)> &change)
{
    if (m_row < 0)
        return;
    const QJsonObject example = m_document->example(m_row);
    QJsonArray tools = Core::ExampleJson::valueAt(example, m_toolsPointer).toArray();
    change(tools);
    const QJsonValue value = tools.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(tools);
    // Removing the last tool removes the key: an empty "tools" array is an error for the API.
    m_toolsWanted = true;
    replaceValue(example, m_toolsPointer, value, text);
}

int ExampleEditor::draggedCard(const QMimeData *data) const
{
    if (!data || !data->hasFormat(MessageCard::mimeType()))
        return -1;
    QDataStream stream(data->data(MessageCard::mimeType()));
    quint64 source = 0;
    qint32 card = -1;
    stream >> source >> card;
    if (stream.status() != QDataStream::Ok || source != quint64(reinterpret_cast<quintptr>(this)) || card < 0
        || card >= m_cards.size() || m_cards.at(card)->kind() != MessageCard::Kind::ConversationMessage)
        return -1;
    return card;
}

int ExampleEditor::dropTarget(int fromCard, int y) const
{
    // Only among the cards of the same messages array: a message cannot be dragged into an answer.
    const QString array = m_bases.at(fromCard).section(QLatin1Char('/'), 0, -2);
    int target = -1;
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_bases.at(i).section(QLatin1Char('/'), 0, -2) != array)
            continue;
        const QRect geometry = m_cards.at(i)->geometry();
        if (y < geometry.center().y())
            return i;
        target = i + 1;
    }
    return target;
}

void ExampleEditor::moveCard(int fromCard, int beforeCard)
{
    if (fromCard < 0 || fromCard >= m_cards.size())
        return;
    const int sameArrayOffset = beforeCard - fromCard;
    // QList::move semantics inside the array: the card lands before what was at beforeCard.
    const int delta = sameArrayOffset > 0 ? sameArrayOffset - 1 : sameArrayOffset;
    if (delta == 0)
        return;
    const int target = fromCard + delta;
    bool moved = false;
    changeMessages(fromCard, tr("Move message"), [delta, &moved](QJsonArray &messages, int at) {
        const int to = at + delta;
        if (to < 0 || to >= messages.size())
            return false;
        const QJsonValue value = messages.takeAt(at);
        messages.insert(to, value);
        moved = true;
        return true;
    });
    if (moved)
        focusCard(target);
}

void ExampleEditor::focusCard(int cardIndex)
{
    if (cardIndex < 0 || cardIndex >= m_cards.size())
        return;
    MessageCard *card = m_cards.at(cardIndex);
    if (card->contentEditor())
        card->contentEditor()->setFocus();
    else
        card->setFocus();
    m_scroll->ensureWidgetVisible(card);
}

bool ExampleEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const int card = draggedCard(drag->mimeData());
        if (card < 0) {
            drag->ignore();
            return true;
        }
        drag->setDropAction(Qt::MoveAction);
        drag->accept();
        // A line between the cards shows where the message will go.
        const int target = dropTarget(card, drag->position().toPoint().y());
        const QRect anchor = target < m_cards.size() && target >= 0 ? m_cards.at(target)->geometry()
                                                                    : m_cards.at(target - 1)->geometry();
        const int y = target < m_cards.size() && target >= 0 ? anchor.top() - 5 : anchor.bottom() + 3;
        m_dropIndicator->setGeometry(anchor.left(), y, anchor.width(), 3);
        m_dropIndicator->show();
        m_dropIndicator->raise();
        return true;
    }
    case QEvent::DragLeave:
        m_dropIndicator->hide();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_dropIndicator->hide();
        const int card = draggedCard(drop->mimeData());
        if (card < 0) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::MoveAction);
        drop->accept();
        const int target = dropTarget(card, drop->position().toPoint().y());
        // The cards are rebuilt by the move; the dragged card must first be out of its QDrag::exec().
        MessageCard *source = m_cards.at(card);
        if (source->isDragging()) {
            connect(source, &MessageCard::dragFinished, this, [this, card, target] {
                QTimer::singleShot(0, this, [this, card, target] { moveCard(card, target); });
            }, Qt::SingleShotConnection);
        } else {
            QTimer::singleShot(0, this, [this, card, target] { moveCard(card, target); });
        }
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ExampleEditor::editValue(int cardIndex, const QString &pointer, const QJsonValue &value)
{
    if (m_row < 0)
        return;
    setValue(m_bases.at(cardIndex) + pointer, value, tr("Edit message %1").arg(cardIndex + 1));
}

void ExampleEditor::setValue(const QString &pointer, const QJsonValue &value, const QString &text)
{
    // Typing: merged into one undo step per field, and no rebuild of the cards under the cursor (m_applying).
    m_applying = true;
    m_document->undoStack()->push(new Core::SetExampleValueCommand(m_document, m_row, pointer, value, text));
    m_applying = false;
}

void ExampleEditor::replaceValue(const QJsonObject &example, const QString &pointer, const QJsonValue &value,
                                 const QString &text)
{
    const QByteArray line = m_document->serializeEdit(m_row, Core::ExampleJson::withValueAt(example, pointer, value));
    m_document->undoStack()->push(new Core::ReplaceExamplesCommand(m_document, {{m_row, line}}, text));
}

void ExampleEditor::changeRole(int cardIndex, const QString &role)
{
    m_document->undoStack()->push(new Core::SetExampleValueCommand(
        m_document, m_row, m_bases.at(cardIndex) + QStringLiteral("/role"), role,
        tr("Change role of message %1 to %2").arg(cardIndex + 1).arg(role)));
}

void ExampleEditor::changeMessages(int cardIndex, const QString &text,
                                   const std::function<bool(QJsonArray &, int)> &change)
{
    const QString base = m_bases.at(cardIndex);
    const qsizetype slash = base.lastIndexOf(QLatin1Char('/'));
    const QString arrayPointer = base.left(slash);
    const int index = base.mid(slash + 1).toInt();
    const QJsonObject example = m_document->example(m_row);
    QJsonArray messages = Core::ExampleJson::valueAt(example, arrayPointer).toArray();
    if (!change(messages, index))
        return;
    replaceValue(example, arrayPointer, messages, text);
}

void ExampleEditor::addMessage()
{
    if (m_row < 0)
        return;
    const QJsonObject example = m_document->example(m_row);
    const QString arrayPointer = Core::ExampleJson::format(example) == Core::ExampleJson::Format::Preference
        ? QStringLiteral("/input/messages")
        : QStringLiteral("/messages");
    QJsonArray messages = Core::ExampleJson::valueAt(example, arrayPointer).toArray();
    const QString last = messages.isEmpty() ? QString()
                                            : messages.last().toObject().value(QLatin1String("role")).toString();
    const QString role = last == QLatin1String("user") ? QStringLiteral("assistant") : QStringLiteral("user");
    messages.append(QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), QString()}});
    replaceValue(example, arrayPointer, messages, tr("Add message"));
    if (!m_cards.isEmpty() && m_cards.last()->contentEditor())
        m_cards.last()->contentEditor()->setFocus();
}

} // namespace Fts
