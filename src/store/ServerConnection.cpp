// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConnection.h"

#include <QSqlError>

namespace btxh {

namespace {

const QString PostgresDriver = QStringLiteral("QPSQL");

// SQLSTATE classes and codes the server answers with (PostgreSQL's errcodes, appendix A).
const QString InvalidPassword = QStringLiteral("28P01");
const QString InvalidAuthorization = QStringLiteral("28000");
const QString UnknownDatabase = QStringLiteral("3D000");
const QString InsufficientPrivilege = QStringLiteral("42501");
const QString ConnectionExceptionClass = QStringLiteral("08");
const QString TooManyConnections = QStringLiteral("53300");
const QString LockNotAvailable = QStringLiteral("55P03");
const QString QueryCanceled = QStringLiteral("57014");
const QString ReadOnlyTransaction = QStringLiteral("25006");
const QString DiskFull = QStringLiteral("53100");
// Operator intervention that ends the connection: the server shut down, crashed, or ended this backend.
const QString ConnectionEndedClass = QStringLiteral("57P");

// libpq reports a failed connection as text only: these are its words (libpq's messages are not translated
// when the client runs in the C or an English locale, which is how Qt starts it).
bool says(const QString &text, const char *words) {
    return text.contains(QLatin1StringView(words), Qt::CaseInsensitive);
}

} // namespace

bool ServerConnection::driverAvailable() {
    return QSqlDatabase::isDriverAvailable(PostgresDriver);
}

QSqlDatabase ServerConnection::open(const DatabaseLocation &location, const QString &password,
                                    const QString &connectionName, StoreError *error) {
    if (!location.isServer()) {
        *error = StoreError::make(StoreError::Kind::Invalid,
                                  tr("%1 is not a server address.").arg(location.display()));
        return {};
    }
    if (!driverAvailable()) {
        *error =
            StoreError::make(StoreError::Kind::CannotOpen,
                             tr("This installation cannot reach PostgreSQL databases: Qt's PostgreSQL driver "
                                "is missing (on Debian, install the package libqt6sql6-psql)."));
        return {};
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDriver, connectionName);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.databaseName());
        db.setConnectOptions(location.connectOptions());
        if (!password.isEmpty())
            db.setPassword(password);
        if (db.open()) {
            db.setPassword(QString());
            return db;
        }
        *error = classify(db.lastError(), location);
    }
    QSqlDatabase::removeDatabase(connectionName);
    return {};
}

StoreError ServerConnection::classify(const QSqlError &error, const DatabaseLocation &location) {
    const QString where = location.display();
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    using Kind = StoreError::Kind;
    if (code == InvalidPassword || code == InvalidAuthorization ||
        says(text, "password authentication failed") || says(text, "no password supplied") ||
        says(text, "no pg_hba.conf entry")) {
        return StoreError::make(
            Kind::AccessDenied,
            tr("The server of %1 refused the user \"%2\": the password is wrong or missing, or "
               "the user may not connect from this machine. Store the password with btxh db "
               "password, or in your ~/.pgpass; the server's administrator can check "
               "pg_hba.conf.")
                .arg(where, location.user()),
            text);
    }
    if (code == UnknownDatabase || (says(text, "database \"") && says(text, "does not exist"))) {
        return StoreError::make(Kind::NotFound,
                                tr("The server has no database named \"%1\" (%2). Ask its administrator to "
                                   "create it (createdb).")
                                    .arg(location.databaseName(), where),
                                text);
    }
    if (code == InsufficientPrivilege || says(text, "permission denied")) {
        return StoreError::make(
            Kind::AccessDenied,
            tr("The user \"%1\" lacks the rights this needs on %2. Nothing was changed; ask "
               "the server's administrator to grant them.")
                .arg(location.user(), where),
            text);
    }
    if (says(text, "certificate") || says(text, "SSL") || says(text, "server does not support")) {
        return StoreError::make(
            Kind::CannotOpen,
            tr("The secure connection to %1 could not be checked: %2 The server's certificate "
               "must be signed by an authority this machine trusts (or the one in "
               "~/.postgresql/root.crt) and name the server.")
                .arg(where, text.trimmed()),
            text);
    }
    if (code == LockNotAvailable) {
        return StoreError::make(
            Kind::Locked,
            tr("The database %1 is busy with another desktop's or program's change, which "
               "did not finish in time. Nothing was changed; try again in a moment.")
                .arg(where),
            text);
    }
    if (code == QueryCanceled)
        return StoreError::make(Kind::Interrupted, tr("The request to %1 was cancelled.").arg(where), text);
    if (code == ReadOnlyTransaction) {
        return StoreError::make(Kind::ReadOnly,
                                tr("The database server of %1 is read-only (a standby server?). Nothing was "
                                   "changed.")
                                    .arg(where),
                                text);
    }
    if (code == DiskFull) {
        return StoreError::make(Kind::DiskFull,
                                tr("The database server of %1 has run out of disk space. Nothing was "
                                   "changed; tell its administrator.")
                                    .arg(where),
                                text);
    }
    if (code == TooManyConnections || says(text, "too many clients")) {
        return StoreError::make(
            Kind::Locked,
            tr("The server of %1 has no free connection left. Try again in a moment, or ask "
               "its administrator to allow more (max_connections).")
                .arg(where),
            text);
    }
    if (code.startsWith(ConnectionExceptionClass) || code.startsWith(ConnectionEndedClass) ||
        error.type() == QSqlError::ConnectionError || says(text, "no connection to the server") ||
        says(text, "could not connect") || says(text, "Connection refused") ||
        says(text, "timeout expired") || says(text, "could not translate host name") ||
        says(text, "server closed the connection")) {
        return StoreError::make(
            Kind::Unreachable,
            tr("The database server of %1 cannot be reached: it is not running, the address "
               "or port is wrong, or the network is down. Nothing was changed.")
                .arg(where),
            text);
    }
    return StoreError::make(Kind::Other,
                            tr("The database server of %1 answered: %2").arg(where, text.trimmed()), text);
}

} // namespace btxh
