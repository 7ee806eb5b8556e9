// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/ExampleEditor.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/commands/ReplaceExamplesCommand.h"
#include "core/editing/commands/SetExampleValueCommand.h"
#include "desktop/editor/MessageCard.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

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
    layout->addWidget(m_title);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_canvas = new QWidget(m_scroll);
    m_canvasLayout = new QVBoxLayout(m_canvas);
    m_canvasLayout->setContentsMargins(8, 4, 8, 8);
    m_canvasLayout->setSpacing(8);
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);

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
    connect(document, &Core::DatasetDocument::examplesRemoved, this, [this](int first, int last) {
        if (m_row > last)
            m_row -= last - first + 1;
        else if (m_row >= first)
            m_row = -1;
        rebuild();
    });
    connect(document, &Core::DatasetDocument::examplesInserted, this, [this](int first, int last) {
        if (m_row >= first) {
            m_row += last - first + 1;
            rebuild();
        }
    });
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
    while (QLayoutItem *item = m_canvasLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        else if (QLayout *child = item->layout()) {
            while (QLayoutItem *inner = child->takeAt(0)) {
                if (inner->widget())
                    inner->widget()->deleteLater();
                delete inner;
            }
        }
        delete item;
    }
}

void ExampleEditor::addCard(QVBoxLayout *layout, const QString &basePointer, const QJsonObject &message)
{
    const int cardIndex = int(m_cards.size());
    auto *card = new MessageCard(cardIndex, message, m_canvas);
    m_cards.append(card);
    m_bases.append(basePointer);
    connect(card, &MessageCard::valueEdited, this, &ExampleEditor::editValue);
    connect(card, &MessageCard::roleChanged, this, &ExampleEditor::changeRole);
    connect(card, &MessageCard::moveRequested, this, [this](int index, int delta) {
        changeMessages(index, tr("Move message"), [delta](QJsonArray &messages, int at) {
            const int to = at + delta;
            if (to < 0 || to >= messages.size())
                return false;
            const QJsonValue moved = messages.takeAt(at);
            messages.insert(to, moved);
            return true;
        });
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
}

void ExampleEditor::rebuild()
{
    const int scroll = m_scroll->verticalScrollBar()->value();
    clearCards();
    if (m_row < 0 || m_row >= m_document->exampleCount()) {
        m_title->setText(tr("No example selected"));
        m_addMessage->setEnabled(false);
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
        m_addMessage->setEnabled(false);
        return;
    }
    m_addMessage->setEnabled(true);
    using Format = Core::ExampleJson::Format;
    if (Core::ExampleJson::format(example) == Format::Preference) {
        auto *inputLabel = new QLabel(tr("Input conversation"), m_canvas);
        m_canvasLayout->addWidget(inputLabel);
        const QJsonArray input = Core::ExampleJson::messages(example);
        for (int i = 0; i < input.size(); ++i)
            addCard(m_canvasLayout, QStringLiteral("/input/messages/%1").arg(i), input.at(i).toObject());
        auto *sides = new QHBoxLayout;
        for (const auto &[key, title] : {std::pair{QStringLiteral("preferred_output"), tr("Preferred answer")},
                                         std::pair{QStringLiteral("non_preferred_output"), tr("Non-preferred answer")}}) {
            auto *column = new QVBoxLayout;
            column->addWidget(new QLabel(title, m_canvas));
            const QJsonArray outputs = example.value(key).toArray();
            for (int i = 0; i < outputs.size(); ++i)
                addCard(column, QStringLiteral("/%1/%2").arg(key).arg(i), outputs.at(i).toObject());
            column->addStretch();
            sides->addLayout(column, 1);
        }
        m_canvasLayout->addLayout(sides);
    } else {
        const QJsonArray messages = Core::ExampleJson::messages(example);
        for (int i = 0; i < messages.size(); ++i)
            addCard(m_canvasLayout, QStringLiteral("/messages/%1").arg(i), messages.at(i).toObject());
    }
    m_canvasLayout->addStretch();
    m_scroll->verticalScrollBar()->setValue(scroll);
}

void ExampleEditor::editValue(int cardIndex, const QString &pointer, const QJsonValue &value)
{
    if (m_row < 0)
        return;
    m_applying = true;
    m_document->undoStack()->push(new Core::SetExampleValueCommand(
        m_document, m_row, m_bases.at(cardIndex) + pointer, value, tr("Edit message %1").arg(cardIndex + 1)));
    m_applying = false;
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
    const QByteArray line = m_document->serializeExample(Core::ExampleJson::withValueAt(example, arrayPointer, messages));
    m_document->undoStack()->push(new Core::ReplaceExamplesCommand(m_document, {{m_row, line}}, text));
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
    const QByteArray line = m_document->serializeExample(Core::ExampleJson::withValueAt(example, arrayPointer, messages));
    m_document->undoStack()->push(new Core::ReplaceExamplesCommand(m_document, {{m_row, line}}, tr("Add message")));
    if (!m_cards.isEmpty() && m_cards.last()->contentEditor())
        m_cards.last()->contentEditor()->setFocus();
}

} // namespace Fts
