// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <functional>

namespace btxh {

// Backs up, verifies and restores a store's database file through SQLite's online backup API, on connections
// of its own (never Qt's): a backup is a consistent snapshot of the last commit even while other connections
// of this or another program write (WAL readers never wait for the writer, and the copy is read in a single
// read transaction).
//
// A backup is written to a temporary file beside the target, checked (PRAGMA integrity_check, BTXH tables)
// and only then renamed into place, so a failed backup never leaves a half file under the target's name. The
// copy is a single self-contained file (rollback journal, not WAL). The temporary file has a QLockFile beside
// it while it is written; a backup first removes the temporary files in its folder whose lock nobody holds
// any more (left by a backup that was killed), never one another backup is still writing.
class StoreBackup {
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)
public:
    struct Options {
        std::function<QDateTime()> clock; // names of the safety copies; default: the system clock
        int busyTimeoutMs = 5000;         // how long to wait for another program's lock
        // Bytes free on the disk of a folder, -1 when unknown; default: QStorageInfo. A backup needs at least
        // the database's size, and a province's database is gigabytes: better refused at once than after
        // filling the disk.
        std::function<qint64(const QString &folder)> freeBytes;
        // Safety copies kept beside the database after a restore, newest first (OwnerOnly); 0 keeps all.
        int keepSafetyCopies = 5;
        // Called after each part of a copy with the pages copied and the pages in all; answering false
        // cancels (Kind::Interrupted), leaving everything as it was. Without it the copy is one step.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    // What a backup file (or a database) holds.
    struct Info {
        QString path;
        qint64 bytes = 0;
        int schemaVersion = 0;
        qint64 dossierCount = 0;
        QDateTime modified; // the file's last change: when the backup was taken
    };

    struct Result {
        StoreError error;
        Info info;              // the backup written or verified; after a restore, the database restored
        QString safetyCopyPath; // restore: the database as it was before, beside it (empty if there was none)
        bool ok() const { return !error.isError(); }
    };

    // Copies the database at `databasePath` to `backupPath` (replacing a file there only once the copy is
    // complete and verified). The database may be open and in use meanwhile.
    static Result backup(const QString &databasePath, const QString &backupPath, const Options &options);
    static Result backup(const QString &databasePath, const QString &backupPath);

    // Whether `backupPath` is an intact BTXH database this build can open: integrity_check passes, the
    // tables are there, its schema is not newer than Migrations::latestVersion(). Reads only.
    static Result verify(const QString &backupPath);

    // Replaces the database at `databasePath` with the content of `backupPath`. Verifies the backup first and
    // touches nothing when it fails. Then copies the current database to a safety copy
    // (<db>.before-restore-<yyyyMMdd-HHmmss>.sqlite, reported in safetyCopyPath) and writes the backup's
    // content into the database through the backup API, in one transaction, with the old WAL checkpointed
    // and removed first, so the restored database is never mixed with an old WAL.
    //
    // Every connection to the database must be closed first (close the Store and any worker's connection):
    // restore refuses with Kind::Locked while another connection holds it. A backup of an older schema is
    // restored as it is and migrated on the next Store::open.
    static Result restore(const QString &backupPath, const QString &databasePath, const Options &options);
    static Result restore(const QString &backupPath, const QString &databasePath);

    // The settings table of a database or backup (any schema), read only; empty when it has none or cannot
    // be read. For comparing a backup's connection with the current one before restoring it.
    static QMap<QString, QString> settingsOf(const QString &path);

    // <databasePath>.<tag>-<yyyyMMdd-HHmmss>.sqlite, beside the database; a number is added when taken.
    static QString timestampedPath(const QString &databasePath, const QString &tag, const QDateTime &at);
};

} // namespace btxh
