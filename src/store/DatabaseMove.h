// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCopy.h"
#include "DatabaseLocation.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QString>

namespace btxh {

// Moving an office: its data from the officer's database file into the office's PostgreSQL database, or from
// that database into a new file — the checks around DatabaseCopy, shared by btxh db copy and the desktop's
// Settings so both refuse the same things with the same words.
//
// To a server: the database must be at the file's schema version, or empty (then it is initialised first, as
// btxh db init does), and hold none of the office's rows; the copy is one transaction there, so an
// interrupted or cancelled one leaves the database initialised and empty, and the same move runs again. The
// file is opened read-only: the move never upgrades or changes it. To a file: it must not exist; the copy is
// written to partialPath(file) (made at this app's schema), which replaces any partial file an interrupted
// move left, and is renamed to the file once every table checks out.
class DatabaseMove {
    Q_DECLARE_TR_FUNCTIONS(btxh::DatabaseMove)
public:
    struct Options {
        // The server's password; empty: libpq reads the user's ~/.pgpass. Never logged or kept.
        QString password;
        DatabaseCopy::Options copy;
    };
    struct Result {
        DatabaseCopy::Result copy;
        bool createdSchema = false; // the server's database was empty and was initialised first
        int schemaVersion = 0;      // created at
        qint64 rows() const;
    };

    static StoreResult<Result> fileToServer(const QString &file, const DatabaseLocation &server,
                                            const Options &options);
    static StoreResult<Result> serverToFile(const DatabaseLocation &server, const QString &file,
                                            const Options &options);

    static QString partialPath(const QString &path) { return path + QStringLiteral(".partial"); }
};

} // namespace btxh
