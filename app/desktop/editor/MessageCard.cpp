// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/MessageCard.h"

#include "desktop/Colours.h"
#include "desktop/InlineErrorLabel.h"

#include "desktop/editor/GrowingTextEdit.h"

#include "core/editing/ExampleJson.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDrag>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QCache>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
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

QString MessageCard::mimeType()
{
    return QStringLiteral("application/x-finetune-studio-message-card");
}

MessageCard::MessageCard(int messageIndex, const QJsonObject &message, Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_messageIndex(messageIndex)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("messageCard%1").arg(messageIndex));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    const QString role = message.value(QLatin1String("role")).toString();
    // A tint per role, derived from the palette so that dark themes stay readable.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, Colours::roleTint(role, tinted.color(QPalette::Base), 0.08));
    setPalette(tinted);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 6, 8, 8);
    m_layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_header = header;
    const bool conversation = kind == Kind::ConversationMessage;
    if (conversation) {
        auto *handle = new QLabel(this);
        handle->setObjectName(QStringLiteral("dragHandle"));
        handle->setText(QStringLiteral("\u2630")); // a grip: three bars
        handle->setCursor(Qt::OpenHandCursor);
        handle->setToolTip(tr("Drag to move this message (or Alt+Up, Alt+Down)"));
        handle->setAccessibleName(tr("Move message %1 by dragging").arg(messageIndex + 1));
        handle->installEventFilter(this);
        m_handle = handle;
        header->addWidget(handle);
    }
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
    m_name->setMinimumWidth(60);
    // An answer of a preference pair rarely has a name: the field only shows when it has one.
    m_name->setVisible(conversation || message.contains(QLatin1String("name")));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        Q_EMIT valueEdited(m_messageIndex, QStringLiteral("/name"),
                           text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    });
    header->addWidget(m_name);

    if (role == QLatin1String("assistant") && conversation) {
        m_weight = new QCheckBox(tr("Train on this answer"), this);
        m_weight->setObjectName(QStringLiteral("weightToggle"));
        m_weight->setToolTip(tr("Weight 1 (checked) trains on this message; weight 0 keeps it as context only."));
        m_weight->setChecked(message.value(QLatin1String("weight")).toInt(1) != 0);
        const bool hadWeight = message.contains(QLatin1String("weight"));
        connect(m_weight, &QCheckBox::toggled, this, [this, hadWeight](bool checked) {
            // Weight 1 is the default: remove the key rather than writing it, unless it was there.
            Q_EMIT valueEdited(m_messageIndex, QStringLiteral("/weight"),
                               checked ? (hadWeight ? QJsonValue(1) : QJsonValue(QJsonValue::Undefined)) : QJsonValue(0));
        });
        m_weightSlot = header->count();
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
    for (QToolButton *button : {up, down, insert, duplicate, remove}) {
        header->addWidget(button);
        button->setVisible(conversation);
    }
    m_layout->addLayout(header);
    if (m_weight) {
        m_weightRow = new QHBoxLayout;
        m_weightRow->setContentsMargins(0, 0, 0, 0);
        m_layout->addLayout(m_weightRow);
    }
    if (conversation) {
        auto *moveUp = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
        auto *moveDown = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
        for (QShortcut *shortcut : {moveUp, moveDown})
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(moveUp, &QShortcut::activated, this, [this] { Q_EMIT moveRequested(m_messageIndex, -1); });
        connect(moveDown, &QShortcut::activated, this, [this] { Q_EMIT moveRequested(m_messageIndex, 1); });
    }

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
                addImagePart(part, object.value(QLatin1String("image_url")).toObject().value(QLatin1String("url")).toString());
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

namespace {

struct Thumbnail
{
    QImage picture; // at most 160 × 120; null when the data is not a readable image
    QSize originalSize;
};

/**
 * The thumbnail of an embedded image, decoded once: stepping through examples with big embedded images decoded
 * each of them again every time one was shown. Keyed by a 64-bit hash and the length of the whole data URL (which
 * can be megabytes; a cryptographic hash of it cost more than the lookup saves on small images).
 */
Thumbnail thumbnailOf(const QString &url, qsizetype comma, const QString &header)
{
    static QCache<QByteArray, Thumbnail> cache(64);
    const QByteArray key = QByteArray::number(quint64(qHash(url))) + '/' + QByteArray::number(url.size());
    if (const Thumbnail *cached = cache.object(key))
        return *cached;
    QImage image;
    if (comma > 0 && header.endsWith(QLatin1String(";base64")))
        image.loadFromData(QByteArray::fromBase64(url.mid(comma + 1).toLatin1()));
    auto *thumbnail = new Thumbnail{image.width() > 160 || image.height() > 120
                                        ? image.scaled(160, 120, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                        : image,
                                    image.size()};
    const Thumbnail result = *thumbnail;
    cache.insert(key, thumbnail);
    return result;
}

} // namespace

void MessageCard::addImagePart(int part, const QString &url)
{
    auto *row = new QHBoxLayout;
    auto *caption = new QLabel(this);
    caption->setObjectName(QStringLiteral("imagePartCaption"));
    caption->setWordWrap(true);
    caption->setTextInteractionFlags(Qt::TextBrowserInteraction);
    if (url.startsWith(QLatin1String("data:"))) {
        // data:image/png;base64,AAAA… — decoded here; an image on the web is never fetched by the editor.
        const qsizetype comma = url.indexOf(QLatin1Char(','));
        const QString header = url.mid(5, comma > 5 ? comma - 5 : 0);
        const Thumbnail decoded = thumbnailOf(url, comma, header);
        const QSize size = decoded.originalSize;
        const QString kilobytes = QLocale().toString(double(url.size() - comma - 1) * 3 / 4 / 1024, 'f', 0);
        if (!decoded.picture.isNull()) {
            auto *thumbnail = new QLabel(this);
            thumbnail->setObjectName(QStringLiteral("imageThumbnail"));
            thumbnail->setPixmap(QPixmap::fromImage(decoded.picture));
            thumbnail->setFrameShape(QFrame::Box);
            thumbnail->setAccessibleName(tr("Image part %1 of message %2").arg(part + 1).arg(m_messageIndex + 1));
            thumbnail->setToolTip(tr("%1 × %2 pixels").arg(size.width()).arg(size.height()));
            row->addWidget(thumbnail);
            caption->setText(tr("Image %1: embedded %2, %3 × %4 pixels, %5 KB")
                                 .arg(part + 1)
                                 .arg(header.section(QLatin1Char(';'), 0, 0), QString::number(size.width()),
                                      QString::number(size.height()), kilobytes));
        } else {
            caption->setText(tr("Image %1: embedded data that is not a readable image (%2 KB)").arg(part + 1).arg(kilobytes));
            caption->setStyleSheet(QStringLiteral("color: %1;").arg(InlineErrorLabel::errorColour(caption->palette()).name()));
        }
    } else if (const QString scheme = QUrl(url).scheme().toLower();
               scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        // A dataset comes from anywhere: only web addresses become links (a file: or custom-scheme link would open
        // a local file or start a program with one click).
        caption->setText(tr("Image %1: %2 (not a web address; not opened from here)")
                             .arg(part + 1)
                             .arg(url.size() > 80 ? QString(url.left(77) + QStringLiteral("…")) : url));
        caption->setTextFormat(Qt::PlainText);
    } else {
        caption->setText(tr("Image %1: <a href=\"%2\">%3</a>")
                             .arg(part + 1)
                             .arg(url.toHtmlEscaped(), url.size() > 80 ? QString(url.left(77) + QStringLiteral("…")).toHtmlEscaped()
                                                                        : url.toHtmlEscaped()));
        caption->setOpenExternalLinks(true);
        caption->setToolTip(tr("Opens in your browser; the editor does not download it"));
    }
    row->addWidget(caption, 1);
    m_layout->addLayout(row);
}

void MessageCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeWeightToggle();
}

void MessageCard::placeWeightToggle()
{
    if (!m_weight)
        return;
    const bool inHeader = m_header->indexOf(m_weight) >= 0;
    // The header's preferred width with the toggle in it: a fixed threshold, so moving the toggle (which
    // changes the card's minimum width) cannot make the card flip back and forth.
    int wanted = m_header->sizeHint().width() + m_layout->contentsMargins().left() + m_layout->contentsMargins().right()
        + 2 * frameWidth();
    if (!inHeader)
        wanted += m_weight->sizeHint().width() + qMax(0, m_header->spacing());
    const bool fits = width() >= wanted;
    if (fits == inHeader)
        return;
    if (fits) {
        // Back in the header; the stretch after it in its own row goes too (deleting an item keeps its widget).
        while (QLayoutItem *item = m_weightRow->takeAt(0))
            delete item;
        m_header->insertWidget(m_weightSlot, m_weight);
    } else {
        m_header->removeWidget(m_weight);
        m_weightRow->addWidget(m_weight);
        m_weightRow->addStretch();
    }
}

bool MessageCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_handle) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
            return true;
        }
        if (event->type() == QEvent::MouseMove) {
            const auto *move = static_cast<QMouseEvent *>(event);
            if ((move->buttons() & Qt::LeftButton)
                && (move->position().toPoint() - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
                startDrag();
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void MessageCard::startDrag()
{
    auto *data = new QMimeData;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << quint64(m_dragSource) << qint32(m_messageIndex);
    data->setData(mimeType(), encoded);
    if (m_content)
        data->setText(m_content->toPlainText());
    // The canvas owns the drag: the card may be rebuilt right after the drop.
    auto *drag = new QDrag(parentWidget() ? static_cast<QObject *>(parentWidget()) : this);
    drag->setMimeData(data);
    // The card itself, faded, follows the pointer.
    QPixmap picture = grab();
    if (picture.width() > 420)
        picture = picture.scaledToWidth(420, Qt::SmoothTransformation);
    QPixmap faded(picture.size());
    faded.fill(Qt::transparent);
    QPainter painter(&faded);
    painter.setOpacity(0.7);
    painter.drawPixmap(0, 0, picture);
    painter.end();
    drag->setPixmap(faded);
    drag->setHotSpot(QPoint(12, 12));
    m_dragging = true;
    drag->exec(Qt::MoveAction);
    m_dragging = false;
    Q_EMIT dragFinished();
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
            status->setStyleSheet(QStringLiteral("color: %1;").arg(InlineErrorLabel::errorColour(status->palette()).name()));
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
