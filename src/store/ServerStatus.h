// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "StoreError.h"

#include <QString>
#include <optional>

class QSqlDatabase;

namespace btxh {

// What an administrator setting up an office's database server needs to know first (btxh db status): it can
// be reached and the user is let in, which server it is, whether the connection is encrypted, what the user
// may do there, and whether the database already holds an office's tables.
struct ServerStatus {
    QString serverVersion; // "15.20"
    QString user;          // as the server knows it
    QString database;
    bool encrypted = false;
    QString tlsVersion;           // when encrypted
    bool mayCreateTables = false; // CREATE on the schema the user's tables go to (current_schema: "public")
    bool mayConnect = false;
    bool hasOfficeTables = false; // a "dossiers" table is there, in the user's search path

    // Reads it over an open connection; on a failure, `*error` says why.
    static std::optional<ServerStatus> read(QSqlDatabase &db, const DatabaseLocation &location,
                                            StoreError *error);
};

} // namespace btxh
