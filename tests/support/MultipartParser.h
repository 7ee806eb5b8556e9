// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Fts::Test {

/** Splits a multipart/form-data body the way a server does, so the fake server sees what was really sent. */
class MultipartParser
{
public:
    struct Part
    {
        QByteArray name;
        QByteArray fileName;
        QByteArray contentType;
        QByteArray data;
    };

    /** `contentType` is the request's Content-Type header carrying the boundary. */
    static QList<Part> parse(const QByteArray &contentType, const QByteArray &body, bool *ok = nullptr);
    static const Part *find(const QList<Part> &parts, const QByteArray &name);
};

} // namespace Fts::Test
