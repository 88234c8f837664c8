// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DatabaseCopy.h"
#include "DatabaseLocation.h"
#include "DatabaseMove.h"

#include <functional>

namespace btxh::cli {

// btxh db copy --from SRC --to DST: an office's data from its SQLite file into an office's PostgreSQL
// database, or from such a database into a new SQLite file. DatabaseMove checks and copies (the desktop's
// Settings moves an office through it too); this prints its progress and every table's check.
class DbCopy {
    Q_DECLARE_TR_FUNCTIONS(DbCopy)
public:
    // The stored password of a server database (empty: libpq reads ~/.pgpass). False when the keychain could
    // not be asked at all; `*message` says why (and may say it when true, for a keychain that was skipped).
    using Password =
        std::function<bool(const DatabaseLocation &location, QString *password, QString *message)>;

    DbCopy(Password password, DatabaseCopy::Options options)
        : m_password(std::move(password))
        , m_options(std::move(options)) {}

    int run(const DatabaseLocation &from, const DatabaseLocation &to, CliContext &context) const;

private:
    // Prints every table's check; ExitOk when the destination committed.
    int report(const DatabaseMove::Result &result, const DatabaseLocation &from, qint64 elapsedMs,
               CliContext &context) const;

    Password m_password;
    DatabaseCopy::Options m_options;
};

} // namespace btxh::cli
