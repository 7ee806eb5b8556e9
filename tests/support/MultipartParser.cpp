// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/MultipartParser.h"

namespace Fts::Test {

namespace {

QByteArray dispositionParameter(const QByteArray &disposition, const QByteArray &key)
{
    const QByteArray marker = key + "=\"";
    const qsizetype start = disposition.indexOf(marker);
    if (start < 0)
        return {};
    const qsizetype valueStart = start + marker.size();
    const qsizetype end = disposition.indexOf('"', valueStart);
    return end < 0 ? QByteArray() : disposition.mid(valueStart, end - valueStart);
}

} // namespace

QList<MultipartParser::Part> MultipartParser::parse(const QByteArray &contentType, const QByteArray &body, bool *ok)
{
    QList<Part> parts;
    if (ok)
        *ok = false;
    const qsizetype boundaryAt = contentType.indexOf("boundary=");
    if (boundaryAt < 0)
        return parts;
    QByteArray boundary = contentType.mid(boundaryAt + 9).trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = QByteArray("--" + boundary);
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return parts;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--") {
            if (ok)
                *ok = true;
            return parts;
        }
        if (body.mid(position, 2) == "\r\n")
            position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        if (headersEnd < 0)
            return parts;
        const QList<QByteArray> headerLines = body.mid(position, headersEnd - position).split('\n');
        Part part;
        for (QByteArray line : headerLines) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = dispositionParameter(value, "name");
                part.fileName = dispositionParameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        if (next < 0)
            return parts;
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        position = next + 2;
    }
}

const MultipartParser::Part *MultipartParser::find(const QList<Part> &parts, const QByteArray &name)
{
    for (const Part &part : parts) {
        if (part.name == name)
            return &part;
    }
    return nullptr;
}

} // namespace Fts::Test
