// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/EvaluationTableModel.h"

#include "eval/evaluation/EvaluationRunner.h"
#include "eval/evaluation/WordDiff.h"

#include <QBrush>
#include <QColor>

namespace Fts::Eval {

namespace {

// One line in the table; the detail pane shows the whole text.
QString firstLine(const QString &text, int maxLength = 160)
{
    QString line = text.simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

EvaluationTableModel::EvaluationTableModel(EvaluationRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    m_rows = int(runner->outcomes().size());
    connect(runner, &EvaluationRunner::outcomesReset, this, [this] {
        beginResetModel();
        m_rows = int(m_runner->outcomes().size());
        endResetModel();
    });
    connect(runner, &EvaluationRunner::outcomeChanged, this, [this](int position) {
        if (position < m_rows)
            Q_EMIT dataChanged(index(position, 0), index(position, ColumnCount - 1));
    });
}

int EvaluationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EvaluationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExampleOutcome &EvaluationTableModel::outcome(int row) const
{
    return m_runner->outcomes().at(row);
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case PromptColumn: return tr("Prompt");
    case ExpectedColumn: return tr("Expected");
    case AnswerAColumn: return m_runner ? tr("A: %1").arg(m_runner->modelA().label()) : tr("Answer A");
    case AnswerBColumn: return m_runner ? tr("B: %1").arg(m_runner->modelB().label()) : tr("Answer B");
    case ResultColumn: return tr("Result");
    }
    return {};
}

QVariant EvaluationTableModel::answerData(const ExampleOutcome &outcome, bool sideB, int role) const
{
    const CallRecord &call = sideB ? outcome.b : outcome.a;
    switch (role) {
    case Qt::DisplayRole:
        switch (call.state) {
        case CallRecord::State::Pending: return tr("waiting");
        case CallRecord::State::Running: return tr("asking\u2026");
        case CallRecord::State::Failed: return tr("failed: %1").arg(firstLine(call.error, 120));
        case CallRecord::State::Answered: return firstLine(call.answer);
        }
        return {};
    case DiffHtmlRole:
        if (call.state != CallRecord::State::Answered)
            return answerData(outcome, sideB, Qt::DisplayRole).toString().toHtmlEscaped();
        return WordDiff::toHtml(WordDiff::compute(outcome.example.expected, firstLine(call.answer, 400)));
    case PassedRole:
        return call.passed ? QVariant(*call.passed) : QVariant();
    case Qt::ToolTipRole:
        if (call.state == CallRecord::State::Failed)
            return call.error;
        return call.judgeReason.isEmpty() ? QVariant() : QVariant(call.judgeReason);
    case Qt::BackgroundRole:
        if (!call.passed)
            return call.state == CallRecord::State::Failed ? QBrush(QColor(0xfff4e5)) : QVariant();
        return QBrush(*call.passed ? QColor(0xeafbea) : QColor(0xfdecec));
    }
    return {};
}

QVariant EvaluationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_runner || index.row() >= m_rows)
        return {};
    const ExampleOutcome &outcome = m_runner->outcomes().at(index.row());
    const ExampleOutcome::Flip flip = outcome.flip();
    const bool failedCall = outcome.a.state == CallRecord::State::Failed || outcome.b.state == CallRecord::State::Failed;
    switch (role) {
    case FlipRole: return int(flip);
    case FlipRankRole:
        if (flip == ExampleOutcome::Flip::Regression)
            return 0;
        if (flip == ExampleOutcome::Flip::Win)
            return 1;
        if (failedCall || (outcome.isScored() && !*outcome.a.passed))
            return 2;
        return 3;
    case PositionRole: return index.row();
    case SearchTextRole:
        return QString(outcome.example.lastUserText() + QLatin1Char('\n') + outcome.example.expected + QLatin1Char('\n')
                       + outcome.a.answer + QLatin1Char('\n') + outcome.b.answer);
    case DisagreeRole:
        return flip != ExampleOutcome::Flip::None || (outcome.a.isAnswered() && outcome.b.isAnswered() && outcome.answersDiffer());
    case FailedRole:
        return failedCall || (outcome.a.passed && !*outcome.a.passed) || (outcome.b.passed && !*outcome.b.passed);
    default: break;
    }
    switch (index.column()) {
    case LineColumn:
        if (role == Qt::DisplayRole)
            return outcome.example.lineNumber;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignTop);
        return {};
    case PromptColumn:
        if (role == Qt::DisplayRole || role == DiffHtmlRole)
            return role == DiffHtmlRole ? firstLine(outcome.example.lastUserText()).toHtmlEscaped()
                                        : firstLine(outcome.example.lastUserText());
        if (role == Qt::ToolTipRole)
            return outcome.example.lastUserText().left(2000);
        return {};
    case ExpectedColumn:
        if (role == Qt::DisplayRole)
            return firstLine(outcome.example.expected);
        if (role == DiffHtmlRole)
            return firstLine(outcome.example.expected).toHtmlEscaped();
        return {};
    case AnswerAColumn: return answerData(outcome, false, role);
    case AnswerBColumn: return answerData(outcome, true, role);
    case ResultColumn:
        if (role == Qt::DisplayRole) {
            switch (flip) {
            case ExampleOutcome::Flip::Regression: return tr("Regression");
            case ExampleOutcome::Flip::Win: return tr("Win");
            case ExampleOutcome::Flip::None: break;
            }
            if (failedCall)
                return tr("Call failed");
            if (!outcome.isScored())
                return QString();
            return *outcome.a.passed ? tr("Both right") : tr("Both wrong");
        }
        if (role == Qt::ForegroundRole) {
            if (flip == ExampleOutcome::Flip::Regression)
                return QBrush(QColor(0xb42318));
            if (flip == ExampleOutcome::Flip::Win)
                return QBrush(QColor(0x1a7f37));
        }
        return {};
    }
    return {};
}

} // namespace Fts::Eval

#include "moc_EvaluationTableModel.cpp"
