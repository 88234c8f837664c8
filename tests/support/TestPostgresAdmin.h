// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPostgres.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUuid>

// The superuser of the test run's PostgreSQL cluster (TestPostgres), for a test that needs databases and
// roles of its own: each is given a name no other test uses (tests share the cluster and run in parallel) and
// is dropped when this object goes. Needs Qt Sql and its QPSQL driver; a test that runs only `btxh` needs
// just TestPostgres.h.
class TestPostgresAdmin {
public:
    TestPostgresAdmin()
        : m_url(TestPostgres::url())
        , m_password(TestPostgres::password())
        , m_connection(QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        const QUrl url(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(m_password);
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~TestPostgresAdmin() {
        for (const QString &name : std::as_const(m_databases))
            exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        for (const QString &role : std::as_const(m_roles))
            exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    TestPostgresAdmin(const TestPostgresAdmin &) = delete;
    TestPostgresAdmin &operator=(const TestPostgresAdmin &) = delete;

    // Empty when the superuser is connected, else why not.
    QString error() const { return m_error; }
    QString superuser() const { return QUrl(m_url).userName(); }
    QString superuserPassword() const { return m_password; }
    int port() const { return QUrl(m_url).port(); }

    // A new database, owned by `owner` (default: the superuser), a copy of `copyOf` when given (a database
    // nobody is connected to); its name.
    QString createDatabase(const QString &owner = {}, const QString &copyOf = {}) {
        const QString name = uniqueName(QStringLiteral("btxh_db_"));
        if (!exec(QStringLiteral("CREATE DATABASE %1 OWNER %2%3")
                      .arg(name, owner.isEmpty() ? superuser() : owner,
                           copyOf.isEmpty() ? QString() : QStringLiteral(" TEMPLATE ") + copyOf)))
            return {};
        m_databases << name;
        return name;
    }
    // A new role that may log in, with a password of its own (password()); its name.
    QString createRole() {
        const QString name = uniqueName(QStringLiteral("btxh_role_"));
        const QString password = QString::number(QRandomGenerator::global()->generate64(), 36);
        if (!exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, password)))
            return {};
        m_roles << name;
        m_passwords.insert(name, password);
        return name;
    }
    QString password(const QString &role) const {
        return role == superuser() ? m_password : m_passwords.value(role);
    }

    // The address of `database` for `user` (default: the superuser), as --db takes it.
    QString url(const QString &database, const QString &user = {}) const {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(user.isEmpty() ? superuser() : user)
            .arg(port())
            .arg(database);
    }

    // Runs `sql` as the superuser, in the fixture's database or in `database`.
    bool exec(const QString &sql, const QString &database = {}) {
        if (database.isEmpty())
            return execOn(QSqlDatabase::database(m_connection, false), sql);
        const QString name = m_connection + u'-' + database;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connection, name);
            db.setDatabaseName(database);
            db.setPassword(m_password);
            ok = db.open() && execOn(db, sql);
            if (!db.isOpen())
                m_error = db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    // The first column of `sql`'s rows, run as the superuser in `database`.
    QStringList values(const QString &sql, const QString &database) {
        const QString name = m_connection + QStringLiteral("-read-") + database;
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connection, name);
            db.setDatabaseName(database);
            db.setPassword(m_password);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql))
                    while (q.next())
                        out << q.value(0).toString();
                else
                    m_error = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    // A ~/.pgpass (mode 0600) with the superuser's and every created role's password, for any database.
    bool writePgpass(const QString &path) const {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(port()).arg(superuser(), m_password).toUtf8());
        for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it)
            f.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(port()).arg(it.key(), it.value()).toUtf8());
        f.close();
        return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

private:
    static QString uniqueName(const QString &prefix) {
        return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }
    bool execOn(QSqlDatabase db, const QString &sql) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }

    QString m_url;
    QString m_password;
    QString m_connection;
    QString m_error;
    QStringList m_databases;
    QStringList m_roles;
    QHash<QString, QString> m_passwords;
};
