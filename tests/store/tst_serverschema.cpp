// SPDX-License-Identifier: GPL-3.0-or-later
// The office's schema on the test run's throwaway PostgreSQL cluster (the ctest fixture "postgres"): created
// on an empty database, left alone when it is there, compared with a fresh SQLite store, migrated in one
// transaction, refused when newer than the app, and the rights it needs. Every test works in a database of
// its own (TestPostgresAdmin), so the tests sharing the cluster never meet.

#include "DatabaseLocation.h"
#include "Migrations.h"
#include "SchemaBaseline.h"
#include "ServerConnection.h"
#include "ServerCopy.h"
#include "ServerSchema.h"
#include "SqlDialect.h"
#include "StatusReceivedIndex.h"
#include "Store.h"
#include "TestPostgresAdmin.h"
#include "UnreadIndexes.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace btxh;

namespace {

// A column as both backends describe it: its type in PostgreSQL's words and whether it may be NULL.
struct ColumnShape {
    QString type;
    bool nullable = true;
    bool operator==(const ColumnShape &o) const { return type == o.type && nullable == o.nullable; }
};
using TableShape = QHash<QString, ColumnShape>;

QString describe(const TableShape &t) {
    QStringList out;
    for (auto it = t.cbegin(); it != t.cend(); ++it)
        out << QStringLiteral("%1 %2%3").arg(it.key(), it.value().type,
                                             it.value().nullable ? QString() : QStringLiteral(" NOT NULL"));
    out.sort();
    return out.join(QStringLiteral(", "));
}

// SQLite's declared types, as information_schema names the PostgreSQL types SqlDialect gives them.
QString postgresTypeOf(const QString &sqliteType) {
    static const QHash<QString, QString> types = {
        {QStringLiteral("TEXT"), QStringLiteral("text")},
        {QStringLiteral("INTEGER"), QStringLiteral("bigint")},
        {QStringLiteral("BLOB"), QStringLiteral("bytea")},
    };
    return types.value(sqliteType.toUpper(), QStringLiteral("<%1>").arg(sqliteType));
}

// A migration for the tests, after the baseline: the real list stops at it today.
Migrations::Migration testMigration(int version, const QStringList &statements) {
    return {version, QStringLiteral("test migration %1").arg(version),
            [statements](QSqlDatabase &db, QSqlError *error) {
                QSqlQuery q(db);
                for (const QString &sql : statements)
                    if (!q.exec(sql)) {
                        *error = q.lastError();
                        return false;
                    }
                return true;
            }};
}

} // namespace

class ServerSchemaTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void init_onAnEmptyDatabase_createsTheSchemaAtTheAppsVersion();
    void init_twice_changesNothingTheSecondTime();
    void theServerSchema_hasTheTablesAndColumnsOfAFreshSqliteStore();
    void init_ofADatabaseHoldingOtherTables_isRefusedAndCreatesNothing();
    void migrate_runsTheMigrationsAfterTheBaselineInOneTransaction();
    void init_runsTheMigrationsAfterTheBaselineToo();
    void aSchemaNewerThanTheApp_isRefusedByInitAndMigrate();
    void aUserWithoutCreateOnTheSchema_isDeniedNamingTheRight();
    void aUserWhoMayNotInstallTheSearchExtension_isDeniedNamingIt();
    void aUserWhoMayOnlyRead_isToldAndMayNotMigrate();
    void migrate_withoutASchema_saysInitCreatesIt();
    void anUnreachableServer_isUnreachable();
    void migrate_toSchema10_encodesTheServerCopiesAndKeepsTheXmlOnce();

private:
    QSqlDatabase connect(const QString &database, const QString &user = {});
    DatabaseLocation location(const QString &database, const QString &user = {}) const;
    QStringList relations(const QString &database);

    std::unique_ptr<TestPostgresAdmin> m_admin;
    int m_connections = 0;
};

void ServerSchemaTest::initTestCase() {
    QVERIFY2(!TestPostgres::url().isEmpty(), TestPostgres::requireMessage());
    QVERIFY2(ServerConnection::driverAvailable(), "Qt's QPSQL driver (libqt6sql6-psql) is not installed");
    m_admin = std::make_unique<TestPostgresAdmin>();
    QVERIFY2(m_admin->error().isEmpty(), qPrintable(m_admin->error()));
}

void ServerSchemaTest::cleanup() {
    for (const QString &name : QSqlDatabase::connectionNames())
        if (name.startsWith(QStringLiteral("schema-test-"))) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
}

DatabaseLocation ServerSchemaTest::location(const QString &database, const QString &user) const {
    QString error;
    const DatabaseLocation l = DatabaseLocation::parse(m_admin->url(database, user), &error);
    if (!l.isValid())
        qWarning("%s", qPrintable(error));
    return l;
}

QSqlDatabase ServerSchemaTest::connect(const QString &database, const QString &user) {
    StoreError error;
    const QString who = user.isEmpty() ? m_admin->superuser() : user;
    QSqlDatabase db = ServerConnection::open(location(database, user), m_admin->password(who),
                                             QStringLiteral("schema-test-%1").arg(++m_connections), &error);
    if (!db.isOpen())
        qWarning("%s", qPrintable(error.message + u' ' + error.detail));
    return db;
}

QStringList ServerSchemaTest::relations(const QString &database) {
    return m_admin->values(QStringLiteral("SELECT relname || ':' || oid FROM pg_class WHERE relnamespace = "
                                          "'public'::regnamespace ORDER BY relname"),
                           database);
}

void ServerSchemaTest::init_onAnEmptyDatabase_createsTheSchemaAtTheAppsVersion() {
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    const auto before = ServerSchema::inspect(db, location(name));
    QVERIFY2(before, qPrintable(before.error().message));
    QVERIFY(!before->initialised);
    QCOMPARE(before->relations, 0);

    const auto done = ServerSchema::init(db, location(name));
    QVERIFY2(done, qPrintable(done.error().message + u' ' + done.error().detail));
    QCOMPARE(done->outcome, ServerSchema::Outcome::Created);
    QCOMPARE(done->to, Migrations::latestVersion());

    const auto after = ServerSchema::inspect(db, location(name));
    QVERIFY2(after, qPrintable(after.error().message));
    QVERIFY(after->initialised);
    QCOMPARE(after->version, Migrations::latestVersion());
    QCOMPARE(after->schema, QStringLiteral("public"));
    QVERIFY(after->mayRead && after->mayWrite && after->mayChangeSchema);
    QVERIFY(after->extensionsPresent);
    QCOMPARE(m_admin->values(QStringLiteral("SELECT version FROM schema_version"), name),
             QStringList{QString::number(Migrations::latestVersion())});
}

void ServerSchemaTest::init_twice_changesNothingTheSecondTime() {
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    const auto first = ServerSchema::init(db, location(name));
    QVERIFY2(first, qPrintable(first.error().message));
    QVERIFY(
        m_admin->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', 'kept')"), name));
    const QStringList before = relations(name);
    const QStringList versionRow =
        m_admin->values(QStringLiteral("SELECT xmin::text FROM schema_version"), name);
    QVERIFY(before.size() > 10);

    const auto second = ServerSchema::init(db, location(name));
    QVERIFY2(second, qPrintable(second.error().message));
    QCOMPARE(second->outcome, ServerSchema::Outcome::UpToDate);
    QCOMPARE(second->from, Migrations::latestVersion());
    QCOMPARE(relations(name), before);
    QCOMPARE(m_admin->values(QStringLiteral("SELECT xmin::text FROM schema_version"), name), versionRow);
    QCOMPARE(m_admin->values(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'"), name),
             QStringList{QStringLiteral("kept")});
}

void ServerSchemaTest::theServerSchema_hasTheTablesAndColumnsOfAFreshSqliteStore() {
    // The expectation is a store the app makes today, through migrations 1-9.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    {
        Store store;
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
    }
    QHash<QString, TableShape> sqlite;
    QSet<QString> virtualTables;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-test-sqlite"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%'")));
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            if (q.value(1).toString().startsWith(QStringLiteral("CREATE VIRTUAL TABLE")))
                virtualTables << q.value(0).toString();
        }
        for (const QString &name : std::as_const(names)) {
            // A virtual table's own tables (FTS5's _data, _idx, _content...) are SQLite's machinery.
            const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                            [&](const QString &v) { return name.startsWith(v + u'_'); });
            if (shadow)
                continue;
            TableShape shape;
            QSqlQuery info(db);
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name)));
            while (info.next()) {
                const bool notNull = info.value(3).toInt() != 0 || info.value(5).toInt() > 0;
                // FTS5 columns are declared without a type: the folded text.
                const QString type =
                    info.value(2).toString().isEmpty() ? QStringLiteral("TEXT") : info.value(2).toString();
                shape.insert(info.value(1).toString(), {postgresTypeOf(type), !notNull});
            }
            sqlite.insert(name, shape);
        }
        db.close();
    }
    QVERIFY(sqlite.contains(QStringLiteral("dossiers")));
    // PostgreSQL keeps the version SQLite keeps in its header in a table; its search index is a table keyed
    // by the dossier's id, where SQLite's is keyed by its rowid.
    sqlite.insert(SqlDialect::schemaVersionTable(), {});
    sqlite[SqlDialect::searchTable()][QStringLiteral("text")].nullable = false;
    sqlite[SqlDialect::searchTable()].insert(QStringLiteral("id"), {QStringLiteral("bigint"), false});

    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    const auto done = ServerSchema::init(db, location(name));
    QVERIFY2(done, qPrintable(done.error().message + u' ' + done.error().detail));
    QHash<QString, TableShape> server;
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.data_type, c.is_nullable FROM "
                                  "information_schema.columns c JOIN information_schema.tables t USING "
                                  "(table_schema, table_name) WHERE c.table_schema = current_schema() AND "
                                  "t.table_type = 'BASE TABLE'")));
    while (q.next())
        server[q.value(0).toString()].insert(q.value(1).toString(),
                                             {q.value(2).toString(), q.value(3).toString() == u"YES"});
    server[SqlDialect::schemaVersionTable()].clear();

    QStringList sqliteTables = sqlite.keys(), serverTables = server.keys();
    sqliteTables.sort();
    serverTables.sort();
    QCOMPARE(serverTables, sqliteTables);
    for (auto it = sqlite.cbegin(); it != sqlite.cend(); ++it)
        QVERIFY2(server.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1:\n  SQLite:     %2\n  PostgreSQL: %3")
                                .arg(it.key(), describe(it.value()), describe(server.value(it.key())))));
    // Every field column is among them: the field tables made both.
    QVERIFY(server.value(QStringLiteral("dossiers")).contains(QStringLiteral("f_HoVaTen")));

    // And every index SQLite's history made, by name (PostgreSQL adds its keys' and the trigram index).
    QSqlDatabase sqliteDb = QSqlDatabase::database(QStringLiteral("schema-test-sqlite"));
    QSqlQuery indexes(sqliteDb);
    QVERIFY(indexes.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")));
    QStringList missing;
    int count = 0;
    const QStringList serverIndexes =
        m_admin->values(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"), name);
    while (indexes.next()) {
        ++count;
        if (!serverIndexes.contains(indexes.value(0).toString()))
            missing << indexes.value(0).toString();
    }
    QVERIFY(count > 10);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    // And none that SQLite's history dropped (schema 11: UnreadIndexes), but for the keys' own.
    QStringList sqliteIndexes;
    QVERIFY(indexes.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'")));
    while (indexes.next())
        sqliteIndexes << indexes.value(0).toString();
    QStringList extra;
    for (const QString &index : serverIndexes)
        if (!sqliteIndexes.contains(index) && !index.endsWith(QStringLiteral("_pkey")) &&
            !index.endsWith(QStringLiteral("_key")) && index != QStringLiteral("dossier_search_trigrams"))
            extra << index;
    QVERIFY2(extra.isEmpty(), qPrintable(extra.join(u' ')));
    for (const QString &dropped : UnreadIndexes::names())
        QVERIFY2(!serverIndexes.contains(dropped), qPrintable(dropped));
}

void ServerSchemaTest::init_ofADatabaseHoldingOtherTables_isRefusedAndCreatesNothing() {
    const QString name = m_admin->createDatabase();
    QVERIFY(m_admin->exec(QStringLiteral("CREATE TABLE ledger (entry text)"), name));
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    const auto done = ServerSchema::init(db, location(name));
    QVERIFY(!done);
    QCOMPARE(done.error().kind, StoreError::Kind::Invalid);
    QVERIFY2(done.error().message.contains(QStringLiteral("not BTXH Desktop's")),
             qPrintable(done.error().message));
    QVERIFY2(done.error().message.contains(QStringLiteral("ledger")), qPrintable(done.error().message));
    QCOMPARE(relations(name).size(), 1);
    QVERIFY(
        m_admin->values(QStringLiteral("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'"), name)
            .isEmpty());
}

void ServerSchemaTest::migrate_runsTheMigrationsAfterTheBaselineInOneTransaction() {
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    QVERIFY(ServerSchema::init(db, location(name)));
    const int latest = Migrations::latestVersion();

    const auto upToDate = ServerSchema::migrate(db, location(name));
    QVERIFY2(upToDate, qPrintable(upToDate.error().message));
    QCOMPARE(upToDate->outcome, ServerSchema::Outcome::UpToDate);

    QList<Migrations::Migration> next = Migrations::all();
    next << testMigration(latest + 1, {QStringLiteral("CREATE TABLE later_one (id bigint)")});
    const auto migrated = ServerSchema::migrate(db, location(name), next);
    QVERIFY2(migrated, qPrintable(migrated.error().message + u' ' + migrated.error().detail));
    QCOMPARE(migrated->outcome, ServerSchema::Outcome::Migrated);
    QCOMPARE(migrated->from, latest);
    QCOMPARE(migrated->to, latest + 1);
    QCOMPARE(m_admin->values(QStringLiteral("SELECT version FROM schema_version"), name),
             QStringList{QString::number(latest + 1)});

    // Two more, the second failing: neither is kept, nor the version.
    const QStringList before = relations(name);
    next << testMigration(latest + 2, {QStringLiteral("CREATE TABLE later_two (id bigint)")})
         << testMigration(latest + 3, {QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x text")});
    const auto failed = ServerSchema::migrate(db, location(name), next);
    QVERIFY(!failed);
    QCOMPARE(relations(name), before);
    QCOMPARE(m_admin->values(QStringLiteral("SELECT version FROM schema_version"), name),
             QStringList{QString::number(latest + 1)});
    // The connection is usable again: the failed transaction was ended.
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("SELECT 1")));
}

void ServerSchemaTest::init_runsTheMigrationsAfterTheBaselineToo() {
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    QList<Migrations::Migration> next = Migrations::all();
    const int latest = ServerSchema::latestVersion();
    next << testMigration(latest + 1, {QStringLiteral("ALTER TABLE settings ADD COLUMN note text")});
    const auto done = ServerSchema::init(db, location(name), next);
    QVERIFY2(done, qPrintable(done.error().message + u' ' + done.error().detail));
    QCOMPARE(done->to, latest + 1);
    QCOMPARE(m_admin->values(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                            "table_name = 'settings' AND column_name = 'note'"),
                             name),
             QStringList{QStringLiteral("note")});

    // The app itself knows only up to `latest`: to it this database is newer.
    const auto again = ServerSchema::init(db, location(name));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, StoreError::Kind::NewerSchema);
}

void ServerSchemaTest::aSchemaNewerThanTheApp_isRefusedByInitAndMigrate() {
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    QVERIFY(ServerSchema::init(db, location(name)));
    const int newer = Migrations::latestVersion() + 1;
    QVERIFY(m_admin->exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(newer), name));
    const QStringList before = relations(name);

    const auto state = ServerSchema::inspect(db, location(name));
    QVERIFY(state);
    QCOMPARE(state->version, newer);
    for (const auto &r :
         {ServerSchema::migrate(db, location(name)), ServerSchema::init(db, location(name))}) {
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY2(r.error().message.contains(QStringLiteral("newer version of BTXH Desktop")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("schema %1").arg(newer)),
                 qPrintable(r.error().message));
    }
    QCOMPARE(relations(name), before);
    QCOMPARE(m_admin->values(QStringLiteral("SELECT version FROM schema_version"), name),
             QStringList{QString::number(newer)});
}

void ServerSchemaTest::aUserWithoutCreateOnTheSchema_isDeniedNamingTheRight() {
    // PostgreSQL 15: only the database's owner may create in "public"; this database is the superuser's.
    const QString clerk = m_admin->createRole();
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name, clerk);
    QVERIFY(db.isOpen());
    const auto state = ServerSchema::inspect(db, location(name, clerk));
    QVERIFY(state);
    QVERIFY(!state->mayCreateTables);
    const auto done = ServerSchema::init(db, location(name, clerk));
    QVERIFY(!done);
    QCOMPARE(done.error().kind, StoreError::Kind::AccessDenied);
    QVERIFY2(done.error().message.contains(
                 QStringLiteral("\"%1\" may not create tables in the schema \"public\"").arg(clerk)),
             qPrintable(done.error().message));
    QVERIFY2(done.error().message.contains(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(clerk)),
             qPrintable(done.error().message));
    QVERIFY(relations(name).isEmpty());
}

void ServerSchemaTest::aUserWhoMayNotInstallTheSearchExtension_isDeniedNamingIt() {
    const QString clerk = m_admin->createRole();
    const QString name = m_admin->createDatabase();
    QVERIFY(m_admin->exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(clerk), name));
    QSqlDatabase db = connect(name, clerk);
    QVERIFY(db.isOpen());
    const auto done = ServerSchema::init(db, location(name, clerk));
    QVERIFY(!done);
    QCOMPARE(done.error().kind, StoreError::Kind::AccessDenied);
    QVERIFY2(done.error().message.contains(QStringLiteral("extension pg_trgm")),
             qPrintable(done.error().message));
    QVERIFY(relations(name).isEmpty());

    // Once the administrator installs it, the same user may create the schema.
    QVERIFY(m_admin->exec(QStringLiteral("CREATE EXTENSION pg_trgm"), name));
    const auto created = ServerSchema::init(db, location(name, clerk));
    QVERIFY2(created, qPrintable(created.error().message + u' ' + created.error().detail));
    QCOMPARE(created->outcome, ServerSchema::Outcome::Created);
}

void ServerSchemaTest::aUserWhoMayOnlyRead_isToldAndMayNotMigrate() {
    const QString name = m_admin->createDatabase();
    {
        QSqlDatabase owner = connect(name);
        QVERIFY(owner.isOpen());
        QVERIFY(ServerSchema::init(owner, location(name)));
    }
    const QString reader = m_admin->createRole();
    QVERIFY(
        m_admin->exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader), name));
    QSqlDatabase db = connect(name, reader);
    QVERIFY(db.isOpen());
    const auto state = ServerSchema::inspect(db, location(name, reader));
    QVERIFY2(state, qPrintable(state.error().message));
    QVERIFY(state->initialised);
    QVERIFY(state->mayRead);
    QVERIFY(!state->mayWrite);
    QVERIFY(!state->mayChangeSchema);

    QList<Migrations::Migration> next = Migrations::all();
    next << testMigration(Migrations::latestVersion() + 1,
                          {QStringLiteral("ALTER TABLE settings ADD COLUMN x text")});
    const auto migrated = ServerSchema::migrate(db, location(name, reader), next);
    QVERIFY(!migrated);
    QCOMPARE(migrated.error().kind, StoreError::Kind::AccessDenied);
    QVERIFY2(migrated.error().message.contains(QStringLiteral("\"%1\" does not own").arg(reader)),
             qPrintable(migrated.error().message));

    // Without even SELECT on the version, the server's own refusal is told as AccessDenied.
    QVERIFY(m_admin->exec(QStringLiteral("REVOKE SELECT ON schema_version FROM %1").arg(reader), name));
    const auto hidden = ServerSchema::inspect(db, location(name, reader));
    QVERIFY(!hidden);
    QCOMPARE(hidden.error().kind, StoreError::Kind::AccessDenied);
}

void ServerSchemaTest::migrate_withoutASchema_saysInitCreatesIt() {
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    const auto r = ServerSchema::migrate(db, location(name));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, StoreError::Kind::NotFound);
    QVERIFY2(r.error().message.contains(QStringLiteral("btxh db init creates it")),
             qPrintable(r.error().message));
    QVERIFY(relations(name).isEmpty());
}

void ServerSchemaTest::anUnreachableServer_isUnreachable() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QString parseError;
    const DatabaseLocation nowhere = DatabaseLocation::parse(
        QStringLiteral("postgresql://btxh@127.0.0.1:%1/btxh?connect_timeout=2").arg(port), &parseError);
    QVERIFY2(nowhere.isValid(), qPrintable(parseError));
    StoreError error;
    const QSqlDatabase db = ServerConnection::open(nowhere, m_admin->superuserPassword(),
                                                   QStringLiteral("schema-test-nowhere"), &error);
    QVERIFY(!db.isValid());
    QCOMPARE(error.kind, StoreError::Kind::Unreachable);
}

// Migration 10 is written for both backends: a server database at the baseline (schema 9) holding a
// dossier and a step as schema 9 kept them gets its server copies encoded and the XML kept once.
void ServerSchemaTest::migrate_toSchema10_encodesTheServerCopiesAndKeepsTheXmlOnce() {
    const QString name = m_admin->createDatabase();
    QSqlDatabase db = connect(name);
    QVERIFY(db.isOpen());
    QList<Migrations::Migration> upToNine;
    for (const Migrations::Migration &m : Migrations::all())
        if (m.version <= SchemaBaseline::Version)
            upToNine << m;
    const auto created = ServerSchema::init(db, location(name), upToNine);
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(created->to, int(SchemaBaseline::Version));

    // The XML as the gateway spells it (a malformed declaration): only the server copy gives it back.
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?'><ExtentData><DanhSachTaiLieuNop>"
                       "<TaiLieuNop><TenTepDinhKem>Đơn đề nghị</TenTepDinhKem></TaiLieuNop>"
                       "</DanhSachTaiLieuNop></ExtentData>");
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("maHoSo"), QStringLiteral("G07-1")},
                                  {QStringLiteral("hoVaTen"), QStringLiteral("Lò Văn Sơn")},
                                  {QStringLiteral("certificateExtentData"), xml}})
            .toJson(QJsonDocument::Compact);
    const QByteArray stepJson = QByteArrayLiteral("{\"maHoSo\":\"G07-1\",\"trangThai\":4}");
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO dossiers (code, sync_state, content_hash, created_at, updated_at, server_json, "
        "\"f_MaHoSo\", \"f_CertificateExtentData\", has_document_list, document_count) VALUES "
        "('G07-1', 'synced', 'h', 'now', 'now', ?, 'G07-1', ?, 1, 1)")));
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(xml);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(
        q.prepare(QStringLiteral("INSERT INTO steps (dossier_code, step_key, origin, sync_state, created_at, "
                                 "server_json) VALUES ('G07-1', 'k', 'server', 'synced', 'now', ?)")));
    q.addBindValue(QString::fromUtf8(stepJson));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    const auto migrated = ServerSchema::migrate(db, location(name));
    QVERIFY2(migrated, qPrintable(migrated.error().message + u' ' + migrated.error().detail));
    QCOMPARE(migrated->to, Migrations::latestVersion());
    QVERIFY(
        q.exec(QStringLiteral("SELECT server_json, server_copy, \"f_CertificateExtentData\", extent_source "
                              "FROM dossiers")) &&
        q.next());
    QVERIFY(q.value(0).isNull());
    const auto copy = ServerCopy::read(db, q.value(1), q.value(0));
    QVERIFY2(copy, qPrintable(copy.error().message));
    QCOMPARE(*copy, json);
    QVERIFY(q.value(2).isNull());
    QCOMPARE(q.value(3).toInt(), 2); // ExtentStorage::Source::ServerCopy
    QVERIFY(q.exec(QStringLiteral("SELECT server_json, server_copy FROM steps")) && q.next());
    QVERIFY(q.value(0).isNull());
    const auto step = ServerCopy::read(db, q.value(1), q.value(0));
    QVERIFY(step);
    QCOMPARE(*step, stepJson);
    QCOMPARE(
        m_admin->values(QStringLiteral("SELECT count(*) FROM compression_dictionaries"), name),
        QStringList{QStringLiteral("2")}); // a dossier's and a step's    // Migration 11 too: the indexes no
                                           // query reads are gone from the server as from a file.
    const QStringList serverIndexes =
        m_admin->values(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"), name);
    QVERIFY(serverIndexes.contains(QStringLiteral("dossiers_received")));
    for (const QString &dropped : UnreadIndexes::names())
        QVERIFY2(!serverIndexes.contains(dropped), qPrintable(dropped));
    // And migration 12: the status's index in received order.
    QVERIFY(serverIndexes.contains(StatusReceivedIndex::name()));
}

QTEST_GUILESS_MAIN(ServerSchemaTest)
#include "tst_serverschema.moc"
