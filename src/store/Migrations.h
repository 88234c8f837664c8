// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace btxh {

// The schema's history. Migration N brings a database from version N-1 to N inside one transaction and sets
// PRAGMA user_version to N in that same transaction, so a crash leaves the database at N-1 or at N, never
// between. Migrations are append-only: once released, a migration is never edited.
//
// The value columns are derived from the field tables (StoreSchema). A field added to a table later gets its
// column from reconcileColumns(), which runs after the migrations on every open; a field removed keeps its
// column, unused. So a database made by migration 1 long ago and one made today end with the same columns.
//
// Migrations 1-9 are SQLite's history. An office's PostgreSQL database starts at SchemaBaseline (schema 9)
// and runs only the migrations after it (ServerSchema), so a migration from 10 on is written for both
// backends: its body takes the differences from SqlDialect::of(db) and must not assume SQLite.
class Migrations {
public:
    // How far a long migration is: the rows it has rewritten and the rows it will (both 0 until it knows).
    using Progress = std::function<void(int version, qint64 done, qint64 total)>;

    struct Migration {
        int version;
        QString description;
        std::function<bool(QSqlDatabase &db, QSqlError *error)> apply;
        // A migration that rewrites rows says how far it is instead (apply is then empty).
        std::function<bool(QSqlDatabase &db, QSqlError *error, const Progress &progress)> applyReporting = {};

        bool run(QSqlDatabase &db, QSqlError *error, const Progress &progress = {}) const {
            return applyReporting ? applyReporting(db, error, progress) : apply(db, error);
        }
    };

    struct Options {
        std::function<QDateTime()> clock; // names the backup; default: the system clock
        // Bytes free on the backup's disk (StoreBackup::Options::freeBytes); default: QStorageInfo.
        std::function<qint64(const QString &folder)> freeBytes;
        Progress progress;
    };

    static const QList<Migration> &all();
    static int latestVersion();

    static int currentVersion(QSqlDatabase &db, QSqlError *error);
    // Runs the migrations after the database's version up to targetVersion (0 = latest). Refuses a database
    // newer than this build knows, leaving it untouched. Before migrating a database that already has a
    // schema (version >= 1), backs it up to <path>.pre-v<N>-<yyyyMMdd-HHmmss>.sqlite (N = the target
    // version; `clock` names it, default the system clock); if that backup fails, migrates nothing.
    // A migration that frees space (10: the lean storage) is followed, once committed, by a VACUUM that gives
    // it back to the disk; a VACUUM that fails (no room for its copy) only leaves the space inside the file.
    static StoreError migrate(QSqlDatabase &db, const QString &path, int targetVersion = 0,
                              const std::function<QDateTime()> &clock = {});
    static StoreError migrate(QSqlDatabase &db, const QString &path, int targetVersion,
                              const Options &options);
    static StoreError reconcileColumns(QSqlDatabase &db, const QString &path);
    // Keeps the server copies' current dictionaries (ServerCopy) in a database of schema 10 on, when a change
    // of the field tables made a new one: the copies written from now on name it.
    static StoreError recordDictionaries(QSqlDatabase &db, const QString &path);
};

} // namespace btxh
