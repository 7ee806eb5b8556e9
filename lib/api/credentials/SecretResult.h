// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Fts::Api {

/** The outcome of one SecretStore operation. */
struct SecretResult
{
    enum class Status {
        Ok,          ///< done; for a read, secret holds the value
        NotFound,    ///< nothing is stored under that key (a normal answer, not an error)
        Unavailable, ///< no keychain backend can be reached on this machine: offer the environment variable
        Failed,      ///< the backend exists but refused (access denied, locked, I/O error)
    };

    Status status = Status::Failed;
    QString secret;
    /** A sentence for the user when status is Unavailable or Failed; never contains the secret. */
    QString errorMessage;

    bool ok() const { return status == Status::Ok; }
};

} // namespace Fts::Api
