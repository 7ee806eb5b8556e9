// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/eval/BlindReviewWidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QApplication>
#include <QAbstractButton>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Fts {

BlindReviewWidget::BlindReviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QLabel(this))
    , m_prompt(new QTextBrowser(this))
    , m_leftTitle(new QLabel(tr("Answer 1"), this))
    , m_rightTitle(new QLabel(tr("Answer 2"), this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
    , m_leftButton(new QPushButton(tr("&1  Answer 1 is better"), this))
    , m_tieButton(new QPushButton(tr("&0  About the same"), this))
    , m_rightButton(new QPushButton(tr("&2  Answer 2 is better"), this))
    , m_revealButton(new QPushButton(tr("Reveal the models"), this))
    , m_result(new QLabel(this))
    , m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("blindReview"));
    setFocusPolicy(Qt::StrongFocus);
    m_prompt->setMaximumHeight(120);
    m_result->setWordWrap(true);
    QFont titleFont = m_leftTitle->font();
    titleFont.setBold(true);
    m_leftTitle->setFont(titleFont);
    m_rightTitle->setFont(titleFont);

    auto *grid = new QGridLayout;
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_leftButton);
    buttons->addWidget(m_tieButton);
    buttons->addWidget(m_rightButton);
    buttons->addStretch();
    buttons->addWidget(m_revealButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(new QLabel(tr("Prompt"), this));
    layout->addWidget(m_prompt);
    layout->addLayout(grid, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_keys);

    m_leftButton->setObjectName(QStringLiteral("blindReviewLeft"));
    m_leftButton->setToolTip(tr("Answer 1 is better (1, A or Left)"));
    m_tieButton->setToolTip(tr("Both are about as good (0, T or Space)"));
    m_rightButton->setToolTip(tr("Answer 2 is better (2, B or Right)"));
    m_revealButton->setToolTip(tr("Show which model wrote which answer; the rest of the review is then no longer blind."));
    m_keys->setObjectName(QStringLiteral("blindReviewKeys"));
    m_keys->setText(tr("Keyboard: 1/A, 2/B, 0/T rate \u00b7 J/K next/previous \u00b7 N next unrated \u00b7 ? all keys"));
    m_keys->setToolTip(keyboardHelp());
    QPalette hint = m_keys->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_keys->setPalette(hint);

    // Shortcuts rather than keyPressEvent: they work whichever child (an answer, a button) has the focus.
    for (Qt::Key key : {Qt::Key_1, Qt::Key_A, Qt::Key_Left})
        addShortcut(QKeySequence(key), [this] { rateLeft(); });
    for (Qt::Key key : {Qt::Key_2, Qt::Key_B, Qt::Key_Right})
        addShortcut(QKeySequence(key), [this] { rateRight(); });
    for (Qt::Key key : {Qt::Key_0, Qt::Key_T})
        addShortcut(QKeySequence(key), [this] { rateTie(); });
    // Space presses a focused button, as everywhere (a shortcut would win over it and record a tie instead of,
    // say, revealing the models); elsewhere in the review it is a tie.
    addShortcut(QKeySequence(Qt::Key_Space), [this] {
        if (auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget()); button && isAncestorOf(button))
            button->click();
        else
            rateTie();
    });
    for (Qt::Key key : {Qt::Key_J, Qt::Key_Down})
        addShortcut(QKeySequence(key), [this] { nextItem(); });
    for (Qt::Key key : {Qt::Key_K, Qt::Key_Up})
        addShortcut(QKeySequence(key), [this] { previousItem(); });
    addShortcut(QKeySequence(Qt::Key_N), [this] { nextUnrated(); });
    addShortcut(QKeySequence(Qt::Key_Question), [this] { showKeyboardHelp(); });

    connect(m_leftButton, &QPushButton::clicked, this, &BlindReviewWidget::rateLeft);
    connect(m_rightButton, &QPushButton::clicked, this, &BlindReviewWidget::rateRight);
    connect(m_tieButton, &QPushButton::clicked, this, &BlindReviewWidget::rateTie);
    connect(m_revealButton, &QPushButton::clicked, this, &BlindReviewWidget::reveal);
    showCurrent();
}

void BlindReviewWidget::setOutcomes(const QList<Eval::ExampleOutcome> &outcomes, const QString &modelA,
                                    const QString &modelB, quint32 seed)
{
    m_outcomes = outcomes;
    m_modelA = modelA;
    m_modelB = modelB;
    QList<int> items;
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).a.isAnswered() && outcomes.at(i).b.isAnswered() && outcomes.at(i).answersDiffer())
            items << i;
    }
    m_session = Eval::BlindReviewSession(items, seed ? seed : QRandomGenerator::global()->generate());
    m_current = 0;
    showCurrent();
    Q_EMIT reviewChanged();
}

void BlindReviewWidget::rate(Eval::BlindReviewSession::Choice choice)
{
    if (m_current >= m_session.count())
        return;
    m_session.rate(m_current, choice);
    // The next unrated pair (wrapping around), so a reviewer who went back does not redo what is done.
    if (!nextUnratedIndex(&m_current))
        m_current = m_session.count();
    showCurrent();
    Q_EMIT reviewChanged();
}

void BlindReviewWidget::reveal()
{
    m_session.reveal();
    showCurrent();
    Q_EMIT reviewChanged();
}

QString BlindReviewWidget::resultText() const
{
    const Eval::WinRate rate = m_session.winRate();
    if (rate.decided() + rate.ties == 0)
        return {};
    const QString b = m_session.isRevealed() ? m_modelB : tr("one model");
    const auto [lo, hi] = rate.ci95B();
    return tr("%1 preferred in %2% of %n decided pair(s) (95% interval %3% \u2013 %4%); %5 tie(s).", nullptr, rate.decided())
        .arg(b)
        .arg(QLocale().toString(rate.rateB() * 100, 'f', 1), QLocale().toString(lo * 100, 'f', 1),
             QLocale().toString(hi * 100, 'f', 1))
        .arg(rate.ties);
}

void BlindReviewWidget::showCurrent()
{
    const int count = m_session.count();
    const bool done = m_current >= count;
    m_leftButton->setEnabled(!done);
    m_rightButton->setEnabled(!done);
    m_tieButton->setEnabled(!done);
    m_revealButton->setEnabled(count > 0 && !m_session.isRevealed());
    if (count == 0) {
        m_progress->setText(tr("Nothing to review: run an evaluation first. Only examples where the two answers differ are shown."));
        m_prompt->clear();
        m_left->clear();
        m_right->clear();
        m_result->clear();
        return;
    }
    QString progress = done ? tr("All %n pair(s) rated.", nullptr, count)
                            : tr("Pair %1 of %2 \u2014 %3 rated").arg(m_current + 1).arg(count).arg(m_session.ratedCount());
    if (!done) {
        if (const auto preference = m_session.preferenceAt(m_current)) {
            // In the reviewer's terms (left/right), so going back does not give the models away.
            const bool bLeft = m_session.bIsLeft(m_current);
            const QString chosen = *preference == Eval::BlindReviewSession::Preference::Tie ? tr("about the same")
                                   : (*preference == Eval::BlindReviewSession::Preference::B) == bLeft ? tr("answer 1")
                                                                                                     : tr("answer 2");
            progress += QStringLiteral(" \u00b7 ") + tr("your rating: %1").arg(chosen);
        }
    }
    m_progress->setText(progress);
    if (!done) {
        const Eval::ExampleOutcome &outcome = m_outcomes.at(m_session.itemAt(m_current));
        m_prompt->setPlainText(outcome.example.lastUserText());
        const bool bLeft = m_session.bIsLeft(m_current);
        m_left->setPlainText(bLeft ? outcome.b.answer : outcome.a.answer);
        m_right->setPlainText(bLeft ? outcome.a.answer : outcome.b.answer);
        if (m_session.isRevealed()) {
            m_leftTitle->setText(tr("Answer 1 \u2014 %1").arg(bLeft ? m_modelB : m_modelA));
            m_rightTitle->setText(tr("Answer 2 \u2014 %1").arg(bLeft ? m_modelA : m_modelB));
        } else {
            m_leftTitle->setText(tr("Answer 1"));
            m_rightTitle->setText(tr("Answer 2"));
        }
    } else {
        m_left->clear();
        m_right->clear();
        m_leftTitle->setText(tr("Answer 1"));
        m_rightTitle->setText(tr("Answer 2"));
    }
    m_result->setText(resultText());
}

void BlindReviewWidget::addShortcut(const QKeySequence &keys, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    shortcut->setAutoRepeat(false);
    connect(shortcut, &QShortcut::activated, this, action);
}

void BlindReviewWidget::setCurrentItem(int n)
{
    const int count = m_session.count();
    if (count == 0)
        return;
    // One past the last pair is the "all rated" page only once everything is rated.
    const int last = m_session.isComplete() ? count : count - 1;
    n = std::clamp(n, 0, last);
    if (n == m_current)
        return;
    m_current = n;
    showCurrent();
}

bool BlindReviewWidget::nextUnratedIndex(int *n) const
{
    const int count = m_session.count();
    for (int step = 1; step <= count; ++step) {
        const int candidate = (m_current + step) % count;
        if (!m_session.preferenceAt(candidate)) {
            *n = candidate;
            return true;
        }
    }
    return false;
}

bool BlindReviewWidget::nextUnrated()
{
    int next = 0;
    if (!nextUnratedIndex(&next))
        return false;
    m_current = next;
    showCurrent();
    return true;
}

QString BlindReviewWidget::keyboardHelp()
{
    return tr("1 or A \u2014 answer 1 is better\n"
              "2 or B \u2014 answer 2 is better\n"
              "0 or T \u2014 about the same\n"
              "J or Down \u2014 next pair\n"
              "K or Up \u2014 previous pair\n"
              "N \u2014 next pair without a rating\n"
              "? \u2014 these keys");
}

void BlindReviewWidget::showKeyboardHelp()
{
    QToolTip::showText(m_keys->mapToGlobal(QPoint(0, 0)), keyboardHelp(), m_keys);
}

} // namespace Fts
