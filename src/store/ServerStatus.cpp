// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStatus.h"

#include "ServerConnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace btxh {

std::optional<ServerStatus> ServerStatus::read(QSqlDatabase &db, const DatabaseLocation &location,
                                               StoreError *error) {
    QSqlQuery q(db);
    // One statement: a server that goes away between two would leave half an answer.
    const bool ok = q.exec(
        QStringLiteral("SELECT current_setting('server_version'), current_user, current_database(), "
                       "COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false), "
                       "COALESCE((SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()), ''), "
                       "COALESCE(has_schema_privilege(current_user, current_schema(), 'CREATE'), false), "
                       "has_database_privilege(current_user, current_database(), 'CONNECT'), "
                       "to_regclass('dossiers') IS NOT NULL"));
    if (!ok || !q.next()) {
        *error = ServerConnection::classify(q.lastError(), location);
        return std::nullopt;
    }
    ServerStatus s;
    s.serverVersion = q.value(0).toString();
    s.user = q.value(1).toString();
    s.database = q.value(2).toString();
    s.encrypted = q.value(3).toBool();
    s.tlsVersion = q.value(4).toString();
    s.mayCreateTables = q.value(5).toBool();
    s.mayConnect = q.value(6).toBool();
    s.hasOfficeTables = q.value(7).toBool();
    return s;
}

} // namespace btxh
