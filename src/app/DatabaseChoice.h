// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace btxh::app {

// Which database this desktop opens when started without --db: the officer's own file (the default) or the
// office's PostgreSQL database. Kept per desktop user in the app's settings, not in a database, since it
// decides which database is opened; the address never holds a password (DatabaseLocation refuses one).
class DatabaseChoice {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DatabaseChoice)
public:
    static const QString Key; // "database/server"

    // The office server's address this desktop opens; empty: its own file.
    static QString savedServer(const QSettings &settings);
    // Opens `address` from the next start; an empty one goes back to the file. False with *error when the
    // address is not a server's.
    static bool saveServer(QSettings &settings, const QString &address, QString *error);

    // `text` read as an office server's address: the location, or an invalid one with *error naming the
    // problem (a file path is one: the address starts with postgresql://).
    static DatabaseLocation serverAddress(const QString &text, QString *error);

    // What to open: --db when given, else the saved server, else `defaultPath`.
    static QString resolve(const QString &commandLine, const QSettings &settings, const QString &defaultPath);
};

} // namespace btxh::app
