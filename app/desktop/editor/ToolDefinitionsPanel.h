// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Fts {

/**
 * The tool definitions of one example, in a side panel of the example editor: per function its name, its
 * description and its parameters (a JSON Schema object, checked while typing).
 *
 * Both spellings are shown: today's "tools" ([{"type": "function", "function": {…}}]) and the legacy
 * "functions" ([{…}]). Like a MessageCard, the panel changes nothing itself: it emits what the user did and
 * the ExampleEditor turns it into undo commands. Parameters are only written while they are a valid JSON
 * object (an object cannot hold broken JSON); the text being typed stays in the field meanwhile.
 */
class ToolDefinitionsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolDefinitionsPanel)
public:
    explicit ToolDefinitionsPanel(QWidget *parent = nullptr);

    /** Shows @p definitions; @p legacyFunctions for the "functions" spelling (no "function" wrapper). */
    void setDefinitions(const QJsonArray &definitions, bool legacyFunctions);
    int definitionCount() const { return m_count; }
    bool isLegacyFunctions() const { return m_legacy; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    /** A value at @p pointer, relative to the definitions array ("/0/function/name"), changed; typing merges. */
    void valueEdited(const QString &pointer, const QJsonValue &value);
    void addRequested();
    void removeRequested(int index);

private:
    void addDefinition(int index, const QJsonObject &definition);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_canvas = nullptr;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    int m_count = 0;
    bool m_legacy = false;
};

} // namespace Fts
