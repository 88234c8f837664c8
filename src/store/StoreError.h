// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

namespace btxh {

// Why the store could not do what it was asked, with a message an officer can act on.
struct StoreError {
    enum class Kind {
        None,
        CannotOpen,   // the file or its folder cannot be opened or created
        NewerSchema,  // made by a newer version of the app: refused, left untouched
        ReadOnly,     // the file, its folder or the medium cannot be written
        DiskFull,     // no space left (or the database's size limit reached)
        Locked,       // another program holds a lock longer than the busy timeout
        Corrupt,      // not a database, or a damaged one
        NotFound,     // no such dossier (or outbox entry)
        Invalid,      // the caller asked for something that cannot be (an unknown sort column, ...)
        Interrupted,  // a read stopped by Store::interrupt() because its answer was no longer wanted
        Unreachable,  // an office's database server cannot be reached
        AccessDenied, // the server refused the user: a wrong password, or rights it lacks
        Stale,        // an edit made from a version of a dossier that someone else has changed since: refused
        Other,
    };

    Kind kind = Kind::None;
    QString message; // translated, one or two sentences
    QString detail;  // SQLite's own words, for the log and a "details" button; never holds payload values

    bool isError() const { return kind != Kind::None; }

    // Maps an error Qt Sql reported (its native code is SQLite's result code) to a kind and a message.
    static StoreError fromSql(const QSqlError &error, const QString &databasePath);
    static StoreError make(Kind kind, const QString &message, const QString &detail = QString());
    static QString kindName(Kind kind);
};

} // namespace btxh
