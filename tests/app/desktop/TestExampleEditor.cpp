// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/ExampleListModel.h"
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/editor/ExampleEditor.h"
#include "desktop/editor/MessageCard.h"
#include "desktop/editor/ToolDefinitionsPanel.h"
#include "support/TestPaths.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QDragEnterEvent>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTranslator>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QFile>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Fts;

/** The example editor through its real widgets: tools panel, tool calls, images, reordering, DPO layout. */
class TestExampleEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void toolsPanelEditsDefinitionsOneUndoStepPerField();
    void toolParametersAreCheckedLiveAndOnlyValidObjectsWritten();
    void toolsAreAddedAndRemovedAndLegacyFunctionsEdited();
    void toolCallArgumentsAreCheckedLive();
    void imagePartsShowThumbnailsAndLinks();
    void onlyWebAddressesBecomeImageLinks();
    void messagesMoveWithAltArrows();
    void messageCardsMoveByDrop();
    void preferenceAnswersSideBySideFitA1280Window();
    void screenshots();

private:
    static QByteArray toolExample();
    static QByteArray preferenceExample();
    static QJsonObject exampleAt(Core::DatasetDocument &document, int row = 0) { return document.example(row); }
};

void TestExampleEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

QByteArray TestExampleEditor::toolExample()
{
    return R"x({"messages": [{"role": "system", "content": "You look up ICD-10-CM codes with the lookup tool."}, {"role": "user", "content": "Code for essential hypertension?"}, {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "lookup_code", "arguments": "{\"query\": \"essential hypertension\"}"}}]}, {"role": "tool", "tool_call_id": "call_1", "content": "I10: Essential (primary) hypertension"}, {"role": "assistant", "content": "I10: Essential (primary) hypertension"}], "tools": [{"type": "function", "function": {"name": "lookup_code", "description": "Searches the ICD-10-CM tabular list.", "parameters": {"type": "object", "properties": {"query": {"type": "string", "description": "Words from the diagnosis"}}, "required": ["query"]}}}]})x";
}

QByteArray TestExampleEditor::preferenceExample()
{
    return R"x({"input": {"messages": [{"role": "system", "content": "You are a medical coding assistant. Output ICD-10 codes in the format CODE: DESCRIPTION."}, {"role": "user", "content": "Hypertensive chronic kidney disease with stage 4 CKD."}]}, "preferred_output": [{"role": "assistant", "content": "I12.9: Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease\nN18.4: Chronic kidney disease, stage 4 (severe)"}], "non_preferred_output": [{"role": "assistant", "content": "I10: Essential (primary) hypertension\nN18.9: Chronic kidney disease, unspecified"}]})x";
}

void TestExampleEditor::toolsPanelEditsDefinitionsOneUndoStepPerField()
{
    Core::DatasetDocument document;
    document.setData(toolExample() + '\n');
    ExampleEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    editor.setRow(0);
    ToolDefinitionsPanel *tools = editor.toolsPanel();
    QVERIFY(tools->isVisible()); // the example has tools: the panel opens by itself
    QVERIFY(editor.toolsButton()->isChecked());
    QCOMPARE(editor.toolsButton()->text(), QStringLiteral("Tools (1)"));
    QCOMPARE(tools->definitionCount(), 1);
    QCOMPARE(editor.toolsPointer(), QStringLiteral("/tools"));
    auto *name = tools->findChild<QLineEdit *>(QStringLiteral("toolName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("lookup_code"));
    auto *description = tools->findChild<QPlainTextEdit *>(QStringLiteral("toolDescription"));
    QCOMPARE(description->toPlainText(), QStringLiteral("Searches the ICD-10-CM tabular list."));
    auto *parameters = tools->findChild<QPlainTextEdit *>(QStringLiteral("toolParameters"));
    QVERIFY(parameters->toPlainText().contains(QStringLiteral("\"required\": [")));

    QLineEdit *nameField = name;
    nameField->setFocus();
    nameField->end(false);
    QTest::keyClicks(nameField, QStringLiteral("_v2"));
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document), u"/tools/0/function/name").toString(),
             QStringLiteral("lookup_code_v2"));
    QCOMPARE(document.undoStack()->count(), 1); // three keystrokes, one step
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit tool definition"));
    // The typing did not rebuild the panel under the cursor.
    QCOMPARE(tools->findChild<QLineEdit *>(QStringLiteral("toolName")), nameField);

    description->setFocus();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" By words."));
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document), u"/tools/0/function/description").toString(),
             QStringLiteral("Searches the ICD-10-CM tabular list. By words."));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.exampleLine(0), toolExample());
    // Undo rebuilt the panel with the old values.
    QCOMPARE(editor.toolsPanel()->findChild<QLineEdit *>(QStringLiteral("toolName"))->text(), QStringLiteral("lookup_code"));

    // As narrow as next to the list in a 1280-pixel window: the panel keeps room to work in and the messages
    // still fit without scrolling sideways, the weight toggle moving below the role.
    editor.resize(640, 700);
    QTRY_VERIFY(editor.toolsPanel()->width() > 200);
    const QScrollArea *messages = editor.findChild<QScrollArea *>();
    QTRY_VERIFY(messages->widget()->width() <= messages->viewport()->width());
    const MessageCard *assistant = editor.cards().at(2);
    QVERIFY(assistant->weightToggle()->isVisible());
    QVERIFY(assistant->weightToggle()->geometry().top()
            > assistant->findChild<QComboBox *>(QStringLiteral("roleSelector"))->geometry().bottom());
    QVERIFY(assistant->geometry().right() < messages->viewport()->width());
}

void TestExampleEditor::toolParametersAreCheckedLiveAndOnlyValidObjectsWritten()
{
    Core::DatasetDocument document;
    document.setData(toolExample() + '\n');
    ExampleEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    editor.setRow(0);
    auto *parameters = editor.toolsPanel()->findChild<QPlainTextEdit *>(QStringLiteral("toolParameters"));
    auto *status = editor.toolsPanel()->findChild<QLabel *>(QStringLiteral("toolParametersStatus"));
    QCOMPARE(status->text(), QStringLiteral("Valid JSON Schema object."));
    parameters->setFocus();
    parameters->moveCursor(QTextCursor::End);
    QTest::keyClick(parameters, Qt::Key_Backspace); // removes the closing brace
    QVERIFY(status->text().startsWith(QStringLiteral("Invalid JSON at character")));
    QVERIFY(status->text().endsWith(QStringLiteral("Not saved until it is valid.")));
    QCOMPARE(document.exampleLine(0), toolExample()); // nothing broken was written
    QCOMPARE(document.undoStack()->count(), 0);
    QTest::keyClicks(parameters, QStringLiteral("}"));
    QCOMPARE(status->text(), QStringLiteral("Valid JSON Schema object."));
    QCOMPARE(document.undoStack()->count(), 0); // back to the same object: no step

    parameters->selectAll();
    QTest::keyClicks(parameters, QStringLiteral("{\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\"}}}"));
    QCOMPARE(status->text(), QStringLiteral("Valid JSON Schema object."));
    const QJsonObject written = Core::ExampleJson::valueAt(exampleAt(document), u"/tools/0/function/parameters").toObject();
    QCOMPARE(written.value(QLatin1String("properties")).toObject().keys(), QStringList{QStringLiteral("code")});
    QCOMPARE(document.undoStack()->count(), 1); // the whole retyping is one step
    parameters->selectAll();
    QTest::keyClicks(parameters, QStringLiteral("[1, 2]"));
    QCOMPARE(status->text(), QStringLiteral("Parameters must be a JSON object. Not saved until they are."));
    parameters->selectAll();
    QTest::keyClicks(parameters, QStringLiteral("{\"properties\": {}}"));
    QVERIFY(status->text().contains(QStringLiteral("should say \"type\": \"object\"")));
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document), u"/tools/0/function/parameters").toObject(),
             QJsonObject({{QStringLiteral("properties"), QJsonObject()}}));
}

void TestExampleEditor::toolsAreAddedAndRemovedAndLegacyFunctionsEdited()
{
    Core::DatasetDocument document;
    const QByteArray plain = R"x({"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]})x";
    const QByteArray legacy = R"x({"messages": [{"role": "user", "content": "Weather?"}, {"role": "assistant", "function_call": {"name": "get_weather", "arguments": "{}"}}], "functions": [{"name": "get_weather", "description": "Weather now", "parameters": {"type": "object", "properties": {}}}]})x";
    document.setData(plain + '\n' + legacy + '\n');
    ExampleEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    editor.setRow(0);
    QVERIFY(!editor.toolsPanel()->isVisible()); // no tools: closed until asked for
    QCOMPARE(editor.toolsButton()->text(), QStringLiteral("Tools"));
    QTest::mouseClick(editor.toolsButton(), Qt::LeftButton);
    QVERIFY(editor.toolsPanel()->isVisible());
    QTest::mouseClick(editor.toolsPanel()->addButton(), Qt::LeftButton);
    QCOMPARE(editor.toolsPanel()->definitionCount(), 1);
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document), u"/tools/0/type").toString(), QStringLiteral("function"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add tool"));
    auto *remove = editor.toolsPanel()->findChild<QToolButton *>(QStringLiteral("removeToolButton"));
    QTest::mouseClick(remove, Qt::LeftButton);
    // The last tool removed takes the "tools" key with it (an empty array is an API error).
    QVERIFY(!exampleAt(document).contains(QLatin1String("tools")));
    QVERIFY(editor.toolsPanel()->isVisible()); // still open: the user asked for it
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.exampleLine(0), plain);

    editor.setRow(1);
    QCOMPARE(editor.toolsPointer(), QStringLiteral("/functions"));
    auto *name = editor.toolsPanel()->findChild<QLineEdit *>(QStringLiteral("toolName"));
    QCOMPARE(name->text(), QStringLiteral("get_weather"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("_now"));
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document, 1), u"/functions/0/name").toString(),
             QStringLiteral("get_weather_now"));
    QTest::mouseClick(editor.toolsPanel()->addButton(), Qt::LeftButton);
    // A legacy list gets a legacy entry, without the "function" wrapper.
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document, 1), u"/functions/1/parameters/type").toString(),
             QStringLiteral("object"));
    QVERIFY(!exampleAt(document, 1).contains(QLatin1String("tools")));
}

void TestExampleEditor::toolCallArgumentsAreCheckedLive()
{
    Core::DatasetDocument document;
    document.setData(toolExample() + '\n');
    ExampleEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    editor.setRow(0);
    MessageCard *call = editor.cards().at(2);
    auto *arguments = call->findChild<QPlainTextEdit *>(QStringLiteral("toolCallArguments"));
    auto *status = call->findChild<QLabel *>(QStringLiteral("toolCallArgumentsStatus"));
    QCOMPARE(status->text(), QStringLiteral("Arguments are a valid JSON object."));
    arguments->setFocus();
    arguments->moveCursor(QTextCursor::End);
    QTest::keyClick(arguments, Qt::Key_Backspace);
    QVERIFY(status->text().startsWith(QStringLiteral("Invalid JSON at character")));
    // Arguments are a string in the file: what is typed is kept, and the validator flags it.
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document), u"/messages/2/tool_calls/0/function/arguments").toString(),
             QStringLiteral("{\"query\": \"essential hypertension\""));
    QTest::keyClicks(arguments, QStringLiteral("}"));
    QCOMPARE(status->text(), QStringLiteral("Arguments are a valid JSON object."));
    auto *name = call->findChild<QLineEdit *>(QStringLiteral("toolCallName"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("s"));
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document), u"/messages/2/tool_calls/0/function/name").toString(),
             QStringLiteral("lookup_codes"));
}

void TestExampleEditor::imagePartsShowThumbnailsAndLinks()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(QColor(0x15, 0x65, 0xc0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    const QByteArray line = R"x({"messages": [{"role": "user", "content": [{"type": "text", "text": "What does the X-ray show?"}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,)x"
        + png.toBase64() + R"x("}}, {"type": "image_url", "image_url": {"url": "https://example.org/xray-2.png"}}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,bm90IGFuIGltYWdl"}}]}, {"role": "assistant", "content": "A normal chest."}]})x";
    Core::DatasetDocument document;
    document.setData(line + '\n');
    ExampleEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    editor.setRow(0);
    MessageCard *card = editor.cards().at(0);
    const QList<QLabel *> thumbnails = card->findChildren<QLabel *>(QStringLiteral("imageThumbnail"));
    QCOMPARE(thumbnails.size(), 1);
    const QPixmap thumbnail = thumbnails.constFirst()->pixmap();
    QCOMPARE(thumbnail.width(), 160);
    QVERIFY(thumbnail.height() <= 120 && thumbnail.height() >= 100);
    QCOMPARE(thumbnail.toImage().pixelColor(80, 50), QColor(0x15, 0x65, 0xc0));
    const QList<QLabel *> captions = card->findChildren<QLabel *>(QStringLiteral("imagePartCaption"));
    QCOMPARE(captions.size(), 3);
    QVERIFY(captions.at(0)->text().contains(QStringLiteral("300 × 200 pixels")));
    // A web image is a link to open in the browser; nothing is downloaded.
    QVERIFY(captions.at(1)->text().contains(QStringLiteral("<a href=\"https://example.org/xray-2.png\">")));
    QVERIFY(captions.at(1)->openExternalLinks());
    QVERIFY(captions.at(2)->text().contains(QStringLiteral("not a readable image")));
    // The text part stays editable next to the images.
    auto *text = card->findChildren<QPlainTextEdit *>().constFirst();
    QCOMPARE(text->toPlainText(), QStringLiteral("What does the X-ray show?"));
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" Left lung."));
    QCOMPARE(Core::ExampleJson::valueAt(exampleAt(document), u"/messages/0/content/0/text").toString(),
             QStringLiteral("What does the X-ray show? Left lung."));
    QVERIFY(Core::ExampleJson::valueAt(exampleAt(document), u"/messages/0/content/1/image_url/url").toString()
                .startsWith(QStringLiteral("data:image/png;base64,")));
}

void TestExampleEditor::onlyWebAddressesBecomeImageLinks()
{
    // A shared dataset must not open a local file or start a program with one click on an "image".
    const QByteArray line = R"x({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "file:///etc/passwd"}}, {"type": "image_url", "image_url": {"url": "HTTPS://example.org/a.png"}}]}, {"role": "assistant", "content": "x"}]})x";
    Core::DatasetDocument document;
    document.setData(line + '\n');
    ExampleEditor editor(&document);
    editor.show();
    editor.setRow(0);
    const QList<QLabel *> captions = editor.cards().at(0)->findChildren<QLabel *>(QStringLiteral("imagePartCaption"));
    QCOMPARE(captions.size(), 2);
    QCOMPARE(captions.at(0)->textFormat(), Qt::PlainText);
    QVERIFY(!captions.at(0)->openExternalLinks());
    QVERIFY(captions.at(0)->text().contains(QStringLiteral("file:///etc/passwd")));
    QVERIFY(captions.at(1)->text().contains(QStringLiteral("<a href=")));
}

void TestExampleEditor::messagesMoveWithAltArrows()
{
    Core::DatasetDocument document;
    const QByteArray line = R"x({"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}, {"role": "assistant", "content": "A"}]})x";
    document.setData(line + '\n');
    ExampleEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.setRow(0);
    const auto contents = [&document] {
        QStringList texts;
        for (const QJsonValue &message : document.example(0).value(QLatin1String("messages")).toArray())
            texts.append(message.toObject().value(QLatin1String("content")).toString());
        return texts;
    };
    editor.cards().at(2)->contentEditor()->setFocus();
    QTest::keyClick(editor.cards().at(2)->contentEditor(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(contents(), (QStringList{QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("U")}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move message"));
    // The moved message keeps the keyboard focus, so Alt+Up again moves it further.
    QTRY_VERIFY(editor.cards().at(1)->contentEditor()->hasFocus());
    QTest::keyClick(editor.cards().at(1)->contentEditor(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(contents(), (QStringList{QStringLiteral("A"), QStringLiteral("S"), QStringLiteral("U")}));
    QTRY_VERIFY(editor.cards().at(0)->contentEditor()->hasFocus());
    QTest::keyClick(editor.cards().at(0)->contentEditor(), Qt::Key_Up, Qt::AltModifier); // already first
    QCOMPARE(document.undoStack()->count(), 2);
    QTest::keyClick(editor.cards().at(0)->contentEditor(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(contents(), (QStringList{QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("U")}));
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.exampleLine(0), line);
}

void TestExampleEditor::messageCardsMoveByDrop()
{
    // QDrag::exec() waits for a real pointer, which offscreen tests do not have: the drop side is driven with
    // the events a drag delivers, carrying the data a card's drag carries.
    Core::DatasetDocument document;
    const QByteArray line = R"x({"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}, {"role": "assistant", "content": "A"}, {"role": "user", "content": "U2"}]})x";
    document.setData(line + '\n');
    ExampleEditor editor(&document);
    editor.resize(900, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setRow(0);
    QVERIFY(editor.cards().at(0)->dragHandle());
    QVERIFY(editor.cards().at(0)->dragHandle()->isVisible());
    const auto cardData = [&editor](int card) {
        auto *data = new QMimeData;
        QByteArray encoded;
        QDataStream stream(&encoded, QIODevice::WriteOnly);
        stream << quint64(reinterpret_cast<quintptr>(&editor)) << qint32(card);
        data->setData(MessageCard::mimeType(), encoded);
        return data;
    };
    const auto dropAt = [&editor](QMimeData *data, QPoint position) {
        QWidget *canvas = editor.canvas();
        QDragEnterEvent enter(position, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(position, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        if (!editor.findChild<QFrame *>(QStringLiteral("dropIndicator"))->isVisible())
            return false;
        QDropEvent drop(QPointF(position), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &drop);
        return drop.isAccepted();
    };
    const auto contents = [&document] {
        QStringList texts;
        for (const QJsonValue &message : document.example(0).value(QLatin1String("messages")).toArray())
            texts.append(message.toObject().value(QLatin1String("content")).toString());
        return texts;
    };
    // The system message dropped on the lower half of the assistant card: it goes after it.
    std::unique_ptr<QMimeData> first(cardData(0));
    const QRect assistant = editor.cards().at(2)->geometry();
    QVERIFY(dropAt(first.get(), QPoint(assistant.center().x(), assistant.center().y() + assistant.height() / 4)));
    QTRY_COMPARE(contents(), (QStringList{QStringLiteral("U"), QStringLiteral("A"), QStringLiteral("S"), QStringLiteral("U2")}));
    QCOMPARE(document.undoStack()->count(), 1);
    // The last message dropped at the top: it becomes the first.
    std::unique_ptr<QMimeData> last(cardData(3));
    QVERIFY(dropAt(last.get(), QPoint(20, editor.cards().at(0)->geometry().top() + 2)));
    QTRY_COMPARE(contents(), (QStringList{QStringLiteral("U2"), QStringLiteral("U"), QStringLiteral("A"), QStringLiteral("S")}));
    QCOMPARE(document.undoStack()->count(), 2);
    // Dropped where it already is: no step. Data from another editor is refused.
    std::unique_ptr<QMimeData> same(cardData(1));
    QVERIFY(dropAt(same.get(), editor.cards().at(1)->geometry().center() - QPoint(0, 5)));
    QTest::qWait(20);
    QCOMPARE(document.undoStack()->count(), 2);
    ExampleEditor other(&document);
    auto *foreign = new QMimeData;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << quint64(reinterpret_cast<quintptr>(&other)) << qint32(0);
    foreign->setData(MessageCard::mimeType(), encoded);
    QVERIFY(!dropAt(foreign, QPoint(20, 20)));
    delete foreign;
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.exampleLine(0), line);
}

void TestExampleEditor::preferenceAnswersSideBySideFitA1280Window()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->setData(preferenceExample() + '\n');
    window.datasetPage()->selectExample(0);
    QTest::qWait(50);
    ExampleEditor *editor = window.datasetPage()->editor();
    QCOMPARE(editor->cards().size(), 4);
    MessageCard *preferred = editor->cards().at(2);
    MessageCard *rejected = editor->cards().at(3);
    QCOMPARE(preferred->kind(), MessageCard::Kind::PreferenceAnswer);
    // DPO has no per-message weight, and answers are not reordered.
    QVERIFY(!preferred->weightToggle());
    QVERIFY(!rejected->weightToggle());
    QVERIFY(!preferred->dragHandle());
    QVERIFY(editor->cards().at(1)->dragHandle());
    // Side by side, equally wide, inside the editor without a horizontal scroll bar.
    QTRY_COMPARE(preferred->geometry().top(), rejected->geometry().top());
    QVERIFY(preferred->geometry().right() < rejected->geometry().left());
    QVERIFY(qAbs(preferred->width() - rejected->width()) <= 2);
    auto *scroll = editor->findChild<QScrollArea *>();
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(rejected->mapTo(scroll->viewport(), QPoint(rejected->width(), 0)).x() <= scroll->viewport()->width());
    QVERIFY(editor->width() < 700); // next to the list, in a 1280-pixel window
    // The long preferred answer wraps instead of widening its column.
    QCOMPARE(preferred->contentEditor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QVERIFY(preferred->contentEditor()->height() > 3 * preferred->contentEditor()->fontMetrics().lineSpacing());
    // Editing an answer is undoable like any message.
    preferred->contentEditor()->setFocus();
    preferred->contentEditor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(preferred->contentEditor(), QStringLiteral("!"));
    QVERIFY(Core::ExampleJson::valueAt(window.document()->example(0), u"/preferred_output/0/content").toString().endsWith(u'!'));
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->exampleLine(0), preferenceExample());
}

void TestExampleEditor::screenshots()
{
    // Refresh the documentation's pictures with FTS_SCREENSHOT_DIR=docs/screenshots.
    const QString directory = qEnvironmentVariable("FTS_SCREENSHOT_DIR", QDir::tempPath() + QStringLiteral("/fts-screenshots"));
    QDir().mkpath(directory);
    // As users see them: the English plural forms the application loads, and files opened (so validated).
    QTranslator plurals;
    QVERIFY2(plurals.load(QStringLiteral(FTS_BINARY_DIR "/app/finetune-studio_en.qm")),
             "build the application first: its English plural forms are missing");
    QCoreApplication::installTranslator(&plurals);
    QFile sampleFile(Fts::Test::TestPaths::sourceFile(QStringLiteral("resources/samples/icd10-train.jsonl")));
    QVERIFY(sampleFile.open(QIODevice::ReadOnly));
    const QByteArray sample = sampleFile.readAll();
    const struct
    {
        QString name;
        QByteArray data;
        int row;
    } shots[] = {{QStringLiteral("editor-chat.png"), sample, 3},
                 {QStringLiteral("editor-tool-call.png"), toolExample() + '\n' + sample, 0},
                 {QStringLiteral("editor-dpo.png"), preferenceExample() + '\n' + preferenceExample() + '\n', 0}};
    QTemporaryDir files;
    for (const auto &shot : shots) {
        const QString path = files.filePath(QStringLiteral("icd10-") + QString(shot.name).remove(QStringLiteral("editor-")).replace(QStringLiteral(".png"), QStringLiteral(".jsonl")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(shot.data);
        file.close();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        window.openDataset(path);
        QVERIFY(loaded.wait(20000));
        window.datasetPage()->selectExample(shot.row);
        QTRY_VERIFY(window.exampleModel()->countedExamples() == window.document()->exampleCount());
        QTest::qWait(200);
        QVERIFY(window.grab().save(QDir(directory).filePath(shot.name)));
    }
    QCoreApplication::removeTranslator(&plurals);
}

QTEST_MAIN(TestExampleEditor)
#include "TestExampleEditor.moc"
