// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/DatasetSplit.h"
#include "eval/evaluation/EvalExample.h"

#include <QCoreApplication>
#include <QList>

namespace Fts::Core {
class DatasetDocument;
}

namespace Fts::Eval {

/** A line of the test set that could not become an example, and why, in the user's words. */
struct TestSetProblem
{
    int lineNumber = 0;
    QString message;
};

/**
 * Turns chat JSONL into evaluation examples. A bad line is reported with its number and skipped; it never
 * stops the others from being evaluated.
 */
class TestSetLoader
{
    Q_DECLARE_TR_FUNCTIONS(Fts::Eval::TestSetLoader)
public:
    /** Reads @p path; an unreadable file gives one problem on line 0. */
    bool loadFile(const QString &path);
    void loadBytes(const QByteArray &jsonl);
    /**
     * Reads rows @p rows of the open dataset as they are in memory, unsaved edits included; examples and
     * problems carry the rows' line numbers in the file as it would be saved now.
     */
    void loadDocumentRows(const Core::DatasetDocument &document, const QList<int> &rows);

    /** The rows of @p document assigned to @p split, ascending. */
    static QList<int> rowsInSplit(const Core::DatasetDocument &document, Core::DatasetSplit split);

    const QList<EvalExample> &examples() const { return m_examples; }
    const QList<TestSetProblem> &problems() const { return m_problems; }

    /** Splits one example (a `{"messages": [...]}` object) into prompt and expected; false + reason if not possible. */
    static bool splitExample(const QJsonObject &example, QJsonArray *prompt, QString *expected, QString *reason);
    /** The stable identity of an example, independent of its position in any file. */
    static QString exampleKey(const QJsonArray &prompt, const QString &expected);

private:
    void clear();
    void loadLine(int lineNumber, QByteArrayView line);

    QList<EvalExample> m_examples;
    QList<TestSetProblem> m_problems;
};

} // namespace Fts::Eval
