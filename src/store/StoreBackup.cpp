// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreBackup.h"

#include "Migrations.h"
#include "StoreLog.h"

#include "OwnerOnly.h"
#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QStorageInfo>
#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <memory>
#include <optional>
#include <sqlite3.h>

namespace btxh {

namespace {

// The tables migration 1 made: a file without them is not a BTXH database.
const char *const kExpectedTables[] = {"dossiers", "documents",  "result_papers", "steps",
                                       "outbox",   "watermarks", "audit",         "settings"};

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

// One connection of our own, closed however we leave.
class Connection {
public:
    Connection() = default;
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    int open(const QString &path, int flags, int busyTimeoutMs) {
        close();
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db) {
            sqlite3_extended_result_codes(m_db, 1);
            sqlite3_busy_timeout(m_db, busyTimeoutMs);
        }
        return rc;
    }
    void close() {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *get() const { return m_db; }

    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

    // The first column of every row, as text; nullopt (with *rc set) on error.
    std::optional<QStringList> column(const char *sql, int *rc, int maxRows = 1000) {
        sqlite3_stmt *stmt = nullptr;
        *rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        if (*rc != SQLITE_OK)
            return std::nullopt;
        QStringList out;
        while ((*rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (out.size() < maxRows)
                out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
        if (*rc != SQLITE_DONE)
            return std::nullopt;
        *rc = SQLITE_OK;
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

// SQLite's words for what went wrong, mapped to a kind and a message by StoreError. A write that fails for
// lack of space (or a file size limit) can surface as an I/O error; the system's errno says which.
StoreError sqliteError(sqlite3 *db, int rc, const QString &path) {
    int code = rc;
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    if (db && (rc & 0xff) == SQLITE_IOERR) {
        const int err = sqlite3_system_errno(db);
        if (err == ENOSPC || err == EFBIG || err == EDQUOT)
            code = SQLITE_FULL;
    }
    return StoreError::fromSql(QSqlError(QString(), detail, QSqlError::StatementError, QString::number(code)),
                               path);
}

// The same file, however it is named (a symlink, "./", ...).
bool sameFile(const QString &a, const QString &b) {
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

void removeWithCompanions(const QString &path) {
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// A backup's temporary file, ".<target>.<6 letters or digits>.partial", and what goes with it: SQLite's
// companions, and the lock held while a backup writes it.
const QRegularExpression &partialFileName() {
    static const QRegularExpression re(
        QStringLiteral("^(\\..+\\.[A-Za-z0-9]{6}\\.partial)(-journal|-wal|-shm|\\.lock)?$"));
    return re;
}

// The lock beside a partial file. Only its holder's death (or a reboot) makes it stale, never its age: a
// backup of a province's database holds it for minutes, and QLockFile would otherwise give it up after 30 s.
std::unique_ptr<QLockFile> partialLock(const QString &partialPath) {
    auto lock = std::make_unique<QLockFile>(partialPath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    return lock;
}

// Removes what backups into `folder` that were killed left behind; nothing else ever would, and a partial can
// be as large as the database. A partial whose lock can be taken has no backup writing it any more, in this
// or another process (QLockFile takes over a lock whose process is gone). Returns how many were removed.
int removeStalePartials(const QString &folder) {
    const QDir dir(folder);
    QSet<QString> partials;
    const QStringList names = dir.entryList({QStringLiteral(".*.partial*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = partialFileName().match(name);
        if (m.hasMatch())
            partials.insert(dir.filePath(m.captured(1)));
    }
    int removed = 0;
    for (const QString &partial : std::as_const(partials)) {
        const std::unique_ptr<QLockFile> lock = partialLock(partial);
        if (!lock->tryLock(0))
            continue; // still being written, or not ours to judge
        if (QFile::exists(partial))
            ++removed;
        removeWithCompanions(partial);
    }
    return removed;
}

// Creates a new partial file for a backup to `targetName` in `folder`, under its lock. The lock is taken
// before the file exists, so that no other backup's sweep ever sees the file unlocked. Returns the lock, to
// hold until the file is gone, or nothing (with the system's reason in *error when there is one).
std::unique_ptr<QLockFile> createPartial(const QString &folder, const QString &targetName, QString *path,
                                         QString *error) {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString tag;
        for (int i = 0; i < 6; ++i)
            tag += QLatin1Char(kLetters[QRandomGenerator::global()->bounded(int(sizeof(kLetters)) - 1)]);
        const QString candidate =
            QDir(folder).filePath(QStringLiteral(".%1.%2.partial").arg(targetName, tag));
        std::unique_ptr<QLockFile> lock = partialLock(candidate);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError)
                continue; // another backup's name
            return nullptr;
        }
        QFile file(candidate);
        // Owner-only from the start: it becomes the backup (or safety copy) by a rename.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (file.exists())
                continue;
            *error = file.errorString();
            return nullptr;
        }
        file.close();
        *path = candidate;
        return lock;
    }
    return nullptr;
}

// Replaces `to` by `from` in one step (rename(2); MoveFileEx with replace on Windows).
bool replaceFile(const QString &from, const QString &to, QString *error) {
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec)
        *error = QString::fromLocal8Bit(ec.message());
    return !ec;
}

// Whether `path` is an intact BTXH database: what it holds, or why not. Reads only.
StoreError inspect(const QString &path, StoreBackup::Info *info) {
    const QFileInfo fi(path);
    if (!fi.exists())
        return StoreError::make(StoreError::Kind::NotFound,
                                StoreBackup::tr("The file %1 does not exist.").arg(native(path)));
    if (fi.isDir())
        return StoreError::make(StoreError::Kind::Invalid,
                                StoreBackup::tr("%1 is a folder, not a backup file.").arg(native(path)));
    auto damaged = [&](const QString &detail) {
        return StoreError::make(
            StoreError::Kind::Corrupt,
            StoreBackup::tr("The file %1 is not a BTXH database or is damaged (it fails SQLite's integrity "
                            "check). It cannot be used; nothing was changed.")
                .arg(native(path)),
            detail);
    };
    Connection c;
    int rc = c.open(path, SQLITE_OPEN_READONLY, 5000);
    if (rc != SQLITE_OK)
        return sqliteError(c.get(), rc, path);
    std::optional<QStringList> rows = c.column("SELECT count(*) FROM sqlite_master", &rc);
    if (!rows)
        return sqliteError(c.get(), rc, path);
    rows = c.column("PRAGMA integrity_check", &rc, 5);
    if (!rows) {
        const StoreError e = sqliteError(c.get(), rc, path);
        return e.kind == StoreError::Kind::Corrupt ? damaged(e.detail) : e;
    }
    if (rows->value(0) != u"ok")
        return damaged(rows->join(u'\n'));
    rows = c.column("SELECT name FROM sqlite_master WHERE type = 'table'", &rc);
    if (!rows)
        return sqliteError(c.get(), rc, path);
    QStringList missing;
    for (const char *table : kExpectedTables)
        if (!rows->contains(QLatin1StringView(table)))
            missing << QLatin1StringView(table);
    if (!missing.isEmpty())
        return StoreError::make(
            StoreError::Kind::Corrupt,
            StoreBackup::tr("The file %1 is an SQLite database but not a BTXH one (it has no %2 table). "
                            "It cannot be used; nothing was changed.")
                .arg(native(path), missing.constFirst()),
            QStringLiteral("missing tables: ") + missing.join(QStringLiteral(", ")));
    rows = c.column("PRAGMA user_version", &rc);
    if (!rows)
        return sqliteError(c.get(), rc, path);
    info->schemaVersion = rows->value(0).toInt();
    rows = c.column("SELECT count(*) FROM dossiers", &rc);
    if (!rows)
        return sqliteError(c.get(), rc, path);
    info->dossierCount = rows->value(0).toLongLong();
    c.close();
    info->path = path;
    info->bytes = QFileInfo(path).size();
    info->modified = QFileInfo(path).lastModified();
    return {};
}

QDateTime now(const StoreBackup::Options &options) {
    return options.clock ? options.clock() : QDateTime::currentDateTime();
}

// Runs a backup to its end: in one step, or, with the progress callback, in parts of about a hundredth of the
// database (at least 64 pages), reporting after each. Returns SQLite's last code (SQLITE_DONE when
// complete); *cancelled when the callback said stop.
int stepAll(sqlite3_backup *backup, const StoreBackup::Options &options, bool *cancelled) {
    *cancelled = false;
    if (!options.progress)
        return sqlite3_backup_step(backup, -1);
    int pages = 1; // the first part learns how many pages there are
    for (;;) {
        const int rc = sqlite3_backup_step(backup, pages);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED && rc != SQLITE_DONE)
            return rc;
        const int total = sqlite3_backup_pagecount(backup);
        const bool goOn = options.progress(total - sqlite3_backup_remaining(backup), total);
        if (rc == SQLITE_DONE)
            return rc; // complete, and on a restore already committed: too late to cancel
        if (!goOn) {
            *cancelled = true;
            return SQLITE_OK;
        }
        if (rc != SQLITE_OK)
            sqlite3_sleep(50); // another connection is writing: wait, then go on
        pages = std::max(64, total / 100);
    }
}

StoreError cancelledError(const QString &message) {
    return StoreError::make(StoreError::Kind::Interrupted, message);
}

// Reads the database into a new database file `tempPath` in one read transaction, held open across the
// steps when the copy goes in parts (for progress): a copy in several steps would otherwise start over
// whenever another connection writes, and might never finish under steady writes.
StoreError copyInto(const QString &sourcePath, const QString &tempPath, const StoreBackup::Options &options) {
    // Read-write (never create), though only read: the last connection to close removes the WAL files,
    // which a read-only one would leave behind. A write-protected file opens read-only by itself.
    Connection source;
    int rc = source.open(sourcePath, SQLITE_OPEN_READWRITE, options.busyTimeoutMs);
    if (rc != SQLITE_OK)
        return sqliteError(source.get(), rc, sourcePath);
    // A file that is not a database is found out here, and said of the source, not of the copy.
    if (source.exec("BEGIN") != SQLITE_OK)
        return sqliteError(source.get(), sqlite3_errcode(source.get()), sourcePath);
    if (!source.column("SELECT count(*) FROM sqlite_master", &rc))
        return sqliteError(source.get(), rc, sourcePath);

    Connection target;
    rc = target.open(tempPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, options.busyTimeoutMs);
    if (rc != SQLITE_OK)
        return sqliteError(target.get(), rc, tempPath);
    sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!backup)
        return sqliteError(target.get(), sqlite3_errcode(target.get()), tempPath);
    bool cancelled = false;
    rc = stepAll(backup, options, &cancelled);
    const int finish = sqlite3_backup_finish(backup);
    source.exec("COMMIT");
    if (cancelled)
        return cancelledError(StoreBackup::tr("The backup was cancelled; nothing was written."));
    if (rc != SQLITE_DONE) {
        const int code = rc == SQLITE_OK ? finish : rc;
        // Damage and locks are the source's; the rest (full disk, I/O) is the target's.
        const int primary = code & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_BUSY ||
            primary == SQLITE_LOCKED)
            return sqliteError(source.get(), code, sourcePath);
        return sqliteError(target.get(), code, tempPath);
    }
    if (finish != SQLITE_OK)
        return sqliteError(target.get(), finish, tempPath);
    // The copy carries the source's WAL flag; a backup is better one self-contained file.
    std::optional<QStringList> mode = target.column("PRAGMA journal_mode = DELETE", &rc);
    if (!mode)
        return sqliteError(target.get(), rc, tempPath);
    return {};
}

qint64 freeBytesIn(const QString &folder) {
    const QStorageInfo disk(folder);
    return disk.isValid() && disk.isReady() ? disk.bytesAvailable() : -1;
}

} // namespace

QMap<QString, QString> StoreBackup::settingsOf(const QString &path) {
    QMap<QString, QString> out;
    if (!QFileInfo(path).isFile())
        return out;
    Connection c;
    int rc = c.open(path, SQLITE_OPEN_READONLY, 5000);
    if (rc != SQLITE_OK)
        return out;
    const std::optional<QStringList> keys = c.column("SELECT key FROM settings ORDER BY key", &rc);
    const std::optional<QStringList> values =
        c.column("SELECT coalesce(value, '') FROM settings ORDER BY key", &rc);
    if (!keys || !values || keys->size() != values->size())
        return out;
    for (qsizetype i = 0; i < keys->size(); ++i)
        out.insert(keys->at(i), values->at(i));
    return out;
}

QString StoreBackup::timestampedPath(const QString &databasePath, const QString &tag, const QDateTime &at) {
    const QString base = databasePath + u'.' + tag + u'-' + at.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

StoreBackup::Result StoreBackup::verify(const QString &backupPath) {
    Result r;
    r.error = inspect(backupPath, &r.info);
    if (r.error.kind == StoreError::Kind::NotFound)
        r.error.message = tr("The backup file %1 does not exist.").arg(native(backupPath));
    if (r.ok() && r.info.schemaVersion > Migrations::latestVersion())
        r.error = StoreError::make(StoreError::Kind::NewerSchema,
                                   tr("The backup %1 was made by a newer version of BTXH Desktop (schema %2; "
                                      "this version knows up to %3). Update the application to restore it; "
                                      "nothing was changed.")
                                       .arg(native(backupPath))
                                       .arg(r.info.schemaVersion)
                                       .arg(Migrations::latestVersion()));
    if (r.ok() && r.info.schemaVersion < 1)
        r.error = StoreError::make(
            StoreError::Kind::Corrupt,
            tr("The file %1 is not a BTXH database (it has no schema version). It cannot be used; nothing "
               "was changed.")
                .arg(native(backupPath)));
    if (!r.ok())
        qCWarning(lcStore) << "backup file refused:" << StoreError::kindName(r.error.kind) << r.error.detail;
    return r;
}

StoreBackup::Result StoreBackup::backup(const QString &databasePath, const QString &backupPath) {
    return backup(databasePath, backupPath, Options());
}

StoreBackup::Result StoreBackup::restore(const QString &backupPath, const QString &databasePath) {
    return restore(backupPath, databasePath, Options());
}

StoreBackup::Result StoreBackup::backup(const QString &databasePath, const QString &backupPath,
                                        const Options &options) {
    Result r;
    auto fail = [&](StoreError e) {
        qCWarning(lcStore) << "backup failed:" << StoreError::kindName(e.kind) << e.detail;
        r.error = std::move(e);
        return r;
    };
    const QFileInfo source(databasePath);
    if (!source.exists())
        return fail(StoreError::make(StoreError::Kind::NotFound,
                                     tr("There is no database at %1 to back up.").arg(native(databasePath))));
    if (source.isDir())
        return fail(StoreError::make(StoreError::Kind::Invalid,
                                     tr("%1 is a folder, not a database file.").arg(native(databasePath))));
    if (backupPath.isEmpty())
        return fail(StoreError::make(StoreError::Kind::Invalid, tr("No backup file was given.")));
    if (sameFile(databasePath, backupPath))
        return fail(StoreError::make(
            StoreError::Kind::Invalid,
            tr("The backup file %1 is the database itself: choose another file, preferably on another disk.")
                .arg(native(backupPath))));
    const QFileInfo target(backupPath);
    if (target.isDir())
        return fail(
            StoreError::make(StoreError::Kind::Invalid,
                             tr("%1 is a folder: give the backup a file name.").arg(native(backupPath))));
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(StoreError::make(StoreError::Kind::CannotOpen,
                                     tr("The folder %1 does not exist.").arg(native(folder))));

    // Left-overs of killed backups go first, so that the space they took counts as free.
    if (const int stale = removeStalePartials(folder); stale > 0)
        qCInfo(lcStore) << stale << "partial file(s) of interrupted backups removed";

    const qint64 free = options.freeBytes ? options.freeBytes(folder) : freeBytesIn(folder);
    if (free >= 0 && free < source.size())
        return fail(StoreError::make(
            StoreError::Kind::DiskFull,
            tr("The disk holding %1 has %L2 MB free and the backup needs about %L3 MB: it was not written. "
               "Free some space or choose another disk.")
                .arg(native(folder))
                .arg(free / (1024 * 1024))
                .arg((source.size() + 1024 * 1024 - 1) / (1024 * 1024))));

    // A unique temporary name beside the target: the rename into place is then a single step on one disk.
    // Its lock is released last, once the file is gone (or renamed into place).
    QString tempPath;
    QString why;
    const std::unique_ptr<QLockFile> tempLock = createPartial(folder, target.fileName(), &tempPath, &why);
    if (!tempLock)
        return fail(StoreError::make(
            StoreError::Kind::ReadOnly,
            why.isEmpty()
                ? tr("The folder %1 cannot be written: choose another folder for the backup. Nothing "
                     "was changed.")
                      .arg(native(folder))
                : tr("The folder %1 cannot be written (%2): choose another folder for the backup. "
                     "Nothing was changed.")
                      .arg(native(folder), why)));
    auto cleanup = qScopeGuard([&] { removeWithCompanions(tempPath); });

    StoreError e = copyInto(databasePath, tempPath, options);
    if (e.isError()) {
        if (e.kind == StoreError::Kind::DiskFull)
            e.message = tr("The disk holding %1 is full: the backup was not written. Free some space or "
                           "choose another disk.")
                            .arg(native(folder));
        else if (e.kind == StoreError::Kind::ReadOnly)
            e.message = tr("The folder %1 cannot be written: choose another folder for the backup. Nothing "
                           "was changed.")
                            .arg(native(folder));
        return fail(e);
    }
    Info info;
    e = inspect(tempPath, &info);
    if (e.isError()) {
        // What the check says of the copy is true of the database it was read from.
        const QString said = e.message.replace(native(tempPath), native(databasePath));
        e.message = tr("No backup was written: %1").arg(said);
        return fail(e);
    }
    QString error;
    if (!replaceFile(tempPath, backupPath, &error))
        return fail(StoreError::make(
            StoreError::Kind::ReadOnly,
            tr("The backup could not be put in place as %1: %2").arg(native(backupPath), error), error));
    cleanup.dismiss();
    removeWithCompanions(tempPath); // a leftover -journal, if any
    r.info = info;
    r.info.path = backupPath;
    r.info.bytes = QFileInfo(backupPath).size();
    r.info.modified = QFileInfo(backupPath).lastModified();
    qCInfo(lcStore) << "backup written: schema" << info.schemaVersion << "," << info.dossierCount
                    << "dossiers," << r.info.bytes << "bytes";
    return r;
}

StoreBackup::Result StoreBackup::restore(const QString &backupPath, const QString &databasePath,
                                         const Options &options) {
    Result r = verify(backupPath);
    if (!r.ok())
        return r;
    const Info backupInfo = r.info;
    auto fail = [&](StoreError e) {
        qCWarning(lcStore) << "restore failed:" << StoreError::kindName(e.kind) << e.detail;
        r.error = std::move(e);
        return r;
    };
    if (sameFile(backupPath, databasePath))
        return fail(
            StoreError::make(StoreError::Kind::Invalid,
                             tr("%1 is the database itself, not a backup of it.").arg(native(backupPath))));
    const QFileInfo db(databasePath);
    if (db.isDir())
        return fail(StoreError::make(StoreError::Kind::Invalid,
                                     tr("%1 is a folder, not a database file.").arg(native(databasePath))));
    if (!OwnerOnly::makeFolder(db.absolutePath()))
        return fail(StoreError::make(
            StoreError::Kind::CannotOpen,
            tr("The folder %1 cannot be created for the database.").arg(native(db.absolutePath()))));

    Connection target;
    if (db.exists()) {
        // Only we may hold the database from here on: leaving WAL needs every other connection closed, and
        // it checkpoints and removes the old WAL, which must never be applied to the restored content.
        int rc = target.open(databasePath, SQLITE_OPEN_READWRITE, options.busyTimeoutMs);
        std::optional<QStringList> mode;
        if (rc == SQLITE_OK)
            mode = target.column("PRAGMA journal_mode = DELETE", &rc);
        if (!mode || mode->value(0) != u"delete") {
            StoreError e = sqliteError(target.get(), rc == SQLITE_OK ? SQLITE_BUSY : rc, databasePath);
            if (e.kind == StoreError::Kind::Locked)
                e.message = tr("The database %1 is in use (BTXH Desktop, a sync or another program has it "
                               "open). Close it and try again; nothing was changed.")
                                .arg(native(databasePath));
            else if (e.kind == StoreError::Kind::Corrupt)
                e.message = tr("The database %1 is damaged and cannot be replaced in place. Move it aside "
                               "(keep it), then restore again; nothing was changed.")
                                .arg(native(databasePath));
            return fail(e);
        }
        // The safety copy: the database as it is now, beside it.
        const QString safety = timestampedPath(databasePath, QStringLiteral("before-restore"), now(options));
        const Result copy = backup(databasePath, safety, options);
        if (copy.error.kind == StoreError::Kind::Interrupted)
            return fail(cancelledError(tr("The restore was cancelled; the database is as it was.")));
        if (!copy.ok()) {
            StoreError e = copy.error;
            e.message = tr("A safety copy of the current database could not be made, so nothing was "
                           "restored: %1")
                            .arg(copy.error.message);
            return fail(e);
        }
        r.safetyCopyPath = safety;
    } else {
        const int rc =
            target.open(databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, options.busyTimeoutMs);
        if (rc != SQLITE_OK)
            return fail(sqliteError(target.get(), rc, databasePath));
    }

    Connection source;
    int rc = source.open(backupPath, SQLITE_OPEN_READONLY, options.busyTimeoutMs);
    if (rc != SQLITE_OK)
        return fail(sqliteError(source.get(), rc, backupPath));
    // One transaction on the database (rollback journal): a crash or a full disk leaves it as it was.
    sqlite3_backup *b = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!b)
        return fail(sqliteError(target.get(), sqlite3_errcode(target.get()), databasePath));
    bool cancelled = false;
    rc = stepAll(b, options, &cancelled);
    // Finished before its end, the backup rolls the database's transaction back: it stays as it was.
    const int finish = sqlite3_backup_finish(b);
    if (cancelled) {
        target.close();
        if (!r.safetyCopyPath.isEmpty())
            QFile::remove(r.safetyCopyPath); // the database was not changed: no copy of it is needed
        r.safetyCopyPath.clear();
        return fail(cancelledError(tr("The restore was cancelled; the database is as it was.")));
    }
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        StoreError e =
            sqliteError(target.get(), rc != SQLITE_DONE && rc != SQLITE_OK ? rc : finish, databasePath);
        e.message = tr("Restoring failed and the database was left as it was: %1").arg(e.message);
        return fail(e);
    }
    target.close();
    source.close();
    OwnerOnly::tightenDatabase(databasePath);
    OwnerOnly::pruneSafetyCopies(databasePath, options.keepSafetyCopies);

    Info after;
    StoreError e = inspect(databasePath, &after);
    if (e.isError())
        return fail(e);
    r.info = after;
    qCInfo(lcStore) << "restored backup: schema" << backupInfo.schemaVersion << "," << backupInfo.dossierCount
                    << "dossiers";
    return r;
}

} // namespace btxh
