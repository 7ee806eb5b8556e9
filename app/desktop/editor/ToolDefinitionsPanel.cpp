// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/ToolDefinitionsPanel.h"
#include "desktop/InlineErrorLabel.h"

#include "desktop/editor/GrowingTextEdit.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Fts {

namespace {

QString scalarJson(const QJsonValue &value)
{
    // Qt escapes strings and spells numbers; the array brackets around the single value are stripped.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

/** A schema laid out as people write one: two-space indent, "type" first, lists of plain values on one line
 *  (QJsonDocument sorts "type" last and spreads ["a", "b"] over four lines, which a narrow panel wraps badly). */
void appendSchema(QString &out, const QJsonValue &value, int depth)
{
    const QString inner(2 * (depth + 1), u' ');
    const QString outer(2 * depth, u' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += QLatin1String("{}");
            return;
        }
        QStringList keys = object.keys();
        if (keys.removeOne(QStringLiteral("type")))
            keys.prepend(QStringLiteral("type"));
        out += QLatin1String("{\n");
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += inner + scalarJson(keys.at(i)) + QLatin1String(": ");
            appendSchema(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += outer + u'}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool flat = std::none_of(array.begin(), array.end(),
                                       [](const QJsonValue &element) { return element.isObject() || element.isArray(); });
        if (flat) {
            QStringList elements;
            for (const QJsonValue &element : array)
                elements.append(scalarJson(element));
            out += u'[' + elements.join(QLatin1String(", ")) + u']';
            return;
        }
        out += QLatin1String("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            appendSchema(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += outer + u']';
    } else {
        out += scalarJson(value);
    }
}

} // namespace

ToolDefinitionsPanel::ToolDefinitionsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("toolDefinitionsPanel"));
    setAccessibleName(tr("Tool definitions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 8, 8);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Tools the model may call"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_canvas = new QWidget(m_scroll);
    m_list = new QVBoxLayout(m_canvas);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(8);
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);

    m_empty = new QLabel(tr("This example defines no tools. Add one when its assistant messages call a function."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    m_add = new QPushButton(tr("Add function"), this);
    m_add->setObjectName(QStringLiteral("addToolButton"));
    connect(m_add, &QPushButton::clicked, this, &ToolDefinitionsPanel::addRequested);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
}

void ToolDefinitionsPanel::setDefinitions(const QJsonArray &definitions, bool legacyFunctions)
{
    m_legacy = legacyFunctions;
    while (QLayoutItem *item = m_list->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // Out of the panel at once (no stale twin until the event loop runs), deleted later: the remove
            // button whose click got us here is still in its event handler.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    m_count = int(definitions.size());
    for (int i = 0; i < definitions.size(); ++i)
        addDefinition(i, definitions.at(i).toObject());
    m_list->addStretch();
    m_empty->setVisible(definitions.isEmpty());
    m_list->activate();
}

void ToolDefinitionsPanel::addDefinition(int index, const QJsonObject &definition)
{
    // Legacy "functions" hold the function itself; "tools" wrap it: {"type": "function", "function": {…}}.
    const QString prefix = m_legacy ? QStringLiteral("/%1").arg(index) : QStringLiteral("/%1/function").arg(index);
    const QJsonObject function = m_legacy ? definition : definition.value(QLatin1String("function")).toObject();

    auto *card = new QFrame(m_canvas);
    card->setObjectName(QStringLiteral("toolDefinition%1").arg(index));
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(3);

    auto *header = new QHBoxLayout;
    auto *name = new QLineEdit(function.value(QLatin1String("name")).toString(), card);
    name->setObjectName(QStringLiteral("toolName"));
    name->setPlaceholderText(tr("function_name"));
    name->setAccessibleName(tr("Name of tool %1").arg(index + 1));
    name->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(name, &QLineEdit::textEdited, this, [this, prefix](const QString &text) {
        Q_EMIT valueEdited(prefix + QStringLiteral("/name"), text);
    });
    header->addWidget(name, 1);
    auto *remove = new QToolButton(card);
    remove->setObjectName(QStringLiteral("removeToolButton"));
    remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this tool"));
    remove->setAccessibleName(tr("Remove tool %1").arg(index + 1));
    connect(remove, &QToolButton::clicked, this, [this, index] { Q_EMIT removeRequested(index); });
    header->addWidget(remove);
    layout->addLayout(header);

    auto *description = new GrowingTextEdit(card);
    description->setObjectName(QStringLiteral("toolDescription"));
    description->setPlaceholderText(tr("What the function does and when to call it"));
    description->setAccessibleName(tr("Description of tool %1").arg(index + 1));
    description->setPlainText(function.value(QLatin1String("description")).toString());
    connect(description, &QPlainTextEdit::textChanged, this, [this, prefix, description] {
        const QString text = description->toPlainText();
        Q_EMIT valueEdited(prefix + QStringLiteral("/description"),
                           text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    });
    layout->addWidget(description);

    layout->addWidget(new QLabel(tr("Parameters (JSON Schema)"), card));
    auto *parameters = new GrowingTextEdit(card);
    parameters->setObjectName(QStringLiteral("toolParameters"));
    parameters->setAccessibleName(tr("Parameters of tool %1 as JSON").arg(index + 1));
    parameters->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    parameters->setTabChangesFocus(true);
    const QJsonValue existing = function.value(QLatin1String("parameters"));
    if (existing.isObject()) {
        QString text;
        appendSchema(text, existing, 0);
        parameters->setPlainText(text);
    }
    auto *status = new QLabel(card);
    status->setObjectName(QStringLiteral("toolParametersStatus"));
    status->setWordWrap(true);
    // Checked on every keystroke; written only when it is a JSON object, so a half-typed schema never lands.
    const auto check = [status](const QString &text, QJsonObject *parsed) {
        if (text.trimmed().isEmpty()) {
            status->setText(tr("No parameters: the function takes none."));
            status->setStyleSheet(QString());
            return true;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            status->setText(error.error != QJsonParseError::NoError
                                ? tr("Invalid JSON at character %1: %2. Not saved until it is valid.")
                                      .arg(error.offset)
                                      .arg(error.errorString())
                                : tr("Parameters must be a JSON object. Not saved until they are."));
            status->setStyleSheet(QStringLiteral("color: %1;").arg(InlineErrorLabel::errorColour(status->palette()).name()));
            return false;
        }
        *parsed = document.object();
        if (parsed->value(QLatin1String("type")).toString() != QLatin1String("object")) {
            status->setText(tr("Valid JSON, but a parameters schema should say \"type\": \"object\"."));
            status->setStyleSheet(QStringLiteral("color: #b26a00;"));
        } else {
            status->setText(tr("Valid JSON Schema object."));
            status->setStyleSheet(QString());
        }
        return true;
    };
    QJsonObject initial;
    if (existing.isUndefined() || existing.isObject())
        check(parameters->toPlainText(), &initial);
    else {
        status->setText(tr("The parameters in the file are not a JSON object; type an object to replace them."));
        status->setStyleSheet(QStringLiteral("color: %1;").arg(InlineErrorLabel::errorColour(status->palette()).name()));
    }
    connect(parameters, &QPlainTextEdit::textChanged, this, [this, prefix, parameters, check] {
        QJsonObject parsed;
        const QString text = parameters->toPlainText();
        if (!check(text, &parsed))
            return;
        Q_EMIT valueEdited(prefix + QStringLiteral("/parameters"),
                           text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(parsed));
    });
    layout->addWidget(parameters);
    layout->addWidget(status);
    m_list->addWidget(card);
    // Shown now rather than when the layout gets round to it, so the fields can take the focus right away.
    card->show();
}

} // namespace Fts
