// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleFilterModel.h"
#include "core/editing/ExampleJson.h"
#include "core/editing/ExampleListModel.h"
#include "core/editing/commands/RemoveExamplesCommand.h"
#include "core/stats/ChatTokenCounter.h"
#include "core/stats/ModelCatalog.h"
#include "desktop/DatasetPage.h"
#include "desktop/MainWindow.h"
#include "desktop/editor/ExampleEditor.h"
#include "desktop/editor/MessageCard.h"

#include <QPlainTextEdit>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Fts;

/** The example list of the Dataset page: Tokens column, token filter, reordering by drag and by keyboard. */
class TestDatasetPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTokenCountsAndKeepsThemCurrent();
    void filtersByTokenLengthFromTheFilterBar();
    void followsTheStatisticsModel();
    void dropOnTheListMovesTheDraggedRows();
    void altShiftArrowsMoveTheSelectedExamples();
    void removingManyRangesKeepsTheCurrentExample();

private:
    static QByteArray example(const QByteArray &user, int words = 0);
    QStringList users() const;
    std::unique_ptr<MainWindow> m_window;
};

void TestDatasetPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

namespace ExampleJsonText {
/** The first user message of an example, as the list shows it. */
QString user(const Fts::Core::DatasetDocument *document, int row)
{
    const QJsonArray messages = Fts::Core::ExampleJson::messages(document->example(row));
    return messages.isEmpty() ? QString() : messages.first().toObject().value(QLatin1String("content")).toString();
}
} // namespace ExampleJsonText

QByteArray TestDatasetPage::example(const QByteArray &user, int words)
{
    QByteArray text = user;
    for (int i = 0; i < words; ++i)
        text += " hypertension";
    return R"({"messages": [{"role": "user", "content": ")" + text + R"("}, {"role": "assistant", "content": "I10"}]})";
}

void TestDatasetPage::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->document()->setData(example("A", 0) + '\n' + example("B", 40) + "\n\n" + example("C", 400) + '\n'
                                  + example("D", 5) + '\n' + "not json\n");
}

QStringList TestDatasetPage::users() const
{
    QStringList result;
    for (int row = 0; row < m_window->document()->exampleCount(); ++row)
        result.append(m_window->exampleModel()->index(row, Core::ExampleListModel::PreviewColumn).data().toString().left(1));
    return result;
}

void TestDatasetPage::showsTokenCountsAndKeepsThemCurrent()
{
    DatasetPage *page = m_window->datasetPage();
    QTableView *view = page->exampleView();
    QVERIFY(!view->isColumnHidden(Core::ExampleListModel::TokensColumn));
    QCOMPARE(view->model()->headerData(Core::ExampleListModel::TokensColumn, Qt::Horizontal).toString(), QStringLiteral("Tokens"));
    const Core::ChatTokenCounter counter(Core::ModelCatalog::encodingForModel(page->tokenModel()));
    const auto shown = [view](int row) { return view->model()->index(row, Core::ExampleListModel::TokensColumn).data().toString(); };
    QTRY_COMPARE(shown(2), QLocale().toString(counter.count(m_window->document()->exampleLineView(2)).totalTokens));
    QCOMPARE(shown(0), QLocale().toString(counter.count(m_window->document()->exampleLineView(0)).totalTokens));
    QCOMPARE(shown(4), QString()); // not JSON: no count
    QVERIFY(view->visualRect(view->model()->index(2, Core::ExampleListModel::TokensColumn)).width() > 0);

    // Typing in the editor recounts the example at once.
    page->selectExample(0);
    const int before = m_window->exampleModel()->tokens(0);
    QPlainTextEdit *content = page->editor()->cards().at(0)->contentEditor();
    content->setFocus();
    content->moveCursor(QTextCursor::End);
    QTest::keyClicks(content, QStringLiteral(" with chronic kidney disease"));
    QCOMPARE(shown(0), QLocale().toString(counter.count(m_window->document()->exampleLineView(0)).totalTokens));
    QVERIFY(m_window->exampleModel()->tokens(0) > before);
}

void TestDatasetPage::filtersByTokenLengthFromTheFilterBar()
{
    DatasetPage *page = m_window->datasetPage();
    QTRY_VERIFY(!m_window->exampleModel()->isCountingTokens());
    auto *count = page->findChild<QLabel *>(QStringLiteral("exampleCount"));
    QVERIFY(count->text().startsWith(QStringLiteral("5 example"))); // "(s)" without a translation loaded
    QVERIFY(!page->minimumTokensBox()->isEnabled());
    page->tokenFilter()->setCurrentIndex(int(DatasetPage::TokenFilter::Range));
    QVERIFY(page->minimumTokensBox()->isEnabled());
    const int b = m_window->exampleModel()->tokens(1);
    page->minimumTokensBox()->setValue(b);
    page->maximumTokensBox()->setValue(b + 100);
    QCOMPARE(page->filterModel()->rowCount(), 1);
    QVERIFY(count->text().startsWith(QStringLiteral("1 of 5 example")));
    page->minimumTokensBox()->setValue(0);
    page->maximumTokensBox()->setValue(100000);
    QCOMPARE(page->filterModel()->rowCount(), 4); // the line that is not JSON has no count
    // Over the model's limit: the default model allows far more than these examples.
    page->tokenFilter()->setCurrentIndex(int(DatasetPage::TokenFilter::OverLimit));
    QVERIFY(page->tokenFilter()->currentText().contains(Core::ModelCatalog::defaultModel()));
    QCOMPARE(page->filterModel()->rowCount(), 0);
    QVERIFY(count->text().startsWith(QStringLiteral("0 of 5 example")));
    page->tokenFilter()->setCurrentIndex(int(DatasetPage::TokenFilter::Any));
    QCOMPARE(page->filterModel()->rowCount(), 5);
    // A hidden example asked for (from the validation list, say) clears the filter that hides it.
    page->tokenFilter()->setCurrentIndex(int(DatasetPage::TokenFilter::OverLimit));
    page->selectExample(2);
    QCOMPARE(page->tokenFilter()->currentIndex(), int(DatasetPage::TokenFilter::Any));
    QCOMPARE(page->currentRow(), 2);
}

void TestDatasetPage::followsTheStatisticsModel()
{
    DatasetPage *page = m_window->datasetPage();
    QTRY_VERIFY(!m_window->exampleModel()->isCountingTokens());
    page->setTokenModel(QStringLiteral("gpt-3.5-turbo-0125"));
    QCOMPARE(m_window->exampleModel()->tokenLimit(), Core::ModelCatalog::describe(QStringLiteral("gpt-3.5-turbo-0125")).maxTokensPerExample);
    QTRY_VERIFY(!m_window->exampleModel()->isCountingTokens());
    const Core::ChatTokenCounter cl100k(Core::EncodingId::Cl100kBase);
    QCOMPARE(m_window->exampleModel()->tokens(2), int(cl100k.count(m_window->document()->exampleLineView(2)).totalTokens));
    QVERIFY(page->tokenFilter()->itemText(int(DatasetPage::TokenFilter::OverLimit)).contains(QStringLiteral("gpt-3.5-turbo-0125")));
}

void TestDatasetPage::dropOnTheListMovesTheDraggedRows()
{
    // QDrag::exec() needs a real pointer: the view gets the drop events a drag delivers, with the data its
    // own model gives for the dragged rows, so the view's drop position logic and the filter mapping run.
    DatasetPage *page = m_window->datasetPage();
    QTableView *view = page->exampleView();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(users(), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("n")}));
    page->selectExamples(0, 2); // A and B
    const QByteArray before = m_window->document()->toBytes();
    std::unique_ptr<QMimeData> data(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(data);
    // Dropped on the lower edge of D: after D.
    const QRect d = view->visualRect(view->model()->index(3, Core::ExampleListModel::PreviewColumn));
    const QPoint position(d.center().x(), d.bottom() - 1);
    QDragEnterEvent enter(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(position), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    QCOMPARE(users(), (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("n")}));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QVERIFY(m_window->document()->undoStack()->undoText().startsWith(QStringLiteral("Move 2 example")));
    // Only examples move: the file keeps its blank line and every byte of the moved lines.
    QCOMPARE(m_window->document()->toBytes().size(), before.size());
    QCOMPARE(m_window->document()->toBytes().count('\n'), before.count('\n'));
    m_window->document()->undoStack()->undo();
    QCOMPARE(users(), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("n")}));

    // With a search showing only some rows, the drop goes before the row it lands on.
    page->searchField()->setText(QStringLiteral("hypertension"));
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    QTRY_COMPARE(view->model()->rowCount(), 3); // B, C, D
    page->selectExample(3);
    std::unique_ptr<QMimeData> filtered(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
    const QRect b = view->visualRect(view->model()->index(0, Core::ExampleListModel::PreviewColumn));
    const QPoint top(b.center().x(), b.top() + 1);
    QDragEnterEvent enterFiltered(top, Qt::MoveAction, filtered.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enterFiltered);
    QDragMoveEvent moveFiltered(top, Qt::MoveAction, filtered.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &moveFiltered);
    QDropEvent dropFiltered(QPointF(top), Qt::MoveAction, filtered.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropFiltered);
    QCOMPARE(users(), (QStringList{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("n")}));
    QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Move example 4 to position 2"));
}

void TestDatasetPage::altShiftArrowsMoveTheSelectedExamples()
{
    DatasetPage *page = m_window->datasetPage();
    page->selectExamples(2, 2); // C and D
    page->exampleView()->setFocus();
    QTest::keyClick(page->exampleView(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(users(), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("n")}));
    QCOMPARE(page->selectedRows(), (QList<int>{1, 2})); // still selected: press again to go further
    QTest::keyClick(page->exampleView(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(users(), (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("n")}));
    QTest::keyClick(page->exampleView(), Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier); // at the top
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    QTest::keyClick(page->exampleView(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(users(), (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("n")}));
    QVERIFY(m_window->document()->undoStack()->undoText().startsWith(QStringLiteral("Move 2 example")));
    // The editor moved with its example: typing goes into the example shown, wherever it now is.
    const int current = page->currentRow();
    QCOMPARE(page->editor()->row(), current);
    m_window->document()->undoStack()->undo();
    QCOMPARE(page->editor()->row(), page->currentRow());
    QCOMPARE(m_window->exampleModel()->index(page->editor()->row(), Core::ExampleListModel::PreviewColumn).data().toString().left(1),
             m_window->exampleModel()->index(page->currentRow(), Core::ExampleListModel::PreviewColumn).data().toString().left(1));
}

QTEST_MAIN(TestDatasetPage)
void TestDatasetPage::removingManyRangesKeepsTheCurrentExample()
{
    // Deleting every third example of 600 is one batch (a model reset): the example being edited stays current,
    // and when it is itself deleted, the next one takes its place; undo brings the first one back into view.
    QByteArray data;
    for (int i = 0; i < 600; ++i)
        data += example("n" + QByteArray::number(i), 0) + '\n';
    Core::DatasetDocument *document = m_window->document();
    document->setData(data);
    DatasetPage *page = m_window->datasetPage();
    auto currentUser = [&] {
        const int row = page->currentRow();
        return row < 0 ? QString() : ExampleJsonText::user(document, row);
    };
    page->selectExample(301);
    QCOMPARE(currentUser(), QStringLiteral("n301"));
    QList<int> rows;
    for (int row = 0; row < 600; row += 3)
        rows.append(row);
    QSignalSpy reset(page->filterModel(), &QAbstractItemModel::modelReset);
    document->undoStack()->push(new Core::RemoveExamplesCommand(document, rows));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(document->exampleCount(), 400);
    QCOMPARE(currentUser(), QStringLiteral("n301"));
    QCOMPARE(page->editor()->row(), page->currentRow());
    // The current example goes: its successor is current.
    page->selectExample(page->currentRow() + 1); // n302
    QList<int> again;
    for (int row = 1; row < 400; row += 2)
        again.append(row);
    QCOMPARE(currentUser(), QStringLiteral("n302"));
    document->undoStack()->push(new Core::RemoveExamplesCommand(document, again)); // removes n302 among others
    QCOMPARE(currentUser(), QStringLiteral("n304"));
    document->undoStack()->undo();
    QCOMPARE(currentUser(), QStringLiteral("n304"));
    QCOMPARE(document->exampleCount(), 400);
    // A filtered list stays filtered: the current row is only restored when it is shown.
    page->searchField()->setText(QStringLiteral("n59"));
    QTRY_VERIFY(page->filterModel()->rowCount() < 20);
    document->undoStack()->undo();
    QCOMPARE(page->searchField()->text(), QStringLiteral("n59"));
    QCOMPARE(document->exampleCount(), 600);
}

#include "TestDatasetPage.moc"
