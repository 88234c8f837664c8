// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "Migrations.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace btxh {

// The office's schema on a PostgreSQL server, for the administrator who sets the server up (btxh db init,
// migrate, status).
//
// A fresh database is created at SchemaBaseline (schema 9) and brought up to date by the migrations after
// it, all in one transaction: PostgreSQL's DDL is transactional, so a failure leaves the database as it was.
// The version lives in the one-row table `schema_version` (SqlDialect). Only a database with no tables,
// views or sequences in its schema is initialised; one holding anything else is someone else's and is
// refused. Two administrators running init or migrate at once are serialised by an advisory lock.
class ServerSchema {
    Q_DECLARE_TR_FUNCTIONS(btxh::ServerSchema)
public:
    // What is in the database, and what the connected user may do there.
    struct State {
        QString schema;            // the PostgreSQL schema the tables live in (the user's current_schema)
        bool initialised = false;  // schema_version is there
        int version = 0;           // when initialised
        int relations = 0;         // tables, views and sequences in that schema
        QStringList someRelations; // the first few of their names, alphabetically
        bool mayCreateTables = false;
        bool extensionsPresent = false; // every one SqlDialect::requiredExtensions() names
        bool mayCreateExtensions = false;
        bool mayRead = false;         // SELECT on every table of the schema
        bool mayWrite = false;        // INSERT, UPDATE and DELETE on every table of the schema
        bool mayChangeSchema = false; // owns every table of the schema (ALTER needs it)
    };

    enum class Outcome {
        Created,        // init made the schema
        UpToDate,       // nothing to do: the schema is the app's
        NeedsMigration, // init found an older schema of ours and left it: btxh db migrate upgrades it
        Migrated,
    };
    struct Result {
        Outcome outcome = Outcome::UpToDate;
        int from = 0;
        int to = 0;
    };

    static StoreResult<State> inspect(QSqlDatabase &db, const DatabaseLocation &location);
    // The newest schema `migrations` lead to on a server (the baseline's when none comes after it).
    static int latestVersion(const QList<Migrations::Migration> &migrations = Migrations::all());

    static StoreResult<Result> init(QSqlDatabase &db, const DatabaseLocation &location,
                                    const QList<Migrations::Migration> &migrations = Migrations::all());
    static StoreResult<Result> migrate(QSqlDatabase &db, const DatabaseLocation &location,
                                       const QList<Migrations::Migration> &migrations = Migrations::all());

    // The refusal of a schema newer than this app.
    static StoreError newerSchema(const DatabaseLocation &location, int version, int latest);
};

} // namespace btxh
