// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "Store.h"
#include "TestPostgresAdmin.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Where a store test keeps its databases: SQLite files in a temporary folder, or databases of the test
// run's throwaway PostgreSQL cluster (TestPostgres), so that one suite of store tests runs on both backends
// (BTXH_STORE_TEST_MAIN). Header-only: the cluster's state folder is a definition of the test's own target
// (btxh_requires_postgres).
//
// On PostgreSQL every named database is a copy of one initialised at the app's schema (ServerSchema::init,
// as btxh db init makes it) used as a template, so a test's fresh database costs a copy, not a schema.
class TestStoreBackend {
public:
    enum class Kind { Sqlite, PostgreSql };

    explicit TestStoreBackend(Kind kind)
        : m_kind(kind) {}
    TestStoreBackend(const TestStoreBackend &) = delete;
    TestStoreBackend &operator=(const TestStoreBackend &) = delete;

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::PostgreSql; }
    const char *name() const { return isServer() ? "postgresql" : "sqlite"; }

    // Readies the backend (initTestCase); empty when ready, else why not.
    QString prepare() {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (!isServer())
            return {};
        if (TestPostgres::url().isEmpty())
            return QString::fromLatin1(TestPostgres::requireMessage());
        if (!btxh::ServerConnection::driverAvailable())
            return QStringLiteral("Qt's QPSQL driver (libqt6sql6-psql) is not installed");
        m_admin = std::make_unique<TestPostgresAdmin>();
        if (!m_admin->error().isEmpty())
            return m_admin->error();
        m_template = m_admin->createDatabase();
        if (m_template.isEmpty())
            return m_admin->error();
        QString error;
        const btxh::DatabaseLocation location =
            btxh::DatabaseLocation::parse(m_admin->url(m_template), &error);
        const QString connection = QStringLiteral("store-backend-template");
        {
            btxh::StoreError opened;
            QSqlDatabase db =
                btxh::ServerConnection::open(location, m_admin->superuserPassword(), connection, &opened);
            if (!db.isOpen())
                return opened.message;
            const btxh::StoreResult<btxh::ServerSchema::Result> made = btxh::ServerSchema::init(db, location);
            db.close();
            if (!made)
                error = made.error().message + u' ' + made.error().detail;
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    // The address Store::open takes for the database called `name` in this test: a new, empty store the
    // first time a name is asked for, the same one after.
    QString address(const QString &name) {
        if (!isServer())
            return m_dir.filePath(name);
        if (const auto it = m_addresses.constFind(name); it != m_addresses.constEnd())
            return *it;
        const QString database = m_admin->createDatabase(QString(), m_template);
        if (database.isEmpty())
            qWarning("cannot copy the template database: %s", qPrintable(m_admin->error()));
        const QString url = m_admin->url(database);
        m_addresses.insert(name, url);
        return url;
    }

    // What a store on this backend needs in its options: the server's password.
    void configure(btxh::Store::Options &options) const {
        if (!isServer())
            return;
        const QString password = m_admin->superuserPassword();
        options.serverPassword = [password](const QString &) { return password; };
    }

    // A folder for the files a test writes beside its databases.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    TestPostgresAdmin *admin() { return m_admin.get(); }

private:
    Kind m_kind;
    QTemporaryDir m_dir;
    std::unique_ptr<TestPostgresAdmin> m_admin;
    QString m_template;
    QHash<QString, QString> m_addresses;
};

// The main of a store test that runs its test object once per backend: `TestClass(TestStoreBackend &)`.
// BTXH_STORE_BACKEND=sqlite or =postgresql runs one of them only.
#define BTXH_STORE_TEST_MAIN(TestClass)                                                                      \
    int main(int argc, char **argv) {                                                                        \
        QCoreApplication app(argc, argv);                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        const QByteArray only = qgetenv("BTXH_STORE_BACKEND");                                               \
        int failed = 0;                                                                                      \
        for (TestStoreBackend::Kind kind :                                                                   \
             {TestStoreBackend::Kind::Sqlite, TestStoreBackend::Kind::PostgreSql}) {                         \
            TestStoreBackend backend(kind);                                                                  \
            if (!only.isEmpty() && only != backend.name())                                                   \
                continue;                                                                                    \
            qInfo("=== %s on %s", #TestClass, backend.name());                                               \
            TestClass test(backend);                                                                         \
            failed += QTest::qExec(&test, argc, argv);                                                       \
        }                                                                                                    \
        return std::min(failed, 127);                                                                        \
    }
