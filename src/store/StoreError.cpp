// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>

namespace btxh {

namespace {

// SQLite's primary result codes (sqlite3.h); the extended codes keep them in the low byte.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteInterrupt = 9,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

QString tr(const char *text) {
    return QCoreApplication::translate("StoreError", text);
}

} // namespace

StoreError StoreError::make(Kind kind, const QString &message, const QString &detail) {
    StoreError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &databasePath) {
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const int code = ok ? (native & 0xff) : -1;
    const QString path = QDir::toNativeSeparators(databasePath);
    const QString detail = error.text();
    // SQLite reports a full disk during a write as SQLITE_FULL, but an fsync or write that fails for lack of
    // space can also surface as an I/O error whose text says so.
    const bool saysFull = detail.contains(QLatin1StringView("disk is full"), Qt::CaseInsensitive) ||
                          detail.contains(QLatin1StringView("database or disk is full"), Qt::CaseInsensitive);
    switch (code) {
    case SqliteFull:
        return make(
            Kind::DiskFull,
            tr("The disk holding the database %1 is full (or the database reached its size limit). "
               "Nothing was changed; everything saved before is intact. Free some space and try again.")
                .arg(path),
            detail);
    case SqliteReadOnly:
    case SqlitePerm:
        return make(Kind::ReadOnly,
                    tr("The database %1 cannot be written: the file, its folder or the disk is read-only. "
                       "Nothing was changed. Check the file's permissions or copy it to a writable folder.")
                        .arg(path),
                    detail);
    case SqliteBusy:
    case SqliteLocked:
        return make(Kind::Locked,
                    tr("The database %1 is in use by another program (perhaps another BTXH window or a sync "
                       "in progress) and stayed locked. Nothing was changed; try again in a moment.")
                        .arg(path),
                    detail);
    case SqliteCorrupt:
    case SqliteNotADb:
        return make(
            Kind::Corrupt,
            tr("The file %1 is not a BTXH database or is damaged. It was left untouched; restore it from "
               "a backup or ask for support.")
                .arg(path),
            detail);
    case SqliteCantOpen:
        return make(Kind::CannotOpen,
                    tr("The database %1 cannot be opened: check that its folder exists and can be written.")
                        .arg(path),
                    detail);
    case SqliteIoErr:
        if (saysFull)
            return make(Kind::DiskFull,
                        tr("The disk holding the database %1 is full. Nothing was changed; "
                           "free some space and try again.")
                            .arg(path),
                        detail);
        return make(
            Kind::Other,
            tr("Reading or writing the database %1 failed (a disk error). Nothing was changed; check the "
               "disk and try again.")
                .arg(path),
            detail);
    case SqliteInterrupt:
        return make(Kind::Interrupted,
                    tr("Reading the database %1 was stopped: its answer was no longer needed.").arg(path),
                    detail);
    case SqliteNoMem:
        return make(Kind::Other, tr("The computer ran out of memory while using the database %1.").arg(path),
                    detail);
    default:
        break;
    }
    if (saysFull)
        return make(
            Kind::DiskFull,
            tr("The disk holding the database %1 is full. Nothing was changed; free some space and try "
               "again.")
                .arg(path),
            detail);
    return make(Kind::Other, tr("The database %1 reported an error: %2").arg(path, detail), detail);
}

QString StoreError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::CannotOpen:
        return QStringLiteral("cannot-open");
    case Kind::NewerSchema:
        return QStringLiteral("newer-schema");
    case Kind::ReadOnly:
        return QStringLiteral("read-only");
    case Kind::DiskFull:
        return QStringLiteral("disk-full");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::Interrupted:
        return QStringLiteral("interrupted");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace btxh
