// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/editor/EditorTestScript.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/commands/SetExampleValueCommand.h"
#include "desktop/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace Fts {

EditorTestScript *EditorTestScript::startFromEnvironment(MainWindow *window)
{
    const QString script = qEnvironmentVariable("FTS_TEST_SCRIPT");
    if (script.trimmed().isEmpty())
        return nullptr;
    return new EditorTestScript(window, script.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

EditorTestScript::EditorTestScript(MainWindow *window, const QStringList &actions)
    : QObject(window)
    , m_window(window)
{
    for (const QString &action : actions) {
        if (action.startsWith(QLatin1String("recovery ")))
            m_recoveryAnswer = action.section(QLatin1Char(' '), 1).trimmed();
        else
            m_actions.append(action.trimmed());
    }
    if (!m_recoveryAnswer.isEmpty()) {
        // The question is a modal message box with its own event loop: answer it from a timer.
        auto *timer = new QTimer(this);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, &EditorTestScript::answerRecoveryQuestion);
        timer->start();
    }
    connect(window, &MainWindow::datasetLoaded, this, [this](bool ok) {
        if (!ok) {
            std::fprintf(stderr, "FTS_TEST_SCRIPT: the dataset did not load\n");
            QCoreApplication::exit(3);
            return;
        }
        // After the window's own handlers (the restore of recovered work is one of them).
        QTimer::singleShot(0, this, &EditorTestScript::runActions);
    });
}

void EditorTestScript::answerRecoveryQuestion()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (!box || !box->isVisible())
            continue;
        QAbstractButton *button = box->button(m_recoveryAnswer == QLatin1String("restore") ? QMessageBox::Yes
                                                                                           : QMessageBox::Discard);
        if (button) {
            button->click();
            m_recoveryAnswer.clear();
            sender()->deleteLater();
            return;
        }
    }
}

void EditorTestScript::runActions()
{
    if (m_started)
        return;
    m_started = true;
    for (const QString &action : std::as_const(m_actions)) {
        if (!run(action)) {
            std::fprintf(stderr, "FTS_TEST_SCRIPT: cannot run \"%s\"\n", qPrintable(action));
            QCoreApplication::exit(3);
            return;
        }
    }
}

bool EditorTestScript::run(const QString &action)
{
    const QString verb = action.section(QLatin1Char(' '), 0, 0);
    Core::DatasetDocument *document = m_window->document();
    if (verb == QLatin1String("edit")) {
        bool ok = false;
        const int row = action.section(QLatin1Char(' '), 1, 1).toInt(&ok);
        const QString pointer = action.section(QLatin1Char(' '), 2, 2);
        const QByteArray json = action.section(QLatin1Char(' '), 3).toUtf8();
        // A bare value is wrapped in an array to parse it: QJsonDocument only reads arrays and objects.
        const QJsonDocument parsed = QJsonDocument::fromJson("[" + json + "]");
        if (!ok || row < 0 || row >= document->exampleCount() || !pointer.startsWith(QLatin1Char('/'))
            || !parsed.isArray() || parsed.array().size() != 1)
            return false;
        document->undoStack()->push(
            new Core::SetExampleValueCommand(document, row, pointer, parsed.array().at(0), QStringLiteral("Test edit")));
        return true;
    }
    if (verb == QLatin1String("save-as"))
        return m_window->saveDatasetAs(action.section(QLatin1Char(' '), 1));
    if (verb == QLatin1String("quit")) {
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return true;
    }
    return false;
}

} // namespace Fts
