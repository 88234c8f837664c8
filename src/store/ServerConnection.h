// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace btxh {

// A connection to an office's PostgreSQL database through Qt's QPSQL driver, with the server's refusals told
// apart for the administrator: the server cannot be reached, the password or the user is refused, the
// database does not exist, the certificate does not check out.
//
// The password is given by the caller (from the keychain); when it is empty, libpq reads the user's
// ~/.pgpass (or PGPASSFILE). It is never logged and never kept beyond the connection.
class ServerConnection {
    Q_DECLARE_TR_FUNCTIONS(btxh::ServerConnection)
public:
    // Whether this machine's Qt has the PostgreSQL driver (Debian: libqt6sql6-psql).
    static bool driverAvailable();

    // Opens a connection named `connectionName` (it must not be in use). On failure the connection is
    // removed again and `*error` says why.
    static QSqlDatabase open(const DatabaseLocation &location, const QString &password,
                             const QString &connectionName, StoreError *error);
    // Maps a refusal of the server to a kind and a message naming `location`.
    static StoreError classify(const QSqlError &error, const DatabaseLocation &location);
};

} // namespace btxh
