// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/ExampleFilterModel.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/ExampleJson.h"

#include <algorithm>
#include <cstring>

namespace Fts::Core {

namespace {

inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

} // namespace

ExampleFilterModel::ExampleFilterModel(ExampleListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(false);
    // Counts arriving in the background decide rows a token filter hid; edits do not re-filter (the row
    // being edited must not vanish under the cursor).
    connect(source, &ExampleListModel::tokenCountsArrived, this, [this] {
        if (hasTokenFilter())
            invalidateRowsFilter();
    });
}

void ExampleFilterModel::setTokenRange(int minimum, int maximum)
{
    if (minimum == m_minTokens && maximum == m_maxTokens)
        return;
    m_minTokens = minimum;
    m_maxTokens = maximum;
    invalidateRowsFilter();
}

void ExampleFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_needle = text.toLower().toUtf8();
    // Printable ASCII without the characters JSON escapes can only hide behind a \u00XX escape, which
    // serializers write for control characters, not for letters: lines without one need no parsing.
    m_plainAsciiNeedle = std::all_of(m_needle.cbegin(), m_needle.cend(), [](char c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/';
    });
    invalidateRowsFilter();
}

void ExampleFilterModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateRowsFilter();
}

void ExampleFilterModel::setSplitFilter(int split)
{
    m_split = split;
    invalidateRowsFilter();
}

bool ExampleFilterModel::containsIgnoringAsciiCase(QByteArrayView line, QByteArrayView lowerNeedle)
{
    if (lowerNeedle.isEmpty())
        return true;
    if (line.size() < lowerNeedle.size())
        return false;
    const char first = lowerNeedle.at(0);
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
    const char *data = line.data();
    const char *const end = data + line.size() - lowerNeedle.size() + 1;
    for (const char *cursor = data; cursor < end; ++cursor) {
        // memchr-speed skipping to the next candidate start, in either case.
        const char *lower = static_cast<const char *>(std::memchr(cursor, first, size_t(end - cursor)));
        const char *upper = firstUpper == first
            ? nullptr
            : static_cast<const char *>(std::memchr(cursor, firstUpper, size_t((lower ? lower : end) - cursor)));
        const char *candidate = upper ? upper : lower;
        if (!candidate)
            return false;
        bool match = true;
        for (qsizetype i = 1; i < lowerNeedle.size(); ++i) {
            if (lowerAscii(candidate[i]) != lowerNeedle.at(i)) {
                match = false;
                break;
            }
        }
        if (match)
            return true;
        cursor = candidate;
    }
    return false;
}

bool ExampleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_status != StatusFilter::All) {
        const ExampleListModel::Status status = m_source->status(sourceRow);
        const bool keep = (m_status == StatusFilter::Errors && status == ExampleListModel::Status::Error)
            || (m_status == StatusFilter::Warnings && status == ExampleListModel::Status::Warning)
            || (m_status == StatusFilter::Problems
                && (status == ExampleListModel::Status::Error || status == ExampleListModel::Status::Warning));
        if (!keep)
            return false;
    }
    if (hasTokenFilter()) {
        const int tokens = m_source->tokens(sourceRow);
        if (tokens < 0 || (m_minTokens >= 0 && tokens < m_minTokens) || (m_maxTokens >= 0 && tokens > m_maxTokens))
            return false;
    }
    const DatasetDocument *document = m_source->document();
    if (m_split >= 0 && int(document->split(sourceRow)) != m_split)
        return false;
    if (m_needle.isEmpty())
        return true;
    const QByteArrayView line = document->exampleLineView(sourceRow);
    if (containsIgnoringAsciiCase(line, m_needle))
        return true;
    // Escaped characters could hide a match (\u00e9 for é, \n between words, \" around a quote).
    if (!line.contains('\\') || (m_plainAsciiNeedle && !line.contains("\\u00")))
        return false;
    QJsonObject example;
    if (!ExampleJson::parse(line.toByteArray(), &example))
        return false;
    return ExampleJson::searchableText(example).contains(m_search, Qt::CaseInsensitive);
}

} // namespace Fts::Core

#include "moc_ExampleFilterModel.cpp"
