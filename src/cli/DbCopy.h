// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DatabaseCopy.h"
#include "DatabaseLocation.h"

#include <QSqlDatabase>
#include <functional>

namespace btxh::cli {

// btxh db copy --from SRC --to DST: an office's data from its SQLite file into an office's PostgreSQL
// database, or from such a database into a new SQLite file (DatabaseCopy does the copying).
//
// To a server: the database must be initialised at the file's schema version, or empty (then it is
// initialised first, as btxh db init does), and hold none of our rows; the copy is one transaction there, so
// an interrupted one leaves the database initialised and empty, and the same command runs again. To a file:
// it must not exist; the copy is written to DST.partial (made by Store::open at this app's schema), which
// replaces any partial file an interrupted copy left, and is renamed to DST once every table checks out.
class DbCopy {
    Q_DECLARE_TR_FUNCTIONS(DbCopy)
public:
    // Opens the connection `connectionName` to a server database; ExitOk, or the exit code after saying why.
    using Connect = std::function<int(const DatabaseLocation &location, const QString &connectionName,
                                      const QString &command, CliContext &context, QSqlDatabase *db)>;

    DbCopy(Connect connect, DatabaseCopy::Options options)
        : m_connect(std::move(connect))
        , m_options(std::move(options)) {}

    int run(const DatabaseLocation &from, const DatabaseLocation &to, CliContext &context) const;

    static QString partialPath(const QString &path) { return path + QStringLiteral(".partial"); }

private:
    int fileToServer(const DatabaseLocation &from, const DatabaseLocation &to, CliContext &context) const;
    int serverToFile(const DatabaseLocation &from, const DatabaseLocation &to, CliContext &context) const;
    // Copies and prints the check of every table; ExitOk when the destination committed.
    int copy(QSqlDatabase &from, const DatabaseLocation &fromLocation, QSqlDatabase &to,
             const DatabaseLocation &toLocation, CliContext &context) const;

    Connect m_connect;
    DatabaseCopy::Options m_options;
};

} // namespace btxh::cli
