// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace btxh {

// Where a store lives, as --db and Settings name it: an SQLite file (the default: one officer, one laptop) or
// an office's PostgreSQL database, `postgresql://user@host:port/dbname?sslmode=…` (`postgres://` too).
//
// A server address never carries its password: it is shown in windows and logs, and a command line is
// readable by every user of the machine. The password comes from the OS keychain or the user's ~/.pgpass.
//
// TLS: a server on this machine (127.0.0.1, ::1, localhost or a Unix socket folder) needs none; any other
// server is reached with sslmode=verify-full (the certificate and the host name are checked) unless the
// address itself says otherwise, which only an administrator writes.
class DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(btxh::DatabaseLocation)
public:
    enum class Kind { None, SqliteFile, PostgreSql };

    static constexpr int DefaultPostgresPort = 5432;

    DatabaseLocation() = default;
    static DatabaseLocation sqliteFile(const QString &path);

    // Reads `text`: an address with the postgresql: or postgres: scheme, else a file path. On a malformed
    // address the result's kind is None and `*error` names what is wrong (the address is quoted without any
    // password it held).
    static DatabaseLocation parse(const QString &text, QString *error);
    // Whether `text` is meant as a server address (it has one of the two schemes), well formed or not.
    static bool looksLikeServerAddress(const QString &text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None; }
    bool isServer() const { return m_kind == Kind::PostgreSql; }

    QString filePath() const { return m_filePath; } // SqliteFile
    QString host() const { return m_host; }         // PostgreSql: a name, an address, or a socket folder
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }
    QString sslMode() const { return m_sslMode; } // as it will be used, the default applied
    bool isLocalServer() const;

    // libpq's options for Qt's QPSQL driver (QSqlDatabase::setConnectOptions), the TLS mode among them.
    QString connectOptions() const;
    // The address for people and logs: the file's path, or the postgresql:// address (never a password).
    QString display() const;
    // Names one database for the keychain: `postgresql://user@host:port/dbname`.
    QString keychainKey() const;

    friend bool operator==(const DatabaseLocation &a, const DatabaseLocation &b);

private:
    Kind m_kind = Kind::None;
    QString m_filePath;
    QString m_host;
    int m_port = DefaultPostgresPort;
    QString m_user;
    QString m_database;
    QString m_sslMode;
    int m_connectTimeoutSeconds = 10;
};

} // namespace btxh
