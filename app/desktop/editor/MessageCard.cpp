// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/MessageCard.h"

#include "desktop/editor/GrowingTextEdit.h"

#include "core/editing/ExampleJson.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Fts {

namespace {

QPlainTextEdit *makeGrowingEditor(QWidget *parent)
{
    return new GrowingTextEdit(parent);
}

QToolButton *makeButton(QStyle::StandardPixmap icon, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

MessageCard::MessageCard(int messageIndex, const QJsonObject &message, QWidget *parent)
    : QFrame(parent)
    , m_messageIndex(messageIndex)
{
    setObjectName(QStringLiteral("messageCard%1").arg(messageIndex));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    const QString role = message.value(QLatin1String("role")).toString();
    // A tint per role, derived from the palette so that dark themes stay readable.
    QPalette tinted = palette();
    const QColor base = tinted.color(QPalette::Base);
    const QColor accent = role == QLatin1String("assistant") ? QColor(0x2e, 0x7d, 0x32)
        : role == QLatin1String("system")                   ? QColor(0x6a, 0x1b, 0x9a)
        : role == QLatin1String("tool")                     ? QColor(0xe6, 0x51, 0x00)
                                                            : QColor(0x15, 0x65, 0xc0);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    tinted.setColor(QPalette::Window, mix(base, accent, 0.08));
    setPalette(tinted);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 6, 8, 8);
    m_layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleSelector"));
    m_role->setAccessibleName(tr("Role of message %1").arg(messageIndex + 1));
    m_role->addItems({QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant"),
                      QStringLiteral("tool")});
    if (m_role->findText(role) < 0)
        m_role->addItem(role); // an unknown role stays visible (and is flagged by the validator)
    m_role->setCurrentText(role);
    connect(m_role, &QComboBox::textActivated, this, [this](const QString &text) {
        Q_EMIT roleChanged(m_messageIndex, text);
    });
    header->addWidget(m_role);

    m_name = new QLineEdit(message.value(QLatin1String("name")).toString(), this);
    m_name->setObjectName(QStringLiteral("nameEditor"));
    m_name->setPlaceholderText(tr("name (optional)"));
    m_name->setAccessibleName(tr("Name of message %1").arg(messageIndex + 1));
    m_name->setMaximumWidth(180);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        Q_EMIT valueEdited(m_messageIndex, QStringLiteral("/name"),
                           text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    });
    header->addWidget(m_name);

    if (role == QLatin1String("assistant")) {
        m_weight = new QCheckBox(tr("Train on this answer"), this);
        m_weight->setObjectName(QStringLiteral("weightToggle"));
        m_weight->setToolTip(tr("Weight 1 (checked) trains on this message; weight 0 keeps it as context only."));
        m_weight->setChecked(message.value(QLatin1String("weight")).toInt(1) != 0);
        connect(m_weight, &QCheckBox::toggled, this, [this](bool checked) {
            // Weight 1 is the default: remove the key rather than writing it, unless it was there.
            Q_EMIT valueEdited(m_messageIndex, QStringLiteral("/weight"), checked ? QJsonValue(1) : QJsonValue(0));
        });
        header->addWidget(m_weight);
    }
    header->addStretch();
    QToolButton *up = makeButton(QStyle::SP_ArrowUp, tr("Move message up"), this);
    QToolButton *down = makeButton(QStyle::SP_ArrowDown, tr("Move message down"), this);
    QToolButton *insert = makeButton(QStyle::SP_FileDialogNewFolder, tr("Insert a message after this one"), this);
    QToolButton *duplicate = makeButton(QStyle::SP_FileDialogContentsView, tr("Duplicate message"), this);
    QToolButton *remove = makeButton(QStyle::SP_TrashIcon, tr("Delete message"), this);
    remove->setObjectName(QStringLiteral("deleteMessageButton"));
    insert->setObjectName(QStringLiteral("insertMessageButton"));
    connect(up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_messageIndex, -1); });
    connect(down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_messageIndex, 1); });
    connect(insert, &QToolButton::clicked, this, [this] { Q_EMIT insertAfterRequested(m_messageIndex); });
    connect(duplicate, &QToolButton::clicked, this, [this] { Q_EMIT duplicateRequested(m_messageIndex); });
    connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT deleteRequested(m_messageIndex); });
    for (QToolButton *button : {up, down, insert, duplicate, remove})
        header->addWidget(button);
    m_layout->addLayout(header);

    const QJsonValue content = message.value(QLatin1String("content"));
    if (isTextContent(content)) {
        m_content = makeGrowingEditor(this);
        m_content->setObjectName(QStringLiteral("contentEditor"));
        m_content->setAccessibleName(tr("Content of message %1").arg(messageIndex + 1));
        m_content->setPlaceholderText(tr("Message text"));
        m_content->setPlainText(content.toString());
        connect(m_content, &QPlainTextEdit::textChanged, this, [this] {
            Q_EMIT valueEdited(m_messageIndex, QStringLiteral("/content"), m_content->toPlainText());
        });
        m_layout->addWidget(m_content);
    } else {
        // Content parts: text parts are edited in place, images shown by their URL.
        const QJsonArray parts = content.toArray();
        for (int part = 0; part < parts.size(); ++part) {
            const QJsonObject object = parts.at(part).toObject();
            const QString type = object.value(QLatin1String("type")).toString();
            if (type == QLatin1String("text")) {
                QPlainTextEdit *editor = makeGrowingEditor(this);
                editor->setPlainText(object.value(QLatin1String("text")).toString());
                editor->setAccessibleName(tr("Text part %1 of message %2").arg(part + 1).arg(messageIndex + 1));
                const QString pointer = QStringLiteral("/content/%1/text").arg(part);
                connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, pointer] {
                    Q_EMIT valueEdited(m_messageIndex, pointer, editor->toPlainText());
                });
                m_layout->addWidget(editor);
            } else if (type == QLatin1String("image_url")) {
                const QString url = object.value(QLatin1String("image_url")).toObject().value(QLatin1String("url")).toString();
                auto *label = new QLabel(this);
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
                label->setText(url.startsWith(QLatin1String("data:"))
                                   ? tr("Image part %1: embedded image (%2 KB)").arg(part + 1).arg(url.size() / 1024)
                                   : tr("Image part %1: %2").arg(part + 1).arg(url));
                m_layout->addWidget(label);
            }
        }
    }

    const QJsonArray calls = message.value(QLatin1String("tool_calls")).toArray();
    for (int call = 0; call < calls.size(); ++call)
        addToolCall(call, calls.at(call).toObject());
    if (message.contains(QLatin1String("tool_call_id"))) {
        auto *answers = new QLabel(tr("Answers tool call %1").arg(message.value(QLatin1String("tool_call_id")).toString()),
                                   this);
        answers->setEnabled(false);
        m_layout->addWidget(answers);
    }
}

bool MessageCard::isTextContent(const QJsonValue &content)
{
    return !content.isArray();
}

void MessageCard::addToolCall(int callIndex, const QJsonObject &call)
{
    const QJsonObject function = call.value(QLatin1String("function")).toObject();
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Calls"), this);
    auto *name = new QLineEdit(function.value(QLatin1String("name")).toString(), this);
    name->setObjectName(QStringLiteral("toolCallName"));
    name->setAccessibleName(tr("Function name of tool call %1").arg(callIndex + 1));
    name->setPlaceholderText(tr("function name"));
    const QString prefix = QStringLiteral("/tool_calls/%1/function").arg(callIndex);
    connect(name, &QLineEdit::textEdited, this, [this, prefix](const QString &text) {
        Q_EMIT valueEdited(m_messageIndex, prefix + QStringLiteral("/name"), text);
    });
    auto *id = new QLabel(call.value(QLatin1String("id")).toString(), this);
    id->setEnabled(false);
    row->addWidget(label);
    row->addWidget(name, 1);
    row->addWidget(id);
    m_layout->addLayout(row);

    QPlainTextEdit *arguments = makeGrowingEditor(this);
    arguments->setObjectName(QStringLiteral("toolCallArguments"));
    arguments->setAccessibleName(tr("JSON arguments of tool call %1").arg(callIndex + 1));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    arguments->setFont(mono);
    arguments->setPlainText(function.value(QLatin1String("arguments")).toString());
    auto *status = new QLabel(this);
    status->setObjectName(QStringLiteral("toolCallArgumentsStatus"));
    const auto check = [arguments, status] {
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(arguments->toPlainText().toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && parsed.isObject()) {
            status->setText(tr("Arguments are a valid JSON object."));
            status->setStyleSheet(QString());
        } else {
            status->setText(error.error == QJsonParseError::NoError
                                ? tr("Arguments must be a JSON object.")
                                : tr("Invalid JSON at character %1: %2").arg(error.offset).arg(error.errorString()));
            status->setStyleSheet(QStringLiteral("color: #c62828;"));
        }
    };
    connect(arguments, &QPlainTextEdit::textChanged, this, [this, arguments, prefix, check] {
        check();
        Q_EMIT valueEdited(m_messageIndex, prefix + QStringLiteral("/arguments"), arguments->toPlainText());
    });
    check();
    m_layout->addWidget(arguments);
    m_layout->addWidget(status);
}

} // namespace Fts
