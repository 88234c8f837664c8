// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListReader.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace btxh {

// How a Store is opened and what it records (Store::Options).
struct StoreOptions {
    QString user = QStringLiteral("local"); // recorded in the audit trail
    std::function<QDateTime()> clock;       // default: the system clock
    std::function<QString()> newId;         // idempotency keys; default: random UUIDs
    int busyTimeoutMs = 5000;               // how long to wait for another program's lock
    bool readOnly = false;                  // open for reading only: no migration, no write
    int schemaVersion = 0;                  // migrate only up to this version (fixtures); 0 = latest
    SearchPlan searchPlan;                  // how a search is read (ListReader)
    // SQLite's page cache for this connection, in KiB; 0 keeps SQLite's 2 MB. The case list's reader
    // takes more: a search walks rows all over the search index, and reading each page from the system's
    // cache again costs more than the check (bench/README.md).
    int cacheKiB = 0;
    // Pre-migration and before-restore copies kept beside the database, the newest first; older ones are
    // removed (and logged) on open. 0 keeps all. The setting "store.keep-copies" overrides it.
    int keepSafetyCopies = 5;
    std::function<bool(qint64 pid)> isProcessAlive; // the sync lease's check; default: this host's
    // An office's PostgreSQL database: the password for its address (`keychainKey`, DatabaseLocation), read
    // when the store opens and forgotten once connected. Unset or empty: libpq reads the user's ~/.pgpass.
    std::function<QString(const QString &keychainKey)> serverPassword;
    // An upgrade that rewrites every row (schema 10) says how far it is: (version, rows done, rows in all).
    std::function<void(int version, qint64 done, qint64 total)> migrationProgress;
    // Opening a database whose bulk load was killed makes the indexes it set aside again first
    // (DeferredIndexes): (indexes made, steps in all).
    std::function<void(int done, int total)> indexProgress;
    // Bytes free on a folder's disk, for the backup before an upgrade (StoreBackup::Options::freeBytes).
    std::function<qint64(const QString &folder)> freeBytes;
};

} // namespace btxh
