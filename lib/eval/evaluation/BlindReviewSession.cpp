// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluation/BlindReviewSession.h"

#include "eval/WilsonInterval.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Fts::Eval {

std::pair<double, double> WinRate::ci95B() const
{
    return WilsonInterval::compute(winsB, decided());
}

BlindReviewSession::BlindReviewSession(const QList<int> &items, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int id : items)
        m_items.append({id, random.bounded(2) == 1, std::nullopt});
    // Reviewing in file order lets fatigue line up with whatever the file is sorted by; shuffle it away.
    for (qsizetype i = m_items.size() - 1; i > 0; --i)
        std::swap(m_items[i], m_items[random.bounded(int(i + 1))]);
}

void BlindReviewSession::rate(int n, Choice choice)
{
    Item &item = m_items[n];
    if (choice == Choice::Tie)
        item.preference = Preference::Tie;
    else if ((choice == Choice::Left) == item.bIsLeft)
        item.preference = Preference::B;
    else
        item.preference = Preference::A;
}

int BlindReviewSession::ratedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.preference.has_value(); }));
}

WinRate BlindReviewSession::winRate() const
{
    WinRate rate;
    for (const Item &item : m_items) {
        if (!item.preference)
            continue;
        switch (*item.preference) {
        case Preference::A: ++rate.winsA; break;
        case Preference::B: ++rate.winsB; break;
        case Preference::Tie: ++rate.ties; break;
        }
    }
    return rate;
}

} // namespace Fts::Eval
