// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/TestSetLoader.h"

#include "core/editing/DatasetDocument.h"
#include "eval/evaluation/MessageText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fts::Eval {

bool TestSetLoader::loadFile(const QString &path)
{
    clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append({0, tr("Cannot read the test set %1: %2").arg(path, file.errorString())});
        return false;
    }
    loadBytes(file.readAll());
    return true;
}

void TestSetLoader::clear()
{
    m_examples.clear();
    m_problems.clear();
}

void TestSetLoader::loadBytes(const QByteArray &jsonl)
{
    clear();
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < jsonl.size()) {
        qsizetype end = jsonl.indexOf('\n', start);
        if (end < 0)
            end = jsonl.size();
        ++lineNumber;
        loadLine(lineNumber, QByteArrayView(jsonl).sliced(start, end - start));
        start = end + 1;
    }
}

void TestSetLoader::loadDocumentRows(const Core::DatasetDocument &document, const QList<int> &rows)
{
    clear();
    for (int row : rows) {
        if (row >= 0 && row < document.exampleCount())
            loadLine(document.lineNumber(row), document.exampleLineView(row));
    }
}

QList<int> TestSetLoader::rowsInSplit(const Core::DatasetDocument &document, Core::DatasetSplit split)
{
    QList<int> rows;
    const int count = document.exampleCount();
    for (int row = 0; row < count; ++row) {
        if (document.split(row) == split)
            rows << row;
    }
    return rows;
}

void TestSetLoader::loadLine(int lineNumber, QByteArrayView bytes)
{
    const QByteArray line = bytes.trimmed().toByteArray();
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_problems.append({lineNumber, tr("Line %1 is not valid JSON: %2 at character %3.")
                                           .arg(lineNumber).arg(parseError.errorString()).arg(parseError.offset + 1)});
        return;
    }
    if (!document.isObject()) {
        m_problems.append({lineNumber, tr("Line %1 is not a JSON object.").arg(lineNumber)});
        return;
    }
    EvalExample example;
    QString reason;
    if (!splitExample(document.object(), &example.prompt, &example.expected, &reason)) {
        m_problems.append({lineNumber, tr("Line %1: %2").arg(lineNumber).arg(reason)});
        return;
    }
    example.position = int(m_examples.size());
    example.lineNumber = lineNumber;
    example.key = exampleKey(example.prompt, example.expected);
    m_examples.append(example);
}

bool TestSetLoader::splitExample(const QJsonObject &example, QJsonArray *prompt, QString *expected, QString *reason)
{
    const QJsonValue messagesValue = example.value(QLatin1String("messages"));
    if (!messagesValue.isArray()) {
        *reason = tr("the field \"messages\" is missing or not a list.");
        return false;
    }
    const QJsonArray messages = messagesValue.toArray();
    qsizetype lastAssistant = -1;
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        if (messages.at(i).toObject().value(QLatin1String("role")).toString() == QLatin1String("assistant")) {
            lastAssistant = i;
            break;
        }
    }
    if (lastAssistant < 0) {
        *reason = tr("there is no assistant message to use as the expected answer.");
        return false;
    }
    if (lastAssistant == 0) {
        *reason = tr("the assistant message is the first message, so there is no prompt to send.");
        return false;
    }
    const QJsonObject answer = messages.at(lastAssistant).toObject();
    const QJsonValue content = answer.value(QLatin1String("content"));
    if (content.isString() || content.isArray()) {
        *expected = MessageText::contentText(content);
    } else if (answer.value(QLatin1String("tool_calls")).isArray()) {
        // A tool-call answer is compared as JSON: its calls are the expected output.
        *expected = QString::fromUtf8(QJsonDocument(answer.value(QLatin1String("tool_calls")).toArray())
                                          .toJson(QJsonDocument::Compact));
    } else {
        *reason = tr("the last assistant message has no content.");
        return false;
    }
    QJsonArray promptMessages;
    for (qsizetype i = 0; i < lastAssistant; ++i) {
        // "weight" is a training-only field that chat completions rejects.
        QJsonObject message = messages.at(i).toObject();
        message.remove(QLatin1String("weight"));
        promptMessages.append(message);
    }
    *prompt = promptMessages;
    return true;
}

QString TestSetLoader::exampleKey(const QJsonArray &prompt, const QString &expected)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(prompt).toJson(QJsonDocument::Compact));
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(expected.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace Fts::Eval
