// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>
#include <utility>

namespace Fts::Eval {

/** A blind review tally, and B's win rate among the decided pairs with its 95% Wilson interval. */
struct WinRate
{
    int winsA = 0;
    int winsB = 0;
    int ties = 0;
    int decided() const { return winsA + winsB; }
    /** Share of decided pairs B won; ties are reported, not split, so they cannot flatter either side. */
    double rateB() const { return decided() ? double(winsB) / decided() : 0.0; }
    std::pair<double, double> ci95B() const;
};

/**
 * A person comparing answers without knowing which model wrote them. Each item's sides are shuffled with a
 * seeded generator (so a saved session shows the same layout again) and names stay hidden until every item
 * is rated or the reviewer asks to reveal them.
 */
class BlindReviewSession
{
public:
    enum class Choice { Left, Right, Tie };
    enum class Preference { A, B, Tie };

    BlindReviewSession() = default;
    /** @p items are caller-side identifiers (e.g. example positions), reviewed in a shuffled order. */
    BlindReviewSession(const QList<int> &items, quint32 seed);

    int count() const { return int(m_items.size()); }
    /** The caller's identifier of the n-th item to show. */
    int itemAt(int n) const { return m_items.at(n).id; }
    /** True when model B's answer is shown on the left for the n-th item. */
    bool bIsLeft(int n) const { return m_items.at(n).bIsLeft; }

    void rate(int n, Choice choice);
    std::optional<Preference> preferenceAt(int n) const { return m_items.at(n).preference; }
    int ratedCount() const;
    bool isComplete() const { return ratedCount() == count(); }
    /** Names may be shown once everything is rated or the reviewer gives up on blindness. */
    bool isRevealed() const { return m_revealed || isComplete(); }
    void reveal() { m_revealed = true; }

    WinRate winRate() const;

private:
    struct Item
    {
        int id = 0;
        bool bIsLeft = false;
        std::optional<Preference> preference;
    };
    QList<Item> m_items;
    bool m_revealed = false;
};

} // namespace Fts::Eval
