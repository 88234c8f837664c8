// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseMove.h"

#include "ScopedConnection.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <climits>

namespace btxh {

namespace {

// The server's connection of one move: opened under a name of its own, closed whatever path the move leaves
// by.
class ServerSession {
public:
    StoreResult<QSqlDatabase> open(const DatabaseLocation &server, const QString &password) const {
        StoreError error;
        const QSqlDatabase db = ServerConnection::open(server, password, m_connection.name(), &error);
        if (!db.isOpen())
            return error;
        return db;
    }

private:
    ScopedConnection m_connection{QStringLiteral("btxh-db-move-")};
};

// A file SQLite keeps beside a database while it is open.
const QStringList SqliteCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};

// The destination is not one the move may write into: at another schema, or already holding data.
StoreError refused(const QString &message) {
    return StoreError::make(StoreError::Kind::Other, message);
}

// A copy that failed once it had begun: its one transaction took its rows with it, which the reader is told.
StoreError copyFailed(StoreError error, const QString &destination) {
    if (error.kind != StoreError::Kind::Interrupted) // a cancelled copy already says so
        error.message += u' ' + DatabaseMove::tr("None of the copied rows were kept in %1; the same copy "
                                                 "starts again.")
                                    .arg(destination);
    return error;
}

// What the server's database holds, once connected; the connection's refusal when it is not.
StoreResult<ServerSchema::State> inspect(StoreResult<QSqlDatabase> &db, const DatabaseLocation &server) {
    if (!db)
        return db.error();
    return ServerSchema::inspect(*db, server);
}

} // namespace

qint64 DatabaseMove::Result::rows() const {
    qint64 n = 0;
    for (const DatabaseCopy::TableCheck &c : copy.checks)
        n += c.source.rows;
    return n;
}

StoreResult<DatabaseMove::Result>
DatabaseMove::fileToServer(const QString &file, const DatabaseLocation &server, const Options &options) {
    if (!QFileInfo::exists(file))
        return StoreError::make(StoreError::Kind::NotFound,
                                tr("There is no database at %1.").arg(QDir::toNativeSeparators(file)));
    Store::Options storeOptions;
    storeOptions.readOnly = true;
    Store store(storeOptions);
    if (const StoreResult<void> opened = store.open(file); !opened)
        return opened.error();
    const ServerSession session;
    StoreResult<QSqlDatabase> db = session.open(server, options.password);
    const StoreResult<ServerSchema::State> schema = inspect(db, server);
    if (!schema)
        return schema.error();
    const int wanted = schema->initialised ? schema->version : ServerSchema::latestVersion();
    if (store.schemaVersion() != wanted)
        return refused(
            tr("%1 is at schema %2 and %3 at schema %4; nothing was copied. Both must be at the same "
               "version: open the file with this app (which upgrades it) or upgrade the server "
               "with btxh db migrate.")
                .arg(QDir::toNativeSeparators(file))
                .arg(store.schemaVersion())
                .arg(server.display())
                .arg(wanted));
    Result result;
    if (!schema->initialised) {
        const StoreResult<ServerSchema::Result> made = ServerSchema::init(*db, server);
        if (!made)
            return made.error();
        result.createdSchema = true;
        result.schemaVersion = made->to;
    }
    const StoreResult<DatabaseCopy::Occupied> occupied = DatabaseCopy::firstOccupiedTable(*db, server);
    if (!occupied)
        return occupied.error();
    if (!occupied->table.isEmpty())
        return refused(tr("%1 already holds the office's data (%2 rows in the table \"%3\"); nothing was "
                          "copied. Copy only into a database that holds none yet.")
                           .arg(server.display())
                           .arg(occupied->rows)
                           .arg(occupied->table));
    QSqlDatabase source = store.database();
    const StoreResult<DatabaseCopy::Result> copied =
        DatabaseCopy::copy(source, DatabaseLocation::sqliteFile(file), *db, server, options.copy);
    if (!copied)
        return copyFailed(copied.error(), server.display());
    result.copy = *copied;
    return result;
}

StoreResult<DatabaseMove::Result> DatabaseMove::serverToFile(const DatabaseLocation &server,
                                                             const QString &file, const Options &options) {
    if (QFileInfo::exists(file))
        return StoreError::make(
            StoreError::Kind::Invalid,
            tr("%1 exists; nothing was copied. The copy makes a new file: give a name no file has.")
                .arg(QDir::toNativeSeparators(file)));
    const ServerSession session;
    StoreResult<QSqlDatabase> db = session.open(server, options.password);
    const StoreResult<ServerSchema::State> schema = inspect(db, server);
    if (!schema)
        return schema.error();
    if (!schema->initialised || schema->version != Store::latestSchemaVersion())
        return refused(
            tr("%1 is not at this app's schema (%2); nothing was copied. btxh db status tells where "
               "it is, btxh db migrate upgrades it.")
                .arg(server.display())
                .arg(Store::latestSchemaVersion()));
    // What the office's database has still to send would go out again from the file once it syncs: the
    // gateway would receive it twice. The office's desktops send it; the file is taken once they have.
    {
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')")) ||
            !q.next())
            return StoreError::make(StoreError::Kind::Other, q.lastError().text());
        if (const qint64 queued = q.value(0).toLongLong(); queued > 0)
            return refused(tr("%1 has %n item(s) queued to send to the gateway; nothing was copied. A file "
                              "copied now would send them a second time: sync the office's database first "
                              "(btxh sync, or Sync now on a desktop), then copy.",
                              nullptr, int(std::min<qint64>(queued, INT_MAX)))
                               .arg(server.display()));
    }
    // A partial file is what an interrupted move left: it is never a database anyone uses, so it is replaced.
    const QString partial = partialPath(file);
    for (const QString &suffix : QStringList{QString()} + SqliteCompanions)
        QFile::remove(partial + suffix);
    Result result;
    {
        Store store;
        if (const StoreResult<void> opened = store.open(partial); !opened)
            return opened.error();
        StoreResult<DatabaseCopy::Result> copied = DatabaseCopy::Result{};
        {
            QSqlDatabase destination = store.database(); // let go before the store closes its connection
            copied = DatabaseCopy::copy(*db, server, destination, DatabaseLocation::sqliteFile(partial),
                                        options.copy);
        }
        store.close();
        if (!copied)
            return copyFailed(copied.error(), QDir::toNativeSeparators(partial));
        result.copy = *copied;
    }
    if (!result.copy.committed)
        return result;
    if (!QFile::rename(partial, file))
        return StoreError::make(StoreError::Kind::CannotOpen,
                                tr("The copy is complete in %1 but could not be renamed to %2.")
                                    .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(file)));
    return result;
}

} // namespace btxh
