// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/SecretStore.h"

namespace Fts::Api {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

} // namespace Fts::Api

#include "moc_SecretStore.cpp"
