// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/evaluation/BlindReviewSession.h"
#include "eval/evaluation/ExampleOutcome.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Fts {

/**
 * A person rates two answers without knowing which model wrote them: the sides are shuffled per example and
 * the model names stay hidden until every pair is rated (or the reviewer reveals them). The whole review works from
 * the keyboard (keyboardHelp()): 1/A, 2/B and 0/T (or Left, Right and Space) rate, J/K or Down/Up move between
 * pairs, N goes to the next unrated pair, ? shows the keys. The result is B's win rate with its 95% interval.
 */
class BlindReviewWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlindReviewWidget)
public:
    explicit BlindReviewWidget(QWidget *parent = nullptr);

    /** Starts a review of the examples whose two answers differ (identical answers need no person). */
    void setOutcomes(const QList<Eval::ExampleOutcome> &outcomes, const QString &modelA, const QString &modelB,
                     quint32 seed = 0);
    const Eval::BlindReviewSession &session() const { return m_session; }
    int currentItem() const { return m_current; }

    void rateLeft() { rate(Eval::BlindReviewSession::Choice::Left); }
    void rateRight() { rate(Eval::BlindReviewSession::Choice::Right); }
    void rateTie() { rate(Eval::BlindReviewSession::Choice::Tie); }
    void reveal();
    QString resultText() const;

    /** Shows pair @p n (0-based, clamped) without rating it. */
    void setCurrentItem(int n);
    void nextItem() { setCurrentItem(m_current + 1); }
    void previousItem() { setCurrentItem(m_current - 1); }
    /** The next pair without a rating after the current one, wrapping around; false when all are rated. */
    bool nextUnrated();
    /** The keys of the review, one per line, as the ? key shows them. */
    static QString keyboardHelp();
    void showKeyboardHelp();

Q_SIGNALS:
    void reviewChanged();

private:
    void rate(Eval::BlindReviewSession::Choice choice);
    void showCurrent();
    /** Sets @p n to the first unrated pair after the current one, wrapping around; false when all are rated. */
    bool nextUnratedIndex(int *n) const;
    void addShortcut(const QKeySequence &keys, const std::function<void()> &action);

    QList<Eval::ExampleOutcome> m_outcomes;
    QString m_modelA;
    QString m_modelB;
    Eval::BlindReviewSession m_session;
    int m_current = 0;
    QLabel *m_progress = nullptr;
    QTextBrowser *m_prompt = nullptr;
    QLabel *m_leftTitle = nullptr;
    QLabel *m_rightTitle = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    QPushButton *m_leftButton = nullptr;
    QPushButton *m_tieButton = nullptr;
    QPushButton *m_rightButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace Fts
