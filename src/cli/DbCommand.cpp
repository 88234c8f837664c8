// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCommand.h"

#include "DatabaseLocation.h"
#include "DbCopy.h"
#include "KeychainSecretStore.h"
#include "ScopedConnection.h"
#include "SecretKind.h"
#include "SecretStore.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "ServerStatus.h"
#include "Store.h"
#include "StoreCommandSupport.h"
#include "TerminalPrompt.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <unistd.h>

namespace btxh::cli {

using secrets::SecretKind;
using secrets::SecretKinds;
using secrets::SecretResult;
using secrets::SecretStore;

namespace {

const QString StatusAction = QStringLiteral("status");
const QString InitAction = QStringLiteral("init");
const QString MigrateAction = QStringLiteral("migrate");
const QString PasswordAction = QStringLiteral("password");
const QString CopyAction = QStringLiteral("copy");
const QStringList Actions = {StatusAction, InitAction, MigrateAction, PasswordAction, CopyAction};
const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString DatabaseOption = QStringLiteral("db");
const QString ClearOption = QStringLiteral("clear");

// A connection name of our own: the QSqlDatabase registry is process-wide.
QString yesNo(bool value) {
    return value ? DbCommand::tr("yes") : DbCommand::tr("no");
}

} // namespace

DbCommand::DbCommand()
    : DbCommand([] { return std::make_shared<secrets::KeychainSecretStore>(); }) {}

DbCommand::DbCommand(SecretStoreFactory secrets, DatabaseCopy::Options copyOptions)
    : m_secrets(std::move(secrets))
    , m_copyOptions(std::move(copyOptions)) {}

DbCommand::~DbCommand() = default;

QString DbCommand::summary() const {
    return tr("check a database, set up or upgrade an office's database server, copy an office's data to or "
              "from it, or keep its password in the OS keychain");
}

void DbCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "status: for a database file, its schema version and size; for an office's PostgreSQL database "
        "(--db postgresql://user@server:5432/database), whether the server can be reached and lets the user "
        "in, "
        "its version, whether the connection is encrypted, whether the office's tables are there and their "
        "schema version against this app's, and what the user may do (create tables; read, write and change "
        "the office's data).\n"
        "init: creates the office's tables in an empty PostgreSQL database, in one transaction; a database "
        "already initialised is left as it is, and one holding tables that are not BTXH Desktop's is "
        "refused.\n"
        "migrate: upgrades an office's PostgreSQL database to this app's schema, in one transaction (run it "
        "as "
        "the user that ran init). A database made by a newer version of the app is refused, never changed.\n"
        "The database may be given after the action instead of with --db. A database file needs neither: "
        "the app and every command that writes to it create and upgrade it.\n"
        "password: reads the PostgreSQL password from standard input (or asks for it without echo on a "
        "terminal), checks it against the server and stores it in the OS keychain for that address; --clear "
        "removes it. A password is never taken from the command line or the address. Without a stored "
        "password, the server's password is read from ~/.pgpass.\n"
        "copy --from SOURCE --to DESTINATION: copies an office's data from its database file into an "
        "office's PostgreSQL database, or from such a database into a new database file. The server database "
        "must be initialised at the file's schema version, or empty (it is then initialised first), and hold "
        "none of the office's data yet; a new file is written to DESTINATION.partial and renamed when done. "
        "The copy is one transaction on the destination: an interrupted copy leaves nothing of itself, and "
        "the same command starts it again. The search index is rebuilt there. At the end every table's row "
        "count and SHA-256 hash are compared and printed; on any difference nothing is kept.\n"
        "Exit status: 0 done, 2 bad usage or input, 3 the database cannot be opened, reached, or refused the "
        "user, 5 no keychain service or the keyring is locked."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("status, init, migrate, password or copy."),
                                 QStringLiteral("status|init|migrate|password|copy"));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), tr("the database, as --db gives it."),
                                 QStringLiteral("[DATABASE]"));
    parser.addOption(QCommandLineOption(ClearOption, tr("password: remove the stored password.")));
    parser.addOption(QCommandLineOption(FromOption, tr("copy: the database to copy from."), tr("SOURCE")));
    parser.addOption(QCommandLineOption(ToOption, tr("copy: the database to copy into."), tr("DESTINATION")));
    StoreCommandSupport::addDatabaseOption(parser);
}

int DbCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.isEmpty() || args.size() > 2 || !Actions.contains(action)) {
        context.err << tr("btxh db: give one action, status, init, migrate, password or copy; see btxh db "
                          "--help")
                    << Qt::endl;
        return ExitBadInput;
    }
    if (action == CopyAction)
        return copy(parser, context);
    if (parser.isSet(FromOption) || parser.isSet(ToOption)) {
        context.err << tr("btxh db %1: --from and --to belong to btxh db copy.").arg(action) << Qt::endl;
        return ExitBadInput;
    }
    if (args.size() == 2 && parser.isSet(DatabaseOption)) {
        context.err << tr("btxh db: give the database once, after the action or with --db.") << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(
        args.size() == 2 ? args.at(1) : StoreCommandSupport::databasePath(parser), &error);
    if (!location.isValid()) {
        context.err << "btxh db: " << error << Qt::endl;
        return ExitBadInput;
    }
    if (action == PasswordAction) {
        if (!location.isServer()) {
            context.err << tr("btxh db password: %1 is a database file; only an office's PostgreSQL database "
                              "(--db postgresql://user@server/database) has a password.")
                               .arg(QDir::toNativeSeparators(location.filePath()))
                        << Qt::endl;
            return ExitBadInput;
        }
        return password(location, parser.isSet(ClearOption), context);
    }
    if (parser.isSet(ClearOption)) {
        context.err << tr("btxh db %1: --clear belongs to btxh db password.").arg(action) << Qt::endl;
        return ExitBadInput;
    }
    if (action == StatusAction)
        return location.isServer() ? serverStatus(location, context) : fileStatus(location, context);
    if (!location.isServer()) {
        context.err << tr("btxh db %1: %2 is a database file; the app and every command that writes to it "
                          "create and upgrade it (keeping a copy first). btxh db init and migrate are for an "
                          "office's PostgreSQL database (postgresql://user@server/database).")
                           .arg(action, QDir::toNativeSeparators(location.filePath()))
                    << Qt::endl;
        return ExitBadInput;
    }
    return action == InitAction ? serverInit(location, context) : serverMigrate(location, context);
}

int DbCommand::copy(const QCommandLineParser &parser, CliContext &context) const {
    if (parser.positionalArguments().size() != 1 || parser.isSet(DatabaseOption) ||
        parser.isSet(ClearOption) || !parser.isSet(FromOption) || !parser.isSet(ToOption)) {
        context.err << tr("btxh db copy: give the two databases with --from and --to, and nothing else.")
                    << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    const DatabaseLocation from = DatabaseLocation::parse(parser.value(FromOption), &error);
    if (!from.isValid()) {
        context.err << "btxh db copy: " << error << Qt::endl;
        return ExitBadInput;
    }
    const DatabaseLocation to = DatabaseLocation::parse(parser.value(ToOption), &error);
    if (!to.isValid()) {
        context.err << "btxh db copy: " << error << Qt::endl;
        return ExitBadInput;
    }
    const DbCopy copier([this](const DatabaseLocation &location, QString *password,
                               QString *message) { return storedPassword(location, password, message); },
                        m_copyOptions);
    return copier.run(from, to, context);
}

int DbCommand::fileStatus(const DatabaseLocation &location, CliContext &context) const {
    const QString path = location.filePath();
    if (!QFileInfo::exists(path)) {
        context.err
            << tr("btxh db status: there is no database at %1 yet.").arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return ExitStoreError;
    }
    Store::Options options;
    options.readOnly = true; // looking must not upgrade or create anything
    Store store(options);
    if (const StoreResult<void> opened = store.open(path); !opened) {
        context.err << StoreCommandSupport::storeErrorLine(QStringLiteral("db status"), opened.error())
                    << Qt::endl;
        return ExitStoreError;
    }
    const StoreResult<qint64> dossiers = store.count(ListFilter());
    if (!dossiers) {
        context.err << StoreCommandSupport::storeErrorLine(QStringLiteral("db status"), dossiers.error())
                    << Qt::endl;
        return ExitStoreError;
    }
    const QLocale locale;
    context.out << tr("Database file: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                << '\n'
                << tr("Schema version: %1 (this app's: %2)")
                       .arg(store.schemaVersion())
                       .arg(Store::latestSchemaVersion())
                << '\n'
                << tr("Size: %1").arg(locale.formattedDataSize(QFileInfo(path).size())) << '\n'
                << tr("Dossiers: %1").arg(locale.toString(*dossiers)) << Qt::endl;
    if (store.schemaVersion() < Store::latestSchemaVersion())
        context.out
            << tr("It is upgraded the next time the app or a writing command opens it (a copy is kept "
                  "beside it first).")
            << Qt::endl;
    return ExitOk;
}

bool DbCommand::storedPassword(const DatabaseLocation &location, QString *password, QString *message) const {
    const SecretResult r = m_secrets()->readSync(SecretKinds::databaseProfile(location.keychainKey()),
                                                 SecretKind::DatabasePassword);
    if (r.ok()) {
        *password = r.value;
        return true;
    }
    if (r.notFound()) {
        password->clear();
        return true;
    }
    // A keychain that cannot be asked leaves ~/.pgpass, which libpq reads when no password is given.
    *message = r.message;
    return r.status != secrets::SecretStatus::Locked;
}

int DbCommand::connect(const DatabaseLocation &location, const QString &connectionName,
                       const QString &command, CliContext &context, QSqlDatabase *db) const {
    QString password;
    QString keychainMessage;
    if (!storedPassword(location, &password, &keychainMessage)) {
        context.err << "btxh " << command << ": " << keychainMessage << Qt::endl;
        return ExitConfigError;
    }
    StoreError error;
    *db = ServerConnection::open(location, password, connectionName, &error);
    password.fill(u'\0');
    if (!db->isOpen()) {
        context.err << StoreCommandSupport::storeErrorLine(command, error) << Qt::endl;
        if (!keychainMessage.isEmpty())
            context.err << tr("(The keychain could not be asked for a password: %1)").arg(keychainMessage)
                        << Qt::endl;
        return ExitStoreError;
    }
    return ExitOk;
}

int DbCommand::serverStatus(const DatabaseLocation &location, CliContext &context) const {
    const QString command = QStringLiteral("db status");
    const ScopedConnection connection(QStringLiteral("btxh-db-"));
    QSqlDatabase db;
    if (const int code = connect(location, connection.name(), command, context, &db); code != ExitOk)
        return code;
    StoreError error;
    const std::optional<ServerStatus> s = ServerStatus::read(db, location, &error);
    if (!s) {
        context.err << StoreCommandSupport::storeErrorLine(command, error) << Qt::endl;
        return ExitStoreError;
    }
    const StoreResult<ServerSchema::State> schema = ServerSchema::inspect(db, location);
    if (!schema) {
        context.err << StoreCommandSupport::storeErrorLine(command, schema.error()) << Qt::endl;
        return ExitStoreError;
    }
    context.out << tr("Database: %1").arg(location.display()) << '\n'
                << tr("Server: PostgreSQL %1, reached as user \"%2\"").arg(s->serverVersion, s->user) << '\n'
                << (s->encrypted
                        ? tr("Connection: encrypted (%1, sslmode=%2)").arg(s->tlsVersion, location.sslMode())
                        : tr("Connection: not encrypted (sslmode=%1)").arg(location.sslMode()))
                << '\n'
                << tr("May create tables: %1").arg(yesNo(s->mayCreateTables)) << '\n'
                << tr("Office tables present: %1").arg(yesNo(s->hasOfficeTables)) << Qt::endl;
    return printSchema(location, *schema, context);
}

int DbCommand::printSchema(const DatabaseLocation &location, const ServerSchema::State &schema,
                           CliContext &context) const {
    const int latest = ServerSchema::latestVersion();
    if (!schema.initialised) {
        context.out << tr("Schema: none yet (btxh db init creates it)") << Qt::endl;
        if (schema.relations > 0)
            context.out << tr("Other objects in the schema \"%1\": %2 (%3); btxh db init refuses a database "
                              "that is not empty.")
                               .arg(schema.schema)
                               .arg(schema.relations)
                               .arg(schema.someRelations.join(QStringLiteral(", ")))
                        << Qt::endl;
        return ExitOk;
    }
    context.out << tr("Schema version: %1 (this app's: %2)").arg(schema.version).arg(latest) << '\n'
                << tr("May read the office's data: %1").arg(yesNo(schema.mayRead)) << '\n'
                << tr("May write the office's data: %1").arg(yesNo(schema.mayWrite)) << '\n'
                << tr("May change the schema (btxh db migrate): %1").arg(yesNo(schema.mayChangeSchema))
                << Qt::endl;
    if (schema.version > latest) {
        context.err << StoreCommandSupport::storeErrorLine(
                           QStringLiteral("db status"),
                           ServerSchema::newerSchema(location, schema.version, latest))
                    << Qt::endl;
        return ExitStoreError;
    }
    if (schema.version < latest)
        context.out << tr("It is older than this app's: btxh db migrate upgrades it.") << Qt::endl;
    if (!schema.mayWrite)
        context.out
            << tr("The user \"%1\" may not write every table of the office's schema: the app can only "
                  "read this database as this user. The tables' owner can grant it (GRANT SELECT, "
                  "INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %2 TO %1).")
                   .arg(location.user(), schema.schema)
            << Qt::endl;
    return ExitOk;
}

int DbCommand::serverInit(const DatabaseLocation &location, CliContext &context) const {
    const QString command = QStringLiteral("db init");
    const ScopedConnection connection(QStringLiteral("btxh-db-"));
    QSqlDatabase db;
    if (const int code = connect(location, connection.name(), command, context, &db); code != ExitOk)
        return code;
    const StoreResult<ServerSchema::Result> r = ServerSchema::init(db, location);
    if (!r) {
        context.err << StoreCommandSupport::storeErrorLine(command, r.error()) << Qt::endl;
        return ExitStoreError;
    }
    switch (r->outcome) {
    case ServerSchema::Outcome::Created:
        context.out << tr("Created the office's tables in %1 (schema %2).").arg(location.display()).arg(r->to)
                    << Qt::endl;
        return ExitOk;
    case ServerSchema::Outcome::NeedsMigration:
        context.err
            << tr("btxh db init: %1 is already initialised, at schema %2 (this app's: %3); nothing was "
                  "changed. btxh db migrate upgrades it.")
                   .arg(location.display())
                   .arg(r->from)
                   .arg(ServerSchema::latestVersion())
            << Qt::endl;
        return ExitStoreError;
    case ServerSchema::Outcome::UpToDate:
    case ServerSchema::Outcome::Migrated:
        break;
    }
    context.out << tr("%1 is already initialised (schema %2, this app's); nothing was changed.")
                       .arg(location.display())
                       .arg(r->to)
                << Qt::endl;
    return ExitOk;
}

int DbCommand::serverMigrate(const DatabaseLocation &location, CliContext &context) const {
    const QString command = QStringLiteral("db migrate");
    const ScopedConnection connection(QStringLiteral("btxh-db-"));
    QSqlDatabase db;
    if (const int code = connect(location, connection.name(), command, context, &db); code != ExitOk)
        return code;
    const StoreResult<ServerSchema::Result> r = ServerSchema::migrate(db, location);
    if (!r) {
        context.err << StoreCommandSupport::storeErrorLine(command, r.error()) << Qt::endl;
        return ExitStoreError;
    }
    if (r->outcome == ServerSchema::Outcome::Migrated)
        context.out << tr("Upgraded %1 from schema %2 to %3.").arg(location.display()).arg(r->from).arg(r->to)
                    << Qt::endl;
    else
        context.out << tr("%1 is at schema %2, this app's; nothing to do.").arg(location.display()).arg(r->to)
                    << Qt::endl;
    return ExitOk;
}

int DbCommand::password(const DatabaseLocation &location, bool clear, CliContext &context) const {
    const std::shared_ptr<SecretStore> secrets = m_secrets();
    const QString profile = SecretKinds::databaseProfile(location.keychainKey());
    if (clear) {
        const SecretResult r = secrets->removeSync(profile, SecretKind::DatabasePassword);
        if (!r.ok()) {
            context.err << "btxh db password: " << r.message << Qt::endl;
            return ExitConfigError;
        }
        context.out << tr("Removed the stored password of %1.").arg(location.display()) << Qt::endl;
        return ExitOk;
    }
    QString password;
    if (context.interactive && isatty(STDIN_FILENO))
        password = promptWithoutEcho(context, tr("Password of %1: ").arg(location.display()));
    else
        password = context.in.readLine(); // spaces may belong to a password: only the line's end goes
    if (password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty()) {
        context.err << tr("btxh db password: standard input must hold the password on one line; nothing was "
                          "stored.")
                    << Qt::endl;
        return ExitBadInput;
    }
    // A password the server refuses is not kept: the next connection would only fail later, with less said.
    const ScopedConnection connection(QStringLiteral("btxh-db-"));
    StoreError error;
    const QSqlDatabase db = ServerConnection::open(location, password, connection.name(), &error);
    if (!db.isOpen() && error.kind != StoreError::Kind::Unreachable) {
        password.fill(u'\0');
        context.err << StoreCommandSupport::storeErrorLine(QStringLiteral("db password"), error) << '\n'
                    << tr("Nothing was stored.") << Qt::endl;
        return ExitStoreError;
    }
    const SecretResult written = secrets->writeSync(profile, SecretKind::DatabasePassword, password);
    password.fill(u'\0');
    if (!written.ok()) {
        context.err << "btxh db password: " << written.message << Qt::endl;
        return written.status == secrets::SecretStatus::InvalidInput ? ExitBadInput : ExitConfigError;
    }
    context.out << tr("Stored the password of %1 in the keychain.").arg(location.display()) << '\n';
    if (!db.isOpen())
        context.out << tr("The server could not be reached to check it: %1").arg(error.message) << '\n';
    else
        context.out << tr("The server accepted it.") << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace btxh::cli
