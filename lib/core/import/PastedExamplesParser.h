// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/ImportResult.h"

#include <QCoreApplication>
#include <QString>

namespace Fts::Core {

/**
 * Examples from pasted text: chat JSONL (one object per line), a JSON array of example objects, one
 * pretty-printed example, or a bare list of messages (one example). A Markdown code fence around the text
 * (as chat tools copy it) is ignored. Each line or array item that is not a chat or preference example is
 * reported with its 1-based line in the pasted text; the good ones are still returned.
 */
class PastedExamplesParser
{
    Q_DECLARE_TR_FUNCTIONS(PastedExamplesParser)
public:
    static ImportResult parse(const QString &text, bool spacedSeparators = false);
};

} // namespace Fts::Core
