// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BuildInfo.h"

#include <QFile>

namespace Fts::Core {

QString BuildInfo::applicationName()
{
    return QStringLiteral("Finetune Studio");
}

QString BuildInfo::version()
{
    return QStringLiteral(FTS_VERSION);
}

QString BuildInfo::applicationId()
{
    return QStringLiteral(FTS_APP_ID);
}

QString BuildInfo::thirdPartyNotices()
{
    QString notices;
    notices += tr("Tokenizer vocabularies o200k_base and cl100k_base: OpenAI, from openai/tiktoken, MIT License.")
             + QLatin1Char('\n');
    QFile tiktokenLicense(QStringLiteral(":/tokenizers/LICENSE-tiktoken.txt"));
    if (tiktokenLicense.open(QIODevice::ReadOnly))
        notices += QString::fromUtf8(tiktokenLicense.readAll()) + QLatin1Char('\n');
    notices += tr("Qt %1: The Qt Company, LGPL-3.0.").arg(QString::fromLatin1(qVersion())) + QLatin1Char('\n');
    notices += tr("QtKeychain: Frank Osterfeld and contributors, BSD-3-Clause.") + QLatin1Char('\n');
    notices += tr("simdjson: Daniel Lemire and contributors, Apache-2.0.") + QLatin1Char('\n');
    notices += tr("PCRE2: Philip Hazel and University of Cambridge, BSD-3-Clause.") + QLatin1Char('\n');
    return notices;
}

} // namespace Fts::Core
