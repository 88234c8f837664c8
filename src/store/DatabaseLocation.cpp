// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace btxh {

namespace {

const QString PostgresqlScheme = QStringLiteral("postgresql");
const QString PostgresScheme = QStringLiteral("postgres");
const QString SslModeKey = QStringLiteral("sslmode");
const QString HostKey = QStringLiteral("host");
const QString ConnectTimeoutKey = QStringLiteral("connect_timeout");
const QString VerifyFull = QStringLiteral("verify-full");
const QString NoTls = QStringLiteral("disable");
const QStringList SslModes = {NoTls,
                              QStringLiteral("allow"),
                              QStringLiteral("prefer"),
                              QStringLiteral("require"),
                              QStringLiteral("verify-ca"),
                              VerifyFull};

QString schemeOf(const QString &text) {
    const qsizetype colon = text.indexOf(u':');
    return colon > 0 ? text.left(colon).toLower() : QString();
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path) {
    DatabaseLocation l;
    l.m_kind = Kind::SqliteFile;
    l.m_filePath = path;
    return l;
}

bool DatabaseLocation::looksLikeServerAddress(const QString &text) {
    const QString scheme = schemeOf(text.trimmed());
    return scheme == PostgresqlScheme || scheme == PostgresScheme;
}

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error) {
    if (!looksLikeServerAddress(text)) {
        if (text.trimmed().isEmpty()) {
            *error = tr("No database was named.");
            return {};
        }
        return sqliteFile(text);
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // Quote what was typed without its password, whatever else is wrong with it.
    const QString shown =
        url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : QStringLiteral("postgresql://…");
    if (!url.isValid()) {
        *error = tr("The database address \"%1\" is not a valid address: %2.").arg(shown, url.errorString());
        return {};
    }
    if (!url.password().isEmpty()) {
        *error =
            tr("The database address \"%1\" holds a password. Remove it from the address: others can read "
               "a command line and the address is shown on screen. Store the password in the keychain "
               "(btxh db password) or in your ~/.pgpass.")
                .arg(shown);
        return {};
    }
    DatabaseLocation l;
    l.m_kind = Kind::PostgreSql;
    l.m_user = url.userName();
    l.m_host = url.host();
    l.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == SslModeKey) {
            if (!SslModes.contains(value)) {
                *error = tr("The database address \"%1\" asks for sslmode \"%2\", which is none of: %3.")
                             .arg(shown, value, SslModes.join(QStringLiteral(", ")));
                return {};
            }
            l.m_sslMode = value;
        } else if (key == HostKey && l.m_host.isEmpty() && value.startsWith(u'/')) {
            l.m_host = value; // a Unix socket's folder
        } else if (key == ConnectTimeoutKey) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600) {
                *error =
                    tr("The database address \"%1\" has connect_timeout \"%2\": give a number of seconds "
                       "from 1 to 600.")
                        .arg(shown, value);
                return {};
            }
            l.m_connectTimeoutSeconds = seconds;
        } else {
            *error = tr("The database address \"%1\" has the option \"%2\", which this app does not use (it "
                        "knows sslmode, connect_timeout and host).")
                         .arg(shown, key);
            return {};
        }
    }
    if (l.m_host.isEmpty()) {
        *error = tr("The database address \"%1\" names no server: write it as "
                    "postgresql://user@server:5432/database.")
                     .arg(shown);
        return {};
    }
    if (l.m_user.isEmpty()) {
        *error =
            tr("The database address \"%1\" names no user: write it as postgresql://user@%2/%3, with the "
               "PostgreSQL user the office's administrator gave you.")
                .arg(shown, l.m_host, l.m_database.isEmpty() ? QStringLiteral("database") : l.m_database);
        return {};
    }
    if (l.m_database.isEmpty() || l.m_database.contains(u'/')) {
        *error = tr("The database address \"%1\" names no database: write it as postgresql://%2@%3/database.")
                     .arg(shown, l.m_user, l.m_host);
        return {};
    }
    l.m_port = url.port(DefaultPostgresPort);
    if (l.m_sslMode.isEmpty())
        l.m_sslMode = l.isLocalServer() ? NoTls : VerifyFull;
    return l;
}

bool DatabaseLocation::isLocalServer() const {
    return m_kind == Kind::PostgreSql &&
           (m_host.startsWith(u'/') || m_host == QLatin1String("127.0.0.1") ||
            m_host == QLatin1String("::1") ||
            m_host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0);
}

QString DatabaseLocation::connectOptions() const {
    if (m_kind != Kind::PostgreSql)
        return {};
    return QStringLiteral("sslmode=%1;connect_timeout=%2").arg(m_sslMode).arg(m_connectTimeoutSeconds);
}

QString DatabaseLocation::keychainKey() const {
    if (m_kind != Kind::PostgreSql)
        return {};
    QUrl url;
    url.setScheme(PostgresqlScheme);
    url.setUserName(m_user);
    if (m_host.startsWith(u'/')) {
        url.setHost(QStringLiteral("localhost"));
        url.setQuery(HostKey + u'=' + m_host);
    } else {
        url.setHost(m_host);
        url.setPort(m_port);
    }
    url.setPath(u'/' + m_database);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseLocation::display() const {
    switch (m_kind) {
    case Kind::SqliteFile:
        return m_filePath;
    case Kind::PostgreSql:
        return QUrl(keychainKey()).toDisplayString();
    case Kind::None:
        break;
    }
    return {};
}

bool operator==(const DatabaseLocation &a, const DatabaseLocation &b) {
    return a.m_kind == b.m_kind && a.m_filePath == b.m_filePath && a.m_host == b.m_host &&
           a.m_port == b.m_port && a.m_user == b.m_user && a.m_database == b.m_database &&
           a.m_sslMode == b.m_sslMode && a.m_connectTimeoutSeconds == b.m_connectTimeoutSeconds;
}

} // namespace btxh
