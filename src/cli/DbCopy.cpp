// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCopy.h"

#include "ServerSchema.h"
#include "Store.h"
#include "StoreCommandSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUuid>

namespace btxh::cli {

namespace {

const QString CopyCommandName = QStringLiteral("db copy");

// Closes and unregisters a server connection of this command, whatever path it leaves by.
class ConnectionName {
public:
    ConnectionName()
        : m_name(QStringLiteral("btxh-db-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}
    ~ConnectionName() {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    ConnectionName(const ConnectionName &) = delete;
    ConnectionName &operator=(const ConnectionName &) = delete;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

// A file SQLite keeps beside a database while it is open.
const QStringList SqliteCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};

} // namespace

int DbCopy::run(const DatabaseLocation &from, const DatabaseLocation &to, CliContext &context) const {
    if (from.isServer() == to.isServer()) {
        context.err << tr("btxh db copy: copies between a database file and an office's PostgreSQL database "
                          "(postgresql://user@server/database), one of each; to copy a file, use btxh "
                          "backup.")
                    << Qt::endl;
        return ExitBadInput;
    }
    return from.isServer() ? serverToFile(from, to, context) : fileToServer(from, to, context);
}

int DbCopy::fileToServer(const DatabaseLocation &from, const DatabaseLocation &to,
                         CliContext &context) const {
    const QString path = from.filePath();
    if (!QFileInfo::exists(path)) {
        context.err << tr("btxh db copy: there is no database at %1.").arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
        return ExitBadInput;
    }
    Store::Options storeOptions;
    storeOptions.readOnly = true; // the copy must not upgrade or change the officer's file
    Store store(storeOptions);
    if (const StoreResult<void> opened = store.open(path); !opened) {
        context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, opened.error()) << Qt::endl;
        return ExitStoreError;
    }
    const ConnectionName connection;
    QSqlDatabase db;
    if (const int code = m_connect(to, connection.name(), CopyCommandName, context, &db); code != ExitOk)
        return code;
    const StoreResult<ServerSchema::State> schema = ServerSchema::inspect(db, to);
    if (!schema) {
        context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, schema.error()) << Qt::endl;
        return ExitStoreError;
    }
    const int wanted = schema->initialised ? schema->version : ServerSchema::latestVersion();
    if (store.schemaVersion() != wanted) {
        context.err << tr("btxh db copy: %1 is at schema %2 and %3 at schema %4; nothing was copied. Both "
                          "must be at the same version: open the file with this app (which upgrades it) "
                          "or upgrade the server with btxh db migrate.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(store.schemaVersion())
                           .arg(to.display())
                           .arg(wanted)
                    << Qt::endl;
        return ExitStoreError;
    }
    if (!schema->initialised) {
        const StoreResult<ServerSchema::Result> made = ServerSchema::init(db, to);
        if (!made) {
            context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, made.error()) << Qt::endl;
            return ExitStoreError;
        }
        context.err << tr("Created the office's tables in %1 (schema %2).").arg(to.display()).arg(made->to)
                    << Qt::endl;
    }
    const StoreResult<DatabaseCopy::Occupied> occupied = DatabaseCopy::firstOccupiedTable(db, to);
    if (!occupied) {
        context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, occupied.error()) << Qt::endl;
        return ExitStoreError;
    }
    if (!occupied->table.isEmpty()) {
        context.err << tr("btxh db copy: %1 already holds the office's data (%2 rows in the table \"%3\"); "
                          "nothing was copied. Copy only into a database that holds none yet.")
                           .arg(to.display())
                           .arg(occupied->rows)
                           .arg(occupied->table)
                    << Qt::endl;
        return ExitStoreError;
    }
    QSqlDatabase source = store.database();
    return copy(source, from, db, to, context);
}

int DbCopy::serverToFile(const DatabaseLocation &from, const DatabaseLocation &to,
                         CliContext &context) const {
    const QString path = to.filePath();
    if (QFileInfo::exists(path)) {
        context.err << tr("btxh db copy: %1 exists; nothing was copied. The copy makes a new file: give a "
                          "name no file has.")
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
        return ExitBadInput;
    }
    const ConnectionName connection;
    QSqlDatabase db;
    if (const int code = m_connect(from, connection.name(), CopyCommandName, context, &db); code != ExitOk)
        return code;
    const StoreResult<ServerSchema::State> schema = ServerSchema::inspect(db, from);
    if (!schema) {
        context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, schema.error()) << Qt::endl;
        return ExitStoreError;
    }
    if (!schema->initialised || schema->version != Store::latestSchemaVersion()) {
        context.err << tr("btxh db copy: %1 is not at this app's schema (%2); nothing was copied. btxh db "
                          "status tells where it is, btxh db migrate upgrades it.")
                           .arg(from.display())
                           .arg(Store::latestSchemaVersion())
                    << Qt::endl;
        return ExitStoreError;
    }
    // A partial file is what an interrupted copy left: it is never a database anyone uses, so it is replaced.
    const QString partial = partialPath(path);
    for (const QString &suffix : QStringList{QString()} + SqliteCompanions)
        QFile::remove(partial + suffix);
    int code = ExitOk;
    {
        Store store;
        if (const StoreResult<void> opened = store.open(partial); !opened) {
            context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, opened.error()) << Qt::endl;
            return ExitStoreError;
        }
        {
            QSqlDatabase destination = store.database(); // let go before the store closes its connection
            code = copy(db, from, destination, DatabaseLocation::sqliteFile(partial), context);
        }
        store.close();
    }
    if (code != ExitOk)
        return code;
    if (!QFile::rename(partial, path)) {
        context.err << tr("btxh db copy: the copy is complete in %1 but could not be renamed to %2.")
                           .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(path))
                    << Qt::endl;
        return ExitStoreError;
    }
    return ExitOk;
}

int DbCopy::copy(QSqlDatabase &from, const DatabaseLocation &fromLocation, QSqlDatabase &to,
                 const DatabaseLocation &toLocation, CliContext &context) const {
    DatabaseCopy::Options options = m_options;
    const QLocale locale;
    if (!options.progress)
        options.progress = [&context, &locale](const QString &table, qint64 done, qint64 total) {
            context.err << tr("%1: %2 of %3 rows").arg(table, locale.toString(done), locale.toString(total))
                        << Qt::endl;
        };
    QElapsedTimer timer;
    timer.start();
    const StoreResult<DatabaseCopy::Result> r =
        DatabaseCopy::copy(from, fromLocation, to, toLocation, options);
    if (!r) {
        context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, r.error()) << '\n'
                    << tr("None of the copied rows were kept in %1; the same command starts the copy again.")
                           .arg(toLocation.isServer() ? toLocation.display()
                                                      : QDir::toNativeSeparators(toLocation.filePath()))
                    << Qt::endl;
        return ExitStoreError;
    }
    qint64 rows = 0;
    for (const DatabaseCopy::TableCheck &c : r->checks) {
        rows += c.source.rows;
        context.out << tr("%1: %2 rows, SHA-256 %3")
                           .arg(c.table, locale.toString(c.source.rows),
                                QString::fromLatin1(c.source.sha256));
        if (!c.matches())
            context.out << ' '
                        << tr("DIFFERS in the copy: %1 rows, SHA-256 %2")
                               .arg(locale.toString(c.destination.rows),
                                    QString::fromLatin1(c.destination.sha256));
        context.out << '\n';
    }
    context.out.flush();
    if (!r->committed) {
        context.err << tr("btxh db copy: the copy differs from %1 in the tables marked; it was rolled back, "
                          "nothing was written.")
                           .arg(fromLocation.isServer() ? fromLocation.display()
                                                        : QDir::toNativeSeparators(fromLocation.filePath()))
                    << Qt::endl;
        return ExitStoreError;
    }
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    context.out << tr("Copied %1 rows in %2 s (%3 rows/s); every table's count and hash are the same on both "
                      "sides.")
                       .arg(locale.toString(rows), locale.toString(seconds, 'f', 1),
                            locale.toString(qint64(rows / seconds)))
                << Qt::endl;
    return ExitOk;
}

} // namespace btxh::cli
