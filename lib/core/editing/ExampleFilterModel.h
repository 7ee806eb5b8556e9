// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/editing/ExampleListModel.h"

#include <QSortFilterProxyModel>

namespace Fts::Core {

/**
 * Filters the example list by full-text search, validation status, split and token length.
 *
 * The search runs over the raw line bytes first (case-insensitive for ASCII), which needs no JSON parsing,
 * and parses only the lines whose escapes (\u00e9, \n) could hide a match (for a plain ASCII term only lines
 * with a \u00XX escape); that keeps a search over
 * 100k examples well under a second.
 */
class ExampleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExampleFilterModel)
public:
    enum class StatusFilter { All, Problems, Errors, Warnings };

    explicit ExampleFilterModel(ExampleListModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStatusFilter(StatusFilter filter);
    /** -1 for all splits, else a DatasetSplit value. */
    void setSplitFilter(int split);
    /**
     * Keeps examples with @p minimum to @p maximum tokens (-1: no bound on that side). While a token filter
     * is set, examples not counted yet are hidden and appear as their counts arrive.
     */
    void setTokenRange(int minimum, int maximum);
    int minimumTokens() const { return m_minTokens; }
    int maximumTokens() const { return m_maxTokens; }
    bool hasTokenFilter() const { return m_minTokens >= 0 || m_maxTokens >= 0; }

    /** Whether @p line contains @p needle (already lower-case), ignoring ASCII case. */
    static bool containsIgnoringAsciiCase(QByteArrayView line, QByteArrayView lowerNeedle);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ExampleListModel *const m_source;
    QString m_search;
    QByteArray m_needle;
    bool m_plainAsciiNeedle = true;
    StatusFilter m_status = StatusFilter::All;
    int m_split = -1;
    int m_minTokens = -1;
    int m_maxTokens = -1;
};

} // namespace Fts::Core
