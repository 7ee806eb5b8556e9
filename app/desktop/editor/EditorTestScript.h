// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Fts {

class MainWindow;

/**
 * A test hook: lets a test drive the real application process without injecting input, so that the
 * crash-recovery test can make an edit, kill the process and check the restore (tests/app/desktop/
 * TestCrashRecovery.cpp). Inactive unless the environment variable FTS_TEST_SCRIPT is set.
 *
 * FTS_TEST_SCRIPT holds one action per line:
 *   recovery restore|discard      answers the "Restore unsaved work?" question of this start
 *   edit ROW POINTER JSON         sets the value at a JSON pointer of example ROW (0-based) as the editor would
 *   save-as PATH                  saves the dataset to PATH
 *   quit                          quits the application
 * The actions after "recovery" run in order once a dataset has loaded (the restored one, or the file named
 * on the command line). An action that fails prints why on stderr and quits with exit code 3.
 */
class EditorTestScript : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorTestScript)
public:
    /** Starts the script in FTS_TEST_SCRIPT for @p window; does nothing (returns nullptr) when it is unset. */
    static EditorTestScript *startFromEnvironment(MainWindow *window);

private:
    EditorTestScript(MainWindow *window, const QStringList &actions);
    void answerRecoveryQuestion();
    void runActions();
    bool run(const QString &action);

    MainWindow *const m_window;
    QStringList m_actions;
    QString m_recoveryAnswer;
    bool m_started = false;
};

} // namespace Fts
