// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fts::Api {

/** One page of a cursor-paginated list: `{object:"list", data:[…], has_more, first_id?, last_id?}`. */
template<typename T>
struct ListPage
{
    QList<T> data;
    bool hasMore = false;
    QString firstId;
    QString lastId;
    /** Cursor for the next page: `last_id` when given, otherwise the id of the last item. */
    QString nextAfter() const
    {
        if (!lastId.isEmpty())
            return lastId;
        return data.isEmpty() ? QString() : data.constLast().id;
    }

    static ListPage fromJson(const QJsonObject &object)
    {
        ListPage page;
        const QJsonArray items = object.value(QLatin1String("data")).toArray();
        page.data.reserve(items.size());
        for (const QJsonValue &item : items) {
            if (item.isObject())
                page.data.append(T::fromJson(item.toObject()));
        }
        page.hasMore = object.value(QLatin1String("has_more")).toBool(false);
        page.firstId = object.value(QLatin1String("first_id")).toString();
        page.lastId = object.value(QLatin1String("last_id")).toString();
        return page;
    }
};

} // namespace Fts::Api
