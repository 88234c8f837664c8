// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCommand.h"

#include "DatabaseLocation.h"
#include "KeychainSecretStore.h"
#include "SecretKind.h"
#include "SecretStore.h"
#include "ServerConnection.h"
#include "ServerStatus.h"
#include "Store.h"
#include "StoreCommandSupport.h"
#include "TerminalPrompt.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QUuid>
#include <unistd.h>

namespace btxh::cli {

using secrets::SecretKind;
using secrets::SecretKinds;
using secrets::SecretResult;
using secrets::SecretStore;

namespace {

const QString StatusAction = QStringLiteral("status");
const QString PasswordAction = QStringLiteral("password");
const QString ClearOption = QStringLiteral("clear");

// A connection name of our own: the QSqlDatabase registry is process-wide.
QString freshConnectionName() {
    return QStringLiteral("btxh-db-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Closes and unregisters a connection when the command is done with it, whatever path it leaves by.
class ScopedConnection {
public:
    explicit ScopedConnection(QString name)
        : m_name(std::move(name)) {}
    ~ScopedConnection() {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

QString yesNo(bool value) {
    return value ? DbCommand::tr("yes") : DbCommand::tr("no");
}

} // namespace

DbCommand::DbCommand()
    : DbCommand([] { return std::make_shared<secrets::KeychainSecretStore>(); }) {}

DbCommand::DbCommand(SecretStoreFactory secrets)
    : m_secrets(std::move(secrets)) {}

DbCommand::~DbCommand() = default;

QString DbCommand::summary() const {
    return tr("check a database, or keep an office database server's password in the OS keychain");
}

void DbCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "status: for a database file, its schema version and size; for an office's PostgreSQL database "
        "(--db postgresql://user@server:5432/database), whether the server can be reached and lets the user "
        "in, "
        "its version, whether the connection is encrypted, the user's rights and whether the office's tables "
        "are there.\n"
        "password: reads the PostgreSQL password from standard input (or asks for it without echo on a "
        "terminal), checks it against the server and stores it in the OS keychain for that address; --clear "
        "removes it. A password is never taken from the command line or the address. Without a stored "
        "password, the server's password is read from ~/.pgpass.\n"
        "Exit status: 0 done, 2 bad usage or input, 3 the database cannot be opened, reached, or refused the "
        "user, 5 no keychain service or the keyring is locked."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("status or password."),
                                 QStringLiteral("status|password"));
    parser.addOption(QCommandLineOption(ClearOption, tr("password: remove the stored password.")));
    StoreCommandSupport::addDatabaseOption(parser);
}

int DbCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 || (action != StatusAction && action != PasswordAction)) {
        context.err << tr("btxh db: give one action, status or password; see btxh db --help") << Qt::endl;
        return ExitBadInput;
    }
    QString error;
    const DatabaseLocation location =
        DatabaseLocation::parse(StoreCommandSupport::databasePath(parser), &error);
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
        context.err << tr("btxh db status: --clear belongs to btxh db password.") << Qt::endl;
        return ExitBadInput;
    }
    return location.isServer() ? serverStatus(location, context) : fileStatus(location, context);
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

int DbCommand::serverStatus(const DatabaseLocation &location, CliContext &context) const {
    QString password;
    QString keychainMessage;
    if (!storedPassword(location, &password, &keychainMessage)) {
        context.err << "btxh db status: " << keychainMessage << Qt::endl;
        return ExitConfigError;
    }
    const ScopedConnection connection(freshConnectionName());
    StoreError error;
    QSqlDatabase db = ServerConnection::open(location, password, connection.name(), &error);
    password.fill(u'\0');
    if (!db.isOpen()) {
        context.err << StoreCommandSupport::storeErrorLine(QStringLiteral("db status"), error) << Qt::endl;
        if (!keychainMessage.isEmpty())
            context.err << tr("(The keychain could not be asked for a password: %1)").arg(keychainMessage)
                        << Qt::endl;
        return ExitStoreError;
    }
    const std::optional<ServerStatus> s = ServerStatus::read(db, location, &error);
    if (!s) {
        context.err << StoreCommandSupport::storeErrorLine(QStringLiteral("db status"), error) << Qt::endl;
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
    const ScopedConnection connection(freshConnectionName());
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
