// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/eval/BlindReviewWidget.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTextBrowser>
#include <QVBoxLayout>

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
    // Next unrated item, so a reviewer who went back does not redo what is done.
    int next = m_current + 1;
    while (next < m_session.count() && m_session.preferenceAt(next))
        ++next;
    m_current = next;
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
    m_progress->setText(done ? tr("All %n pair(s) rated.", nullptr, count)
                             : tr("Pair %1 of %2 \u2014 %3 rated").arg(m_current + 1).arg(count).arg(m_session.ratedCount()));
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

void BlindReviewWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_1:
    case Qt::Key_Left: rateLeft(); return;
    case Qt::Key_2:
    case Qt::Key_Right: rateRight(); return;
    case Qt::Key_0:
    case Qt::Key_Space: rateTie(); return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace Fts
