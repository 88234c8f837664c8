// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DatabaseCopy.h"
#include "ServerSchema.h"

#include <functional>
#include <memory>

namespace btxh {
class DatabaseLocation;
}
namespace btxh::secrets {
class SecretStore;
}

namespace btxh::cli {

// btxh db copy --from SRC --to DST (DbCopy): an office's data between its database file and its PostgreSQL
// database.
// btxh db status|init|migrate|password [--db] FILE|postgresql://user@host:port/dbname: the administrator's
// view of the database itself. status: for a file, its schema and size; for an office's PostgreSQL database,
// whether it can be reached and the user is let in, the server, encryption, the schema's version and the
// user's rights. init and migrate: create and upgrade the office's schema on the server (ServerSchema).
// password: stores the password of a PostgreSQL address in the OS keychain (read from standard input or
// prompted for without echo, checked against the server first), or removes it with --clear.
class DbCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
public:
    using SecretStoreFactory = std::function<std::shared_ptr<secrets::SecretStore>()>;

    DbCommand(); // the OS keychain
    // copyOptions: how btxh db copy batches and reports (tests interrupt a copy through its progress).
    explicit DbCommand(SecretStoreFactory secrets, DatabaseCopy::Options copyOptions = {});
    ~DbCommand() override;

    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override;
    bool acceptsServerDatabase() const override { return true; }
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

private:
    int fileStatus(const DatabaseLocation &location, CliContext &context) const;
    int serverStatus(const DatabaseLocation &location, CliContext &context) const;
    int printSchema(const DatabaseLocation &location, const ServerSchema::State &schema,
                    CliContext &context) const;
    int serverInit(const DatabaseLocation &location, CliContext &context) const;
    int serverMigrate(const DatabaseLocation &location, CliContext &context) const;
    // Opens the connection `connectionName` to the server with the stored password (or ~/.pgpass); ExitOk,
    // or the exit code after saying why not.
    int connect(const DatabaseLocation &location, const QString &connectionName, const QString &command,
                CliContext &context, QSqlDatabase *db) const;
    int password(const DatabaseLocation &location, bool clear, CliContext &context) const;
    int copy(const QCommandLineParser &parser, CliContext &context) const;
    // The password stored for `location`, or empty when none is (then libpq reads ~/.pgpass). False when the
    // keychain could not be asked; `*message` says why.
    bool storedPassword(const DatabaseLocation &location, QString *password, QString *message) const;

    SecretStoreFactory m_secrets;
    DatabaseCopy::Options m_copyOptions;
};

} // namespace btxh::cli
