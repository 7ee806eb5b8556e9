// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace Fts::Eval {

/** Plain text of a chat message content, which is either a string or an array of typed parts. */
class MessageText
{
public:
    /** Joins the text parts; image parts become "[image]" so a reader sees that something was there. */
    static QString contentText(const QJsonValue &content);
};

} // namespace Fts::Eval
