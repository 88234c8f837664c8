// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSchema.h"

#include "SchemaBaseline.h"
#include "ServerConnection.h"
#include "SqlDialect.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace btxh {

namespace {

// The advisory lock that serialises schema changes on one server ("BTXH" in ASCII); it is released with
// the transaction that takes it.
constexpr qint64 SchemaLock = 0x42545848;
// How many names of foreign objects a refusal quotes.
constexpr int NamesQuoted = 5;

// The relations of the user's schema that count: tables, partitioned tables, views, materialised views,
// sequences, foreign tables.
const QString InSchema = QStringLiteral(
    "FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())");
const QString Relations = QStringLiteral(" AND c.relkind IN ('r','p','v','m','S','f')");
const QString Tables = QStringLiteral(" AND c.relkind IN ('r','p')");

QString everyTable(const QString &condition) {
    return QStringLiteral("COALESCE((SELECT bool_and(%1) %2%3), false)").arg(condition, InSchema, Tables);
}

QString quotedList(const QStringList &names) {
    return names.join(QStringLiteral(", "));
}

// Ends the transaction a failed step left open; the step's error is what the caller reports.
template <typename T> StoreResult<T> rolledBack(QSqlDatabase &db, StoreError error) {
    db.rollback();
    return error;
}

bool runAll(QSqlDatabase &db, const QStringList &statements, QSqlError *error) {
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
}

// Starts the transaction of a schema change and waits for any other one to finish.
StoreError beginSchemaChange(QSqlDatabase &db, const DatabaseLocation &location) {
    if (!db.transaction())
        return ServerConnection::classify(db.lastError(), location);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLock))) {
        const StoreError e = ServerConnection::classify(q.lastError(), location);
        db.rollback();
        return e;
    }
    return {};
}

// The migrations after `from` up to `to`, and the version recorded after each, inside the caller's
// transaction.
bool runMigrations(QSqlDatabase &db, const QList<Migrations::Migration> &migrations, int from, int to,
                   QSqlError *error) {
    const SqlDialect dialect = SqlDialect::of(db);
    for (const Migrations::Migration &m : migrations) {
        if (m.version <= from || m.version > to)
            continue;
        if (!m.run(db, error) || !runAll(db, {dialect.writeSchemaVersion(m.version)}, error))
            return false;
        qCInfo(lcStore) << "server schema migrated to" << m.version << m.description;
    }
    return true;
}

} // namespace

int ServerSchema::latestVersion(const QList<Migrations::Migration> &migrations) {
    int latest = SchemaBaseline::Version;
    for (const Migrations::Migration &m : migrations)
        latest = std::max(latest, m.version);
    return latest;
}

StoreError ServerSchema::newerSchema(const DatabaseLocation &location, int version, int latest) {
    return StoreError::make(StoreError::Kind::NewerSchema,
                            tr("The database %1 has schema %2, made by a newer version of BTXH Desktop; this "
                               "version knows up to %3. It was left untouched: update the application to use "
                               "it.")
                                .arg(location.display())
                                .arg(version)
                                .arg(latest));
}

StoreResult<ServerSchema::State> ServerSchema::inspect(QSqlDatabase &db, const DatabaseLocation &location) {
    const QStringList extensions = SqlDialect::of(db).requiredExtensions();
    QStringList quotedExtensions;
    for (const QString &e : extensions)
        quotedExtensions << u'\'' + e + u'\'';
    // One statement: a server that goes away between two would leave half an answer.
    QSqlQuery q(db);
    const QString sql =
        QStringLiteral("SELECT current_schema(), to_regclass('%1') IS NOT NULL, "
                       "COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false), "
                       "has_database_privilege(current_database(), 'CREATE') OR "
                       "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                       "(SELECT count(*) FROM pg_extension WHERE extname IN (%2)) = %3, "
                       "(SELECT count(*) %4%5), "
                       "(SELECT string_agg(relname, ', ' ORDER BY relname) FROM (SELECT c.relname %4%5 ORDER "
                       "BY c.relname "
                       "LIMIT %6) n), "
                       "%7, %8, %9")
            .arg(SqlDialect::schemaVersionTable(),
                 quotedExtensions.isEmpty() ? QStringLiteral("NULL") : quotedExtensions.join(u','),
                 QString::number(extensions.size()), InSchema, Relations, QString::number(NamesQuoted),
                 everyTable(QStringLiteral("has_table_privilege(c.oid, 'SELECT')")),
                 everyTable(QStringLiteral("has_table_privilege(c.oid, 'INSERT') AND "
                                           "has_table_privilege(c.oid, 'UPDATE') AND "
                                           "has_table_privilege(c.oid, 'DELETE')")),
                 everyTable(QStringLiteral("pg_has_role(c.relowner, 'USAGE')")));
    if (!q.exec(sql) || !q.next())
        return ServerConnection::classify(q.lastError(), location);
    State s;
    s.schema = q.value(0).toString();
    s.initialised = q.value(1).toBool();
    s.mayCreateTables = q.value(2).toBool();
    s.mayCreateExtensions = q.value(3).toBool();
    s.extensionsPresent = q.value(4).toBool();
    s.relations = q.value(5).toInt();
    s.someRelations = q.value(6).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
    s.mayRead = q.value(7).toBool();
    s.mayWrite = q.value(8).toBool();
    s.mayChangeSchema = q.value(9).toBool();
    if (!s.initialised)
        return s;
    QSqlQuery v(db);
    if (!v.exec(SqlDialect::of(db).readSchemaVersion()))
        return ServerConnection::classify(v.lastError(), location);
    if (!v.next())
        return StoreError::make(StoreError::Kind::Corrupt,
                                tr("The table %1 of %2 is empty: the schema's version is unknown, so the "
                                   "database was left untouched.")
                                    .arg(SqlDialect::schemaVersionTable(), location.display()));
    s.version = v.value(0).toInt();
    return s;
}

StoreResult<ServerSchema::Result> ServerSchema::init(QSqlDatabase &db, const DatabaseLocation &location,
                                                     const QList<Migrations::Migration> &migrations) {
    const int latest = latestVersion(migrations);
    if (const StoreError e = beginSchemaChange(db, location); e.isError())
        return e;
    const StoreResult<State> state = inspect(db, location);
    if (!state)
        return rolledBack<Result>(db, state.error());
    if (state->initialised) {
        db.rollback();
        if (state->version > latest)
            return newerSchema(location, state->version, latest);
        return Result{state->version < latest ? Outcome::NeedsMigration : Outcome::UpToDate, state->version,
                      state->version};
    }
    if (state->relations > 0)
        return rolledBack<Result>(
            db, StoreError::make(StoreError::Kind::Invalid,
                                 tr("The database %1 already holds tables or other objects that are not BTXH "
                                    "Desktop's (%2 in the schema \"%3\": %4). Nothing was created: give btxh "
                                    "db init an empty database (createdb), or remove them first.")
                                     .arg(location.display())
                                     .arg(state->relations)
                                     .arg(state->schema, quotedList(state->someRelations))));
    if (!state->mayCreateTables)
        return rolledBack<Result>(
            db,
            StoreError::make(StoreError::Kind::AccessDenied,
                             tr("The user \"%1\" may not create tables in the schema \"%2\" of %3, so the "
                                "office's tables were not created. The database's owner can grant it "
                                "(GRANT CREATE ON SCHEMA %2 TO %1), or make the user the database's "
                                "owner.")
                                 .arg(location.user(), state->schema, location.display())));
    const SqlDialect dialect = SqlDialect::of(db);
    if (!state->extensionsPresent && !state->mayCreateExtensions)
        return rolledBack<Result>(
            db, StoreError::make(
                    StoreError::Kind::AccessDenied,
                    tr("The office's search needs PostgreSQL's extension %1 in %2, and the user "
                       "\"%3\" may not install it. Nothing was created: the server's administrator "
                       "can run CREATE EXTENSION %1; in that database, or grant the user CREATE on "
                       "it.")
                        .arg(quotedList(dialect.requiredExtensions()), location.display(), location.user())));
    QStringList statements;
    for (const QString &e : dialect.requiredExtensions())
        statements << QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1").arg(e);
    statements << dialect.createSchemaVersion() << SchemaBaseline::statements(dialect)
               << dialect.writeSchemaVersion(SchemaBaseline::Version);
    QSqlError error;
    if (!runAll(db, statements, &error) ||
        !runMigrations(db, migrations, SchemaBaseline::Version, latest, &error)) {
        qCWarning(lcStore) << "creating the server schema failed:" << error.nativeErrorCode();
        return rolledBack<Result>(db, ServerConnection::classify(error, location));
    }
    if (!db.commit())
        return rolledBack<Result>(db, ServerConnection::classify(db.lastError(), location));
    qCInfo(lcStore) << "server schema created at version" << latest;
    return Result{Outcome::Created, 0, latest};
}

StoreResult<ServerSchema::Result> ServerSchema::migrate(QSqlDatabase &db, const DatabaseLocation &location,
                                                        const QList<Migrations::Migration> &migrations) {
    const int latest = latestVersion(migrations);
    if (const StoreError e = beginSchemaChange(db, location); e.isError())
        return e;
    const StoreResult<State> state = inspect(db, location);
    if (!state)
        return rolledBack<Result>(db, state.error());
    if (!state->initialised)
        return rolledBack<Result>(
            db,
            StoreError::make(StoreError::Kind::NotFound,
                             tr("The database %1 holds no BTXH Desktop schema yet: btxh db init creates it.")
                                 .arg(location.display())));
    if (state->version > latest)
        return rolledBack<Result>(db, newerSchema(location, state->version, latest));
    if (state->version < SchemaBaseline::Version)
        return rolledBack<Result>(
            db, StoreError::make(
                    StoreError::Kind::Corrupt,
                    tr("The database %1 says its schema is %2, older than any BTXH Desktop made on a "
                       "server (%3). It was left untouched.")
                        .arg(location.display())
                        .arg(state->version)
                        .arg(SchemaBaseline::Version)));
    if (state->version == latest) {
        db.rollback();
        return Result{Outcome::UpToDate, latest, latest};
    }
    if (!state->mayChangeSchema)
        return rolledBack<Result>(
            db, StoreError::make(StoreError::Kind::AccessDenied,
                                 tr("The user \"%1\" does not own the office's tables in %2, and only their "
                                    "owner may change them. Nothing was changed: run btxh db migrate as the "
                                    "user that ran btxh db init.")
                                     .arg(location.user(), location.display())));
    QSqlError error;
    if (!runMigrations(db, migrations, state->version, latest, &error)) {
        qCWarning(lcStore) << "migrating the server schema failed:" << error.nativeErrorCode();
        return rolledBack<Result>(db, ServerConnection::classify(error, location));
    }
    if (!db.commit())
        return rolledBack<Result>(db, ServerConnection::classify(db.lastError(), location));
    return Result{Outcome::Migrated, state->version, latest};
}

} // namespace btxh
